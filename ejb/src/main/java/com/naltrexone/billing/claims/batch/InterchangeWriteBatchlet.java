package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Step 3: writes each interchange being built (one transaction each). */
@Dependent
@Named("interchangeWriteBatchlet")
public class InterchangeWriteBatchlet extends AbstractBatchlet {

  @EJB ClaimSubmission submission;

  @Override
  public String process() {
    submission.toWrite().forEach(submission::write);
    return "WRITTEN";
  }
}
