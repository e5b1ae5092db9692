package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.prescriptions.entity.Icd10Code;
import java.util.ArrayList;
import java.util.List;

/** Checks what a biller typed into a correction, naming each bad field; nothing is changed. */
public final class CorrectionRules {

  static final int MAX_DIAGNOSES = 12;

  private CorrectionRules() {}

  /**
   * The diagnosis codes normalised (upper case, with the point: {@code f1120} becomes {@code
   * F11.20}), blanks dropped; refused when none is left, more than 12, a duplicate, or one is not
   * an ICD-10-CM code.
   */
  public static List<String> diagnoses(List<String> typed) {
    List<String> codes = new ArrayList<>();
    List<BusinessRuleException.Violation> problems = new ArrayList<>();
    List<String> given = typed == null ? List.of() : typed;
    for (int i = 0; i < given.size(); i++) {
      String raw = given.get(i);
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String field = "diagnosisCodes[" + i + "]";
      try {
        String code = Icd10Code.parse(raw).value();
        if (codes.contains(code)) {
          problems.add(new BusinessRuleException.Violation(field, code + " is listed twice"));
        } else {
          codes.add(code);
        }
      } catch (IllegalArgumentException e) {
        problems.add(
            new BusinessRuleException.Violation(field, raw.trim() + ": " + e.getMessage()));
      }
    }
    if (problems.isEmpty() && codes.isEmpty()) {
      problems.add(
          new BusinessRuleException.Violation(
              "diagnosisCodes", "give at least one diagnosis code, e.g. F11.20"));
    }
    if (codes.size() > MAX_DIAGNOSES) {
      problems.add(
          new BusinessRuleException.Violation(
              "diagnosisCodes", "a claim carries at most " + MAX_DIAGNOSES + " diagnosis codes"));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    return List.copyOf(codes);
  }

  /** A void or write-off reason: required, at most 300 characters. */
  public static String reason(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new BusinessRuleException("reason", "say why, e.g. \"patient self-pay\"");
    }
    String r = typed.trim();
    if (r.length() > 300) {
      throw new BusinessRuleException("reason", "keep the reason under 300 characters");
    }
    return r;
  }
}
