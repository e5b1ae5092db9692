package com.naltrexone.billing.prescriptions.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM diagnosis code, kept with its decimal point (F11.20) and sent without it in the 837
 * (HI*ABK:F1120). Only the shape is checked here; whether a code is billable on a date is reference
 * data.
 */
public record Icd10Code(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?");

  public Icd10Code {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Accepts the code with or without its decimal point, in any case. */
  public static Icd10Code parse(String input) {
    if (input == null) {
      throw new IllegalArgumentException("give a diagnosis code, e.g. F11.20");
    }
    String s = input.trim().toUpperCase();
    if (!s.contains(".") && s.length() > 3) {
      s = s.substring(0, 3) + "." + s.substring(3);
    }
    return new Icd10Code(s);
  }

  public static String problem(String value) {
    if (value == null || !SHAPE.matcher(value).matches()) {
      return "an ICD-10-CM code looks like F11.20: a letter, two characters, then up to four after"
          + " the point";
    }
    return null;
  }

  /** The 837 form, without the decimal point. */
  public String withoutDecimal() {
    return value.replace(".", "");
  }

  /**
   * A warning for codes that payers' naltrexone policies or the label make doubtful, or empty:
   * abuse-level codes (F10.1x, F11.1x: many policies require dependence) and dependence with
   * withdrawal (F10.23x, F11.23: naltrexone is contraindicated in acute withdrawal).
   */
  public Optional<String> naltrexoneWarning() {
    if (value.startsWith("F10.1") || value.startsWith("F11.1")) {
      return Optional.of(
          value
              + " is an abuse-level code; many naltrexone policies require a dependence code"
              + " (F10.2x or F11.2x)");
    }
    if (value.startsWith("F10.23") || value.startsWith("F11.23")) {
      return Optional.of(
          value
              + " codes dependence with withdrawal; naltrexone is contraindicated in acute"
              + " withdrawal, check the diagnosis");
    }
    if (value.length() == 3 || value.equals("F10.2") || value.equals("F11.2")) {
      return Optional.of(value + " is a category header, not billable; code to full specificity");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
