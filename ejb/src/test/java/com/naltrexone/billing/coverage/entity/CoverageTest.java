package com.naltrexone.billing.coverage.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);

  private static Coverage from(LocalDate from, LocalDate to) {
    Coverage c = new Coverage(null, null);
    c.update(null, "M1", null, PlanType.COMMERCIAL, null, "18", from, to, CobOrder.PRIMARY);
    return c;
  }

  @Test
  void isActiveFromItsFirstThroughItsLastDayInclusive() {
    Coverage c = from(JAN_1, JUN_30);
    assertFalse(c.isActiveOn(JAN_1.minusDays(1)));
    assertTrue(c.isActiveOn(JAN_1));
    assertTrue(c.isActiveOn(JUN_30));
    assertFalse(c.isActiveOn(JUN_30.plusDays(1)));
  }

  @Test
  void anOpenEndedCoverageRunsForever() {
    assertTrue(from(JAN_1, null).isActiveOn(LocalDate.of(2099, 12, 31)));
  }

  @Test
  void spansSharingOneDayOverlap() {
    assertTrue(from(JAN_1, JUN_30).overlaps(JUN_30, null));
    assertTrue(from(JAN_1, JUN_30).overlaps(JAN_1.minusYears(1), JAN_1));
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertFalse(from(JAN_1, JUN_30).overlaps(JUN_30.plusDays(1), null));
    assertFalse(from(JAN_1, JUN_30).overlaps(JAN_1.minusYears(1), JAN_1.minusDays(1)));
  }

  @Test
  void openEndsOverlapEverythingAfterTheirStart() {
    assertTrue(from(JAN_1, null).overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1)));
    assertTrue(from(JAN_1, JUN_30).overlaps(LocalDate.of(2020, 1, 1), null));
    assertFalse(from(JAN_1, null).overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)));
  }
}
