package com.naltrexone.billing.cost.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssistanceTest {

  static CopayProgram manufacturer() {
    return new CopayProgram(
        new CopayProgram.Terms(
            "Co-pay program",
            ProgramKind.MANUFACTURER,
            true,
            true,
            new BigDecimal("500.00"),
            new BigDecimal("6000.00"),
            12,
            90,
            true));
  }

  @Test
  void anEnrollmentReachesBackByTheLookbackAndStopsAtItsEnd() {
    AssistanceEnrollment e =
        new AssistanceEnrollment(
            null,
            manufacturer(),
            "CP123",
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 12, 31),
            new BigDecimal("1000.00"),
            2);
    assertTrue(e.reaches(LocalDate.of(2026, 1, 1)), "90 days back from April 1 is January 1");
    assertFalse(e.reaches(LocalDate.of(2025, 12, 31)));
    assertTrue(e.reaches(LocalDate.of(2026, 12, 31)));
    assertFalse(e.reaches(LocalDate.of(2027, 1, 1)));
    assertEquals(new BigDecimal("1000.00"), e.openingUsedIn(2026));
    assertEquals(BigDecimal.ZERO, e.openingUsedIn(2027), "the annual cap resets each year");
    assertEquals(0, e.openingDosesIn(2027));
  }

  @Test
  void aVoidProgramClaimNoLongerCountsAgainstTheCaps() {
    AssistanceClaim c =
        new AssistanceClaim(
            null, 1L, 2L, LocalDate.of(2026, 3, 1), new BigDecimal("460.00"), Instant.EPOCH);
    assertEquals(AssistanceClaimStatus.OPEN, c.getStatus());
    assertEquals(new BigDecimal("460.00"), c.used());
    c.voided();
    assertEquals(BigDecimal.ZERO, c.used());
  }
}
