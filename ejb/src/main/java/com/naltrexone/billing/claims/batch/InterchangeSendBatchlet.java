package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Step 4: sends each written interchange not sent yet (the write step sends each file as soon as it
 * is written, so normally nothing is left: an upload that failed, or a file a dead run wrote); a
 * failed upload puts its claims back to READY.
 */
@Dependent
@Named("interchangeSendBatchlet")
public class InterchangeSendBatchlet extends AbstractBatchlet {

  @EJB ClaimSubmission submission;

  @Override
  public String process() {
    submission.toSend().forEach(submission::send);
    return "SENT";
  }
}
