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
    assertEquals(1, SubmissionProgress.percent(run, 0));
    run.built(10);
    assertEquals(5, SubmissionProgress.percent(run, 0));
  }

  @Test
  void batchingThenSendingFillTheBar() {
    run.read(50);
    assertEquals(35, SubmissionProgress.percent(run, 50));
    run.read(50);
    run.held(20);
    assertEquals(65, SubmissionProgress.percent(run, 0));
    run.sent(40);
    assertEquals(82, SubmissionProgress.percent(run, 0));
    run.sent(40);
    assertEquals(99, SubmissionProgress.percent(run, 0), "running is never 100%");
  }

  @Test
  void aFinishedRunIsFull() {
    run.finished(Instant.EPOCH, "FAILED", "disk full");
    assertEquals(100, SubmissionProgress.percent(run, 12));
  }

  @Test
  void neverBelowOneOrAboveNinetyNineWhileRunning() {
    run.read(3);
    run.sent(500);
    int p = SubmissionProgress.percent(run, 0);
    assertTrue(p >= 1 && p <= 99, String.valueOf(p));
  }
}
