package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimNotProcessable;
import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A claim the submission step could not process is held, with a finding, for the biller. */
@Dependent
@Named("claimSubmissionSkipListener")
public class ClaimSubmissionSkipListener implements SkipProcessListener {

  @Inject JobContext job;
  @EJB ClaimSubmission submission;

  @Override
  public void onSkipProcessItem(Object item, Exception ex) {
    long claimId =
        ex instanceof ClaimNotProcessable notProcessable
            ? notProcessable.getClaimId()
            : (Long) item;
    submission.holdUnprocessable(RunId.of(job), claimId, ex);
  }
}
