package com.naltrexone.billing.authorizations.entity;

/** How a payer checklist item is satisfied (see V7__prior_authorization.sql). */
public enum ChecklistRule {
  /** A prescription diagnosis starts with one of the listed prefixes. */
  DIAGNOSIS,
  /** The patient is at least this old on the request date. */
  MIN_AGE,
  /** Recorded evidence of a listed kind, with the expected result, recent enough. */
  EVIDENCE
}
