package com.naltrexone.billing.claims.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim is on its way to the payer and back. HELD claims have scrubber errors and never
 * leave; READY claims go out in the next submission; BATCHED claims are in an interchange being
 * written or sent; SENT claims were confirmed delivered to the clearinghouse.
 */
public enum ClaimStatus {
  HELD,
  READY,
  BATCHED,
  SENT,
  /** The 999 accepted the transaction set carrying it. */
  ACKNOWLEDGED,
  /** The payer's 277CA accepted it into adjudication (A1/A2): not a promise of payment. */
  ACCEPTED,
  /** Rejected by a 999 or a 277CA: it never entered adjudication; correct it and send again. */
  REJECTED,
  PAID,
  DENIED,
  VOIDED,
  CLOSED;

  private static final Set<ClaimStatus> OPEN =
      EnumSet.of(HELD, READY, BATCHED, SENT, ACKNOWLEDGED, ACCEPTED, REJECTED);

  /** Still in flight or still to be worked: a second claim for the same service would duplicate. */
  public boolean isOpen() {
    return OPEN.contains(this);
  }

  /** Staff may correct it and run it through the scrubber again. */
  public boolean isCorrectable() {
    return this == HELD || this == REJECTED || this == READY;
  }

  private static final Set<ClaimStatus> WITH_PAYER = EnumSet.of(ACCEPTED, PAID, DENIED);

  /**
   * The payer has taken the claim into adjudication (or decided it): a change now goes as a
   * replacement (frequency 7) or a void (8) quoting the payer's claim number, never in place.
   */
  public boolean isWithPayer() {
    return WITH_PAYER.contains(this);
  }

  /**
   * Staff may close it with a write-off: anything not travelling right now (BATCHED, SENT and
   * ACKNOWLEDGED wait for the payer's answer) and not already closed or voided.
   */
  public boolean isWriteOffable() {
    return isCorrectable() || isWithPayer();
  }

  /**
   * Billed and not taken back (open and not rejected, or paid): its J2315 units count against the
   * authorization it names, and a second claim for the same service would duplicate it.
   */
  public boolean isBilled() {
    return isOpen() && this != REJECTED || this == PAID;
  }
}
