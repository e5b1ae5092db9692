package com.naltrexone.billing.authorizations.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A prior authorization's state and the moves allowed from it: draft → submitted → pended →
 * approved / denied → appealed → approved / denied; an approval expires; a request still open can
 * be withdrawn. Only APPROVED covers doses.
 */
public enum AuthorizationStatus {
  DRAFT,
  SUBMITTED,
  PENDED,
  APPROVED,
  DENIED,
  APPEALED,
  EXPIRED,
  WITHDRAWN;

  /** The statuses this one may move to. */
  public Set<AuthorizationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(PENDED, APPROVED, DENIED, WITHDRAWN);
      case PENDED -> EnumSet.of(SUBMITTED, APPROVED, DENIED, WITHDRAWN);
      case DENIED -> EnumSet.of(APPEALED);
      case APPEALED -> EnumSet.of(PENDED, APPROVED, DENIED, WITHDRAWN);
      case APPROVED -> EnumSet.of(EXPIRED);
      case EXPIRED, WITHDRAWN -> EnumSet.noneOf(AuthorizationStatus.class);
    };
  }

  public boolean canMoveTo(AuthorizationStatus target) {
    return next().contains(target);
  }

  /** A payer decision: recorded with its reference number, dates and units, not a bare move. */
  public boolean isDecision() {
    return this == APPROVED || this == DENIED;
  }

  /** Still waiting on us or on the payer: counts as "a PA exists" for an upcoming dose. */
  public boolean isOpen() {
    return this == DRAFT || this == SUBMITTED || this == PENDED || this == APPEALED;
  }
}
