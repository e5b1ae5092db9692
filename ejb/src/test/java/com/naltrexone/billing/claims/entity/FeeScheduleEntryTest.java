package com.naltrexone.billing.claims.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for "our charge in force on a date", used by claims and by cost estimates. */
class FeeScheduleEntryTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  private static FeeScheduleEntry fee(String code, String amount, LocalDate from, LocalDate to) {
    return new FeeScheduleEntry(code, new BigDecimal(amount), from, to, "test");
  }

  @Test
  void theEntryCoveringTheDateOfThatCodeIsTaken() {
    List<FeeScheduleEntry> fees =
        List.of(
            fee("J2315", "4.00", JAN.minusYears(1), JAN.minusDays(1)),
            fee("J2315", "4.50", JAN, null),
            fee("96372", "40.00", JAN.minusYears(1), null));

    assertEquals("4.00", amount(fees, "J2315", JAN.minusDays(1)));
    assertEquals("4.50", amount(fees, "J2315", JAN), "the first day of the new entry");
    assertEquals("40.00", amount(fees, "96372", JAN));
    assertTrue(FeeScheduleEntry.inForce(fees, "J2315", JAN.minusYears(2)).isEmpty());
    assertTrue(FeeScheduleEntry.inForce(fees, "G2073", JAN).isEmpty());
  }

  @Test
  void whenBadDataLeftTwoInForceTheOneThatStartedLastWins() {
    List<FeeScheduleEntry> fees =
        List.of(fee("J2315", "4.50", JAN, null), fee("J2315", "4.00", JAN.minusMonths(6), null));
    assertEquals("4.50", amount(fees, "J2315", JAN.plusDays(10)));
    assertEquals("4.50", amount(List.of(fees.get(1), fees.get(0)), "J2315", JAN.plusDays(10)));
  }

  private static String amount(List<FeeScheduleEntry> fees, String code, LocalDate on) {
    return FeeScheduleEntry.inForce(fees, code, on)
        .orElseThrow()
        .getAmountPerUnit()
        .toPlainString();
  }
}
