package com.naltrexone.billing.prescriptions.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CodeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"F11.20, F11.20", "f1020, F10.20", "F10.21, F10.21", "F10.239, F10.239"})
  void acceptsCodesWithOrWithoutThePoint(String input, String stored) {
    assertEquals(stored, Icd10Code.parse(input).value());
  }

  @Test
  void isSentToThe837WithoutThePoint() {
    assertEquals("F1120", Icd10Code.parse("F11.20").withoutDecimal());
  }

  @ParameterizedTest
  @ValueSource(strings = {"F11.20", "F10.20", "F10.21", "F11.21"})
  void dependenceCodesCarryNoWarning(String code) {
    assertTrue(Icd10Code.parse(code).naltrexoneWarning().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"F10.10", "F11.10", "F11.11"})
  void abuseLevelCodesWarn(String code) {
    assertTrue(Icd10Code.parse(code).naltrexoneWarning().orElseThrow().contains("abuse-level"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"F11.23", "F10.230", "F10.239"})
  void withdrawalCodesWarn(String code) {
    assertTrue(Icd10Code.parse(code).naltrexoneWarning().orElseThrow().contains("withdrawal"));
  }

  @Test
  void categoryHeadersWarnAsNotBillable() {
    assertTrue(Icd10Code.parse("F11.2").naltrexoneWarning().orElseThrow().contains("category"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "11.20", "U11.20", "F1", "F11.20000", "F11-20"})
  void refusesWhatIsNotShapedLikeAnIcd10Code(String input) {
    assertThrows(IllegalArgumentException.class, () -> Icd10Code.parse(input));
  }
}
