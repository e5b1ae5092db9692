package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of READY claims in id order, a page at a time; the checkpoint is the last id handed
 * out, so a restarted step goes on after it. On opening it records on the run how many READY claims
 * are ahead (the progress bar's denominator).
 */
@Dependent
@Named("claimSubmissionReader")
public class ClaimSubmissionReader extends AbstractItemReader {

  private static final int PAGE = 1000;

  @EJB ClaimSubmission submission;
  @Inject JobContext job;

  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
    submission.willBatchAfter(RunId.of(job), lastId);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(submission.readyAfter(lastId, PAGE));
      exhausted = page.size() < PAGE;
    }
    Long next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
