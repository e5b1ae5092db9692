package com.naltrexone.billing.drugs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrugPriceTest {

  private static final Drug VIVITROL =
      new Drug("Vivitrol", DrugForm.INJECTION, "65757-300-01", "J2315", 380, "380 mg kit");

  private static DrugPrice price(PriceKind kind, String amount, String from, String to) {
    return new DrugPrice(
        VIVITROL,
        kind,
        new BigDecimal(amount),
        "HCPCS unit",
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        "test");
  }

  private static LocalDate d(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  @ParameterizedTest(name = "Q1 2026 vs {0}..{1} overlaps: {2}")
  @CsvSource({
    "2025-10-01, 2025-12-31, false", // ends the day before
    "2025-10-01, 2026-01-01, true", // ends on the first day
    "2026-02-01, 2026-02-28, true", // inside
    "2026-03-31, 2026-06-30, true", // starts on the last day
    "2026-04-01, 2026-06-30, false", // starts the day after
    "2026-04-01, , false", // open-ended, after
    "2025-01-01, , true", // open-ended, covering
    "2025-01-01, 2027-01-01, true" // covering
  })
  void closedRowOverlapsAnySpanSharingADay(String from, String to, boolean overlaps) {
    DrugPrice q1 = price(PriceKind.ASP_LIMIT, "4.25", "2026-01-01", "2026-03-31");
    assertEquals(overlaps, q1.overlaps(d(from), d(to)));
  }

  @Test
  void openEndedRowOverlapsEverythingAfterItsStart() {
    DrugPrice open = price(PriceKind.WAC, "1800.00", "2026-01-01", null);
    assertTrue(open.overlaps(LocalDate.of(2030, 1, 1), null));
    assertTrue(open.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
    assertFalse(open.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
  }

  @Test
  void overlappingLooksOnlyAtTheSameKind() {
    List<DrugPrice> existing =
        List.of(
            price(PriceKind.ASP_LIMIT, "4.25", "2026-01-01", "2026-03-31"),
            price(PriceKind.WAC, "1800.00", "2026-01-01", null));
    assertTrue(
        DrugPrice.overlapping(existing, PriceKind.ASP_LIMIT, d("2026-03-01"), null).isPresent());
    assertFalse(
        DrugPrice.overlapping(existing, PriceKind.ASP_LIMIT, d("2026-04-01"), d("2026-06-30"))
            .isPresent());
    assertFalse(
        DrugPrice.overlapping(existing, PriceKind.ACQUISITION, d("2026-02-01"), null).isPresent());
    assertTrue(DrugPrice.overlapping(existing, PriceKind.WAC, d("2027-01-01"), null).isPresent());
  }

  @Test
  void inForcePicksTheRowOfTheKindCoveringTheDate() {
    List<DrugPrice> prices =
        List.of(
            price(PriceKind.ASP_LIMIT, "4.25", "2026-01-01", "2026-03-31"),
            price(PriceKind.ASP_LIMIT, "4.31", "2026-04-01", "2026-06-30"),
            price(PriceKind.WAC, "1800.00", "2026-01-01", null));
    assertEquals(
        new BigDecimal("4.25"),
        DrugPrice.inForce(prices, PriceKind.ASP_LIMIT, d("2026-03-31")).orElseThrow().getAmount());
    assertEquals(
        new BigDecimal("4.31"),
        DrugPrice.inForce(prices, PriceKind.ASP_LIMIT, d("2026-04-01")).orElseThrow().getAmount());
    assertTrue(DrugPrice.inForce(prices, PriceKind.ASP_LIMIT, d("2026-07-01")).isEmpty());
    assertTrue(DrugPrice.inForce(prices, PriceKind.ASP_LIMIT, d("2025-12-31")).isEmpty());
    assertEquals(
        new BigDecimal("1800.00"),
        DrugPrice.inForce(prices, PriceKind.WAC, d("2031-05-05")).orElseThrow().getAmount());
    assertTrue(DrugPrice.inForce(prices, PriceKind.ACQUISITION, d("2026-02-01")).isEmpty());
  }

  @Test
  void ifRowsEverOverlapTheOneThatStartedLastWins() {
    List<DrugPrice> prices =
        List.of(
            price(PriceKind.WAC, "1700.00", "2025-01-01", null),
            price(PriceKind.WAC, "1800.00", "2026-01-01", null));
    assertEquals(
        new BigDecimal("1800.00"),
        DrugPrice.inForce(prices, PriceKind.WAC, d("2026-06-01")).orElseThrow().getAmount());
  }

  @Test
  void amountsAreKeptInCentsAndNeverRounded() {
    assertEquals(2, price(PriceKind.WAC, "1800", "2026-01-01", null).getAmount().scale());
    assertThrows(
        ArithmeticException.class, () -> price(PriceKind.WAC, "1.005", "2026-01-01", null));
  }
}
