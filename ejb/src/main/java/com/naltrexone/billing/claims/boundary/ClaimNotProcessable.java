package com.naltrexone.billing.claims.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A claim whose data broke the submission step (not a scrubber finding: an exception while reading
 * it). It does not roll the chunk back: the submission job's skip listener holds this one claim and
 * the rest of the chunk goes out.
 */
@ApplicationException(rollback = false)
public class ClaimNotProcessable extends RuntimeException {

  private final long claimId;

  public ClaimNotProcessable(long claimId, RuntimeException cause) {
    super("claim " + claimId + " could not be processed: " + cause.getClass().getSimpleName());
    this.claimId = claimId;
  }

  public long getClaimId() {
    return claimId;
  }
}
