package com.naltrexone.billing.drugs.entity;

/**
 * A National Drug Code in the 11-digit 5-4-2 form the 837 needs (LIN03, no hyphens). Accepts the
 * labeled 10-digit forms with hyphens (4-4-2, 5-3-2, 5-4-1: a zero pads the short segment), the
 * hyphenated 5-4-2 form, or 11 bare digits.
 */
public record Ndc(String value) {

  public Ndc {
    if (value == null || !value.matches("\\d{11}")) {
      throw new IllegalArgumentException("an 11-digit NDC is exactly 11 digits");
    }
  }

  /** Normalises any accepted NDC form to 11 digits. */
  public static Ndc parse(String input) {
    String problem = problem(input);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    String s = input.trim();
    if (s.matches("\\d{11}")) {
      return new Ndc(s);
    }
    String[] parts = s.split("-");
    return new Ndc(pad(parts[0], 5) + pad(parts[1], 4) + pad(parts[2], 2));
  }

  /** Null when {@code input} is an accepted NDC form, else what to fix. */
  public static String problem(String input) {
    if (input == null || input.isBlank()) {
      return "give the NDC, e.g. 65757-300-01 or 65757030001";
    }
    String s = input.trim();
    if (s.matches("\\d{11}")) {
      return null;
    }
    if (s.matches("\\d{4}-\\d{4}-\\d{2}")
        || s.matches("\\d{5}-\\d{3}-\\d{2}")
        || s.matches("\\d{5}-\\d{4}-\\d{1}")
        || s.matches("\\d{5}-\\d{4}-\\d{2}")) {
      return null;
    }
    if (s.matches("\\d{10}")) {
      return "a 10-digit NDC without hyphens is ambiguous (4-4-2, 5-3-2 or 5-4-1?); type it with"
          + " its hyphens as on the label";
    }
    return "an NDC is 4-4-2, 5-3-2 or 5-4-1 digits with hyphens, or 11 digits";
  }

  private static String pad(String segment, int width) {
    return "0".repeat(width - segment.length()) + segment;
  }

  /** The labeler code (first five digits). */
  public String labeler() {
    return value.substring(0, 5);
  }

  /** The 5-4-2 form with hyphens, for people. */
  public String hyphenated() {
    return value.substring(0, 5) + "-" + value.substring(5, 9) + "-" + value.substring(9);
  }

  @Override
  public String toString() {
    return value;
  }
}
