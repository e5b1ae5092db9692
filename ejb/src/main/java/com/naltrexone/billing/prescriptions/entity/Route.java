package com.naltrexone.billing.prescriptions.entity;

/**
 * How the drug reaches the patient. Only buy-and-bill doses are billed by us with the drug line
 * (J2315 + NDC); a specialty-pharmacy kit is billed by the pharmacy and we bill the administration
 * (96372) only; retail fills are the pharmacy's claim.
 */
public enum Route {
  BUY_AND_BILL(true),
  SPECIALTY_PHARMACY(true),
  RETAIL_PHARMACY(false);

  private final boolean billedByUs;

  Route(boolean billedByUs) {
    this.billedByUs = billedByUs;
  }

  /** Whether an injection given on this route produces a claim of ours. */
  public boolean isBilledByUs() {
    return billedByUs;
  }
}
