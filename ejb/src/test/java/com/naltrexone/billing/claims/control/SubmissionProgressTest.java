package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.entity.SubmissionRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionProgressTest {

  private final SubmissionRun run = new SubmissionRun("MANUAL", Instant.EPOCH);

  @Test
  void aRunThatJustStartedShowsAlmostNothing() {
    assertEquals(1, SubmissionProgress.percent(run));
    run.built(10);
    assertEquals(5, SubmissionProgress.percent(run));
  }

  @Test
  void batchingThenSendingFillTheBar() {
    run.willBatch(100);
    assertEquals(5, SubmissionProgress.percent(run), "found 100 READY, read none yet");
    run.read(50);
    assertEquals(35, SubmissionProgress.percent(run));
    run.read(50);
    run.held(20);
    assertEquals(65, SubmissionProgress.percent(run));
    run.sent(40);
    assertEquals(82, SubmissionProgress.percent(run));
    run.sent(40);
    assertEquals(99, SubmissionProgress.percent(run), "running is never 100%");
  }

  @Test
  void aRestartedStepCountsWhatItReadBeforeTheRestart() {
    run.willBatch(100);
    run.read(60);
    run.willBatch(40); // restarted from its checkpoint: 40 READY claims left
    assertEquals(100, run.getClaimsToBatch());
    assertEquals(41, SubmissionProgress.percent(run), "5 + 60 x 60/100");
  }

  @Test
  void moreReadThanFoundNeverGoesPastTheBatchingShare() {
    run.willBatch(10);
    run.read(30); // claims that became READY while the step ran
    assertEquals(65, SubmissionProgress.percent(run));
  }

  @Test
  void claimsTheBuildBatchesFillTheBatchingShareOnlyOnceTheBuildHasEnded() {
    run.read(500); // the build's first page batched its claims itself
    assertEquals(5, SubmissionProgress.percent(run), "more pages may follow");
    run.built(1000);
    run.read(500);
    run.willBatch(0); // the batch step found no other READY claims
    assertEquals(65, SubmissionProgress.percent(run));
  }

  @Test
  void aFinishedRunIsFull() {
    run.finished(Instant.EPOCH, "FAILED", "disk full");
    assertEquals(100, SubmissionProgress.percent(run));
  }

  @Test
  void neverBelowOneOrAboveNinetyNineWhileRunning() {
    run.read(3);
    run.sent(500);
    int p = SubmissionProgress.percent(run);
    assertTrue(p >= 1 && p <= 99, String.valueOf(p));
  }
}
