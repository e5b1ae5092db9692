package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step 1: claims for the billable doses that have none yet, scrubbed. Leaves the highest claim id
 * from before the build in the job's transient data: claims above it were scrubbed moments ago by
 * this step, and the batch step does not scrub them again (a restarted job has no such mark and
 * scrubs everything).
 */
@Dependent
@Named("claimBuildBatchlet")
public class ClaimBuildBatchlet extends AbstractBatchlet {

  @Inject JobContext job;
  @EJB ClaimSubmission submission;

  @Override
  public String process() {
    job.setTransientUserData(new BuiltAfter(submission.build(RunId.of(job))));
    return "BUILT";
  }
}
