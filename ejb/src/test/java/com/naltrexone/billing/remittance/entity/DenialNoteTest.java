package com.naltrexone.billing.remittance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DenialNoteTest {

  @Test
  void aLaterNoteKeepsTheAppealInFront() {
    assertEquals("Appeal filed: letter", Denial.history(null, "Appeal filed: letter"));
    assertEquals(
        "Appeal filed: letter | payer upheld, written off",
        Denial.history("Appeal filed: letter", "payer upheld, written off"));
  }

  @Test
  void aLongHistoryKeepsItsNewestThousandCharacters() {
    String joined = Denial.history("a".repeat(900), "b".repeat(200));
    assertEquals(1000, joined.length());
    assertEquals("b".repeat(200), joined.substring(800));
  }
}
