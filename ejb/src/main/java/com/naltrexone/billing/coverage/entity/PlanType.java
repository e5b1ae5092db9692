package com.naltrexone.billing.coverage.entity;

/** The kind of plan behind a coverage; government plans are excluded from copay cards. */
public enum PlanType {
  COMMERCIAL(false),
  MEDICARE(true),
  MEDICARE_ADVANTAGE(true),
  MEDICAID(true),
  OTHER_GOVERNMENT(true);

  private final boolean government;

  PlanType(boolean government) {
    this.government = government;
  }

  public boolean isGovernment() {
    return government;
  }
}
