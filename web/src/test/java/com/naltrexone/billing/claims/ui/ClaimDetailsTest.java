package com.naltrexone.billing.claims.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimDetailsTest {

  @Test
  void codesAreSplitOnSpacesSemicolonsAndCommaSpace() {
    assertEquals(
        List.of("F11.20", "F10.20", "Z79.899"),
        ClaimDetails.splitCodes(" F11.20  F10.20;Z79.899 "));
    assertEquals(List.of("F11.20", "F10.20"), ClaimDetails.splitCodes("F11.20, F10.20"));
    assertEquals(List.of("F11.20", "F10.20"), ClaimDetails.splitCodes("F11.20,F10.20"));
  }

  @Test
  void aDecimalCommaTypoStaysOneCodeSoTheScrubberNamesIt() {
    assertEquals(List.of("F11,20"), ClaimDetails.splitCodes("F11,20"));
    assertEquals(List.of(), ClaimDetails.splitCodes("  "));
  }
}
