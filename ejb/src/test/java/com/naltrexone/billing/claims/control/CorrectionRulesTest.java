package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.naltrexone.billing.platform.BusinessRuleException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionRulesTest {

  @Test
  void diagnosisCodesAreNormalisedAndBlanksDropped() {
    assertEquals(
        List.of("F11.20", "F10.20"),
        CorrectionRules.diagnoses(Arrays.asList(" f1120 ", "", null, "F10.20")));
  }

  @Test
  void eachBadCodeIsNamedByItsPosition() {
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () -> CorrectionRules.diagnoses(List.of("F11.20", "F11,20", "F11.20")));
    assertEquals(
        List.of("diagnosisCodes[1]", "diagnosisCodes[2]"),
        e.violations().stream().map(BusinessRuleException.Violation::field).toList());
    assertEquals("F11.20 is listed twice", e.violations().get(1).message());
  }

  @Test
  void noCodeOrTooManyCodesAreRefused() {
    assertEquals(
        "diagnosisCodes",
        assertThrows(BusinessRuleException.class, () -> CorrectionRules.diagnoses(List.of(" ")))
            .violations()
            .get(0)
            .field());
    List<String> thirteen =
        java.util.stream.IntStream.range(10, 23).mapToObj(i -> "F" + i + ".0").toList();
    assertThrows(BusinessRuleException.class, () -> CorrectionRules.diagnoses(thirteen));
    assertEquals(12, CorrectionRules.diagnoses(thirteen.subList(0, 12)).size());
    assertThrows(
        BusinessRuleException.class, () -> CorrectionRules.diagnoses(Collections.emptyList()));
  }

  @Test
  void aReasonIsRequiredAndTrimmed() {
    assertEquals("self-pay", CorrectionRules.reason("  self-pay "));
    assertEquals(
        "reason",
        assertThrows(BusinessRuleException.class, () -> CorrectionRules.reason("  "))
            .violations()
            .get(0)
            .field());
    assertThrows(BusinessRuleException.class, () -> CorrectionRules.reason("x".repeat(301)));
  }
}
