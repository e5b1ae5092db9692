package com.naltrexone.billing.providers.entity;

/**
 * A National Provider Identifier: ten digits whose last is a Luhn check digit computed over the
 * first nine prefixed with the card-issuer constant {@code 80840}.
 */
public record Npi(String value) {

  public Npi {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Null when {@code candidate} is a valid NPI, else a sentence saying what is wrong. */
  public static String problem(String candidate) {
    if (candidate == null || !candidate.matches("\\d{10}")) {
      return "an NPI is exactly 10 digits";
    }
    if (!hasValidCheckDigit(candidate)) {
      return "NPI " + candidate + " fails its check digit (Luhn with prefix 80840); retype it";
    }
    return null;
  }

  static boolean hasValidCheckDigit(String tenDigits) {
    String payload = "80840" + tenDigits.substring(0, 9);
    int sum = 0;
    // Double every second digit from the right of the payload (the check digit is not in it).
    for (int i = payload.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = payload.charAt(i) - '0';
      if (position % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    int check = (10 - sum % 10) % 10;
    return check == tenDigits.charAt(9) - '0';
  }

  @Override
  public String toString() {
    return value;
  }
}
