package com.naltrexone.billing.consent.entity;

/** What left the building for a payer. */
public enum DisclosureKind {
  CLAIM_837,
  PA_PACKET,
  ELIGIBILITY_270
}
