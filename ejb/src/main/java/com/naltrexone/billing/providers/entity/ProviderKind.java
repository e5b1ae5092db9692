package com.naltrexone.billing.providers.entity;

/** A billing organisation (2010AA) or a rendering/prescribing clinician (2310B, 2420A). */
public enum ProviderKind {
  BILLING,
  RENDERING
}
