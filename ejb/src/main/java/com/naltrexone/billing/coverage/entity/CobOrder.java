package com.naltrexone.billing.coverage.entity;

/** Coordination-of-benefits order; SBR01 is P, S or T. */
public enum CobOrder {
  PRIMARY("P"),
  SECONDARY("S"),
  TERTIARY("T");

  private final String sbr01;

  CobOrder(String sbr01) {
    this.sbr01 = sbr01;
  }

  public String sbr01() {
    return sbr01;
  }
}
