package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Puts a chunk of claims into this run's interchanges, one per payer (in the chunk's transaction).
 */
@Dependent
@Named("claimSubmissionWriter")
public class ClaimSubmissionWriter extends AbstractItemWriter {

  @Inject JobContext job;
  @EJB ClaimSubmission submission;

  /** The run, read from the job repository once per step, not once per chunk. */
  private Long runId;

  @Override
  public void writeItems(List<Object> items) {
    if (runId == null) {
      runId = RunId.of(job);
    }
    submission.batch(runId, items.stream().map(Long.class::cast).toList());
  }
}
