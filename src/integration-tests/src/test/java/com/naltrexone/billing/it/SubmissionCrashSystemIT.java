package com.naltrexone.billing.it;

import static com.naltrexone.billing.it.SystemTests.startRun;
import static com.naltrexone.billing.it.SystemTests.waitForRun;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 4's exactly-once promise under a crash: the server is killed with kill -9 while a
 * submission run is building claims (after its first page of 500 doses has committed its claims,
 * already batched into the run's interchanges, and while the next pages are built), started again,
 * and the next run finishes the work. Every claim must then be SENT in exactly one interchange,
 * appear in exactly one file, and be logged as exactly one Part 2 disclosure. Counted in PostgreSQL
 * and in the drop folder.
 */
@SystemTest
class SubmissionCrashSystemIT {

  private static final String DATABASE = "billing_crash";

  /** Three pages of the build (Claims.PAGE = 500). */
  private static final int CLAIMS = 1500;

  @RegisterExtension static final OwnServer OWN = new OwnServer(DATABASE);

  private static PayaraServer server;
  private static ApiClient admin;

  @BeforeAll
  static void seed() throws Exception {
    server = OWN.server();
    admin = OWN.admin();
    SyntheticClaims.seed(DATABASE, CLAIMS);
  }

  @Test
  void killedMidRunEveryClaimIsSentExactlyOnce() throws Exception {
    FileTime began = FileTime.from(Instant.now().minusSeconds(1));
    String runId = startRun(admin);
    // claims count as read when a build page has batched them: the first page has committed
    String lastStatus = waitForRun(admin, runId, 500);
    assertEquals("RUNNING", lastStatus, "the run finished before it could be killed: raise CLAIMS");
    server.kill();

    server.start();
    server.awaitReady();
    SystemTests.finishAndCheckEveryClaimSentOnce(admin, DATABASE, CLAIMS, began);
    assertEquals(
        1,
        count("select count(*) from submission_run where status = 'ABANDONED'"),
        "the killed run is marked abandoned");
  }

  private static long count(String query) throws Exception {
    return OWN.count(query);
  }
}
