package com.naltrexone.billing.drugs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NdcTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "65757-300-01, 65757030001", // 5-3-2: Vivitrol kit, product padded
    "0406-1170-01, 00406117001", // 4-4-2: labeler padded
    "16729-0081-1, 16729008101", // 5-4-1: package padded
    "65757-0300-01, 65757030001", // already 5-4-2 with hyphens
    "65757030001, 65757030001" // already 11 digits
  })
  void normalisesEveryLabeledFormToElevenDigits(String labeled, String eleven) {
    assertEquals(eleven, Ndc.parse(labeled).value());
  }

  @Test
  void showsTheHyphenatedFiveFourTwoForm() {
    Ndc vivitrol = Ndc.parse("65757-300-01");
    assertEquals("65757-0300-01", vivitrol.hyphenated());
    assertEquals("65757", vivitrol.labeler());
  }

  @Test
  void refusesAnAmbiguousTenDigitCodeWithoutHyphens() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ndc.parse("6575730001"));
    assertTrue(e.getMessage().contains("ambiguous"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "65757-30-01", "657573000101", "ABCDE-300-01", "65757-300-001"})
  void refusesMalformedCodes(String input) {
    assertThrows(IllegalArgumentException.class, () -> Ndc.parse(input));
  }
}
