package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records on the run when its job execution started and how it ended. */
@Dependent
@Named("claimSubmissionJobListener")
public class ClaimSubmissionJobListener implements JobListener {

  @Inject JobContext job;
  @EJB ClaimSubmission submission;

  @Override
  public void beforeJob() {
    submission.started(RunId.of(job), job.getExecutionId());
  }

  @Override
  public void afterJob() {
    BatchStatus status = job.getBatchStatus();
    submission.finish(
        RunId.of(job),
        status == BatchStatus.STARTED || status == BatchStatus.COMPLETED ? "COMPLETED" : "FAILED",
        job.getExitStatus());
  }
}
