package com.naltrexone.billing.claims.entity;

/** A scrubber result before it is stored: a stable code and a sentence saying what to fix. */
public record Finding(String code, ClaimFinding.Severity severity, String message) {

  public static Finding error(String code, String message) {
    return new Finding(code, ClaimFinding.Severity.ERROR, message);
  }

  public static Finding warning(String code, String message) {
    return new Finding(code, ClaimFinding.Severity.WARNING, message);
  }

  public boolean blocks() {
    return severity == ClaimFinding.Severity.ERROR;
  }
}
