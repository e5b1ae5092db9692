package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step 1: claims for the billable doses that have none yet, scrubbed; those found READY go straight
 * into this run's interchanges ({@link ClaimSubmission#build}), so the batch step never reads them.
 */
@Dependent
@Named("claimBuildBatchlet")
public class ClaimBuildBatchlet extends AbstractBatchlet {

  @Inject JobContext job;
  @EJB ClaimSubmission submission;

  @Override
  public String process() {
    submission.build(RunId.of(job));
    return "BUILT";
  }
}
