package com.naltrexone.billing.authorizations.entity;

/**
 * A typed piece of clinical evidence. Psychotherapy notes can be kept with the request but never go
 * into a packet (42 CFR Part 2 and HIPAA keep them apart from the record).
 */
public enum EvidenceKind {
  /** Urine drug screen: result (NEGATIVE, POSITIVE) and date collected. */
  UDS_RESULT,
  /** Naloxone challenge: result (NEGATIVE = no withdrawal) and date. */
  NALOXONE_CHALLENGE,
  /** Liver function tests: result summary and date drawn. */
  LFT_RESULT,
  /** Psychosocial program: name in detail, enrollment date. */
  COUNSELLING_ENROLLMENT,
  /** A therapy tried before: drug, dates and outcome in detail. */
  PRIOR_TREATMENT,
  /** Current medications reviewed: result NO_OPIOID_AGONIST when none, and date. */
  MEDICATION_REVIEW,
  /** The prescriber's free-text reasons for the injectable. */
  JUSTIFICATION,
  /** An uploaded PDF or image (lab report, chart note) supporting a checklist item. */
  DOCUMENT,
  /** Never disclosed in a packet. */
  PSYCHOTHERAPY_NOTE;

  public boolean mayBeDisclosed() {
    return this != PSYCHOTHERAPY_NOTE;
  }
}
