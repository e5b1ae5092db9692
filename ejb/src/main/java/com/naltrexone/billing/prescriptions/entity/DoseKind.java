package com.naltrexone.billing.prescriptions.entity;

/** A Vivitrol injection given in the clinic, or an oral prescription filled at a pharmacy. */
public enum DoseKind {
  INJECTION,
  ORAL_FILL
}
