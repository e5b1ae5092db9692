package com.naltrexone.billing.remittance.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A one-read import ({@link RemittancePosting#postStreamed}) met a transaction set that is
 * rejected: the claims it posted before that set's SE must not stay, so everything is rolled back
 * and the file is imported again in two reads (validate first, then post), which stores the set as
 * rejected without posting any of its claims.
 */
@ApplicationException(rollback = true)
public class TwoReadsNeeded extends RuntimeException {

  public TwoReadsNeeded(String why) {
    super(why, null, false, false);
  }
}
