package com.naltrexone.billing.claims.entity;

/** CLM05-3: 1 original, 7 replacement of an adjudicated claim, 8 void (7 and 8 need REF*F8). */
public enum ClaimFrequency {
  ORIGINAL("1"),
  REPLACEMENT("7"),
  VOID("8");

  private final String code;

  ClaimFrequency(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean needsPayerClaimNumber() {
    return this != ORIGINAL;
  }

  public static ClaimFrequency of(String code) {
    for (ClaimFrequency f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    throw new IllegalArgumentException("claim frequency " + code + " is not 1, 7 or 8");
  }
}
