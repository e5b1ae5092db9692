package com.naltrexone.billing.providers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1497758544", "1245319599", "1003000126"})
  void acceptsNpisWhoseCheckDigitMatches(String npi) {
    assertNull(Npi.problem(npi));
    assertEquals(npi, new Npi(npi).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "1234567891", "1497758545", "1245319590"})
  void rejectsAWrongCheckDigit(String npi) {
    assertTrue(Npi.problem(npi).contains("check digit"));
    assertThrows(IllegalArgumentException.class, () -> new Npi(npi));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "123456789", "12345678901", "123456789X", " 1234567893"})
  void rejectsAnythingButTenDigits(String npi) {
    assertEquals("an NPI is exactly 10 digits", Npi.problem(npi));
  }
}
