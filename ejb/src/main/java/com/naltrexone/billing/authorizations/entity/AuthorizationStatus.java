package com.naltrexone.billing.authorizations.entity;

/** A prior authorization's state; only APPROVED covers doses. */
public enum AuthorizationStatus {
  DRAFT,
  SUBMITTED,
  PENDED,
  APPROVED,
  DENIED,
  APPEALED,
  EXPIRED,
  WITHDRAWN
}
