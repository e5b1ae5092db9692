package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.entity.SubmissionRun;

/**
 * How far a submission run is, in percent, for the progress bar. A run builds claims (up to 5%),
 * batches the ready claims (up to 65%: claims read, including those the build batched itself, of
 * those and the claims its batch step found READY when it started, {@link
 * SubmissionRun#getClaimsToBatch}), then writes and sends the files (the rest: claims sent of
 * claims batched). A running run never shows 100%; a finished one always does. It reads the run's
 * own counts only: nothing is counted in the claim table per poll.
 */
public final class SubmissionProgress {

  private SubmissionProgress() {}

  public static int percent(SubmissionRun run) {
    if (!"RUNNING".equals(run.getStatus())) {
      return 100;
    }
    if (run.getClaimsToBatch() == 0) {
      // the batch step has not started: the build is still on (it counts the claims it batches
      // itself as read, page by page, without knowing how many pages are left)
      return run.getClaimsBuilt() > 0 || run.getClaimsRead() > 0 ? 5 : 1;
    }
    long toBatch = Math.max(run.getClaimsToBatch(), run.getClaimsRead());
    double batched = (double) run.getClaimsRead() / toBatch;
    long toSend = run.getClaimsRead() - run.getClaimsHeld();
    double sent = toSend <= 0 ? 0 : Math.min(1.0, (double) run.getClaimsSent() / toSend);
    int percent = (int) Math.floor(5 + 60 * batched + 35 * sent);
    return Math.max(1, Math.min(99, percent));
  }
}
