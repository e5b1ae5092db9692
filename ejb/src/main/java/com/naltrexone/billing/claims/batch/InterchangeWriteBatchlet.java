package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * Step 3: writes each interchange being built (one transaction each), and sends each one as soon as
 * it is written, on a thread of the default managed executor, while the next is written: the upload
 * and the SENT bookkeeping of one file (mostly database work) overlap the writing of the next
 * (mostly the 837 writer's own work). The file goes to the sender as written, so it is not read
 * back from the database. Sending is exactly {@link ClaimSubmission#send}, one interchange at a
 * time, as in step 4, which then sends whatever is left (an upload that failed or a sender that
 * could not start).
 */
@Dependent
@Named("interchangeWriteBatchlet")
public class InterchangeWriteBatchlet extends AbstractBatchlet {

  @EJB ClaimSubmission submission;
  @Resource ManagedExecutorService executor;

  private static final Logger LOG = Logger.getLogger(InterchangeWriteBatchlet.class.getName());

  @Override
  public String process() {
    List<Long> toWrite = submission.toWrite();
    // the batch step's end, for the step timings in docs/benchmarks.md
    LOG.info(() -> "Interchanges to write: " + toWrite.size());
    try (SendWhileWriting sender = new SendWhileWriting(submission::send, executor)) {
      for (long id : toWrite) {
        sender.offer(id, submission.write(id));
      }
    }
    return "WRITTEN";
  }
}
