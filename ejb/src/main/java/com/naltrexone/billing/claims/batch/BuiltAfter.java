package com.naltrexone.billing.claims.batch;

/**
 * The highest claim id that existed before this job execution's build step: a claim above it was
 * built and scrubbed by this execution.
 */
record BuiltAfter(long claimId) {

  /** Whether the claim was scrubbed by this execution's build step. */
  boolean scrubbedByThisRun(long id) {
    return id > claimId;
  }
}
