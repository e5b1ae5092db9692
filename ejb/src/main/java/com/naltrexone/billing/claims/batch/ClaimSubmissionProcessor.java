package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Scrubs each READY claim once more before it is batched (its data may have changed since it was
 * built; the claims this run's build found READY were batched by the build and are not read here);
 * a held claim is filtered out. A claim whose data cannot even be read throws {@link
 * com.naltrexone.billing.claims.boundary.ClaimNotProcessable}, which the job skips.
 */
@Dependent
@Named("claimSubmissionProcessor")
public class ClaimSubmissionProcessor implements ItemProcessor {

  @Inject JobContext job;
  @EJB ClaimSubmission submission;

  /** The run, read from the job repository once per step, not once per claim. */
  private Long runId;

  @Override
  public Object processItem(Object item) {
    long claimId = (Long) item;
    if (runId == null) {
      runId = RunId.of(job);
    }
    return submission.check(runId, claimId);
  }
}
