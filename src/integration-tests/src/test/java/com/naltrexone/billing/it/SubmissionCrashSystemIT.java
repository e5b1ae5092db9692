package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's exactly-once promise under a crash: the server is killed with kill -9 while a
 * submission run is batching claims, started again, and the next run finishes the work. Every claim
 * must then be SENT in exactly one interchange, appear in exactly one file, and be logged as
 * exactly one Part 2 disclosure. Counted in PostgreSQL and in the drop folder.
 */
class SubmissionCrashSystemIT {

  private static final String DATABASE = "billing_crash";
  private static final int CLAIMS = 300;
  private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern READ = Pattern.compile("\"claimsRead\":(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

  private static PayaraServer server;
  private static ApiClient admin;

  @BeforeAll
  static void startServerOnItsOwnDatabase() throws Exception {
    server = PayaraServer.onFreshDatabase(DATABASE);
    server.start();
    server.deploy(new File(System.getProperty("ear.file")));
    server.awaitReady();
    admin =
        ApiClient.as(new URL("http://localhost:8080/billing/"), "admin", ApiClient.adminPassword());
    SyntheticClaims.seed(DATABASE, CLAIMS);
  }

  @AfterAll
  static void stopAndDrop() throws Exception {
    if (server != null) {
      server.stop();
    }
    PayaraServer.dropDatabase(DATABASE);
  }

  @Test
  void killedMidRunEveryClaimIsSentExactlyOnce() throws Exception {
    String runId = start();
    String lastStatus = waitUntil(runId, 60);
    assertEquals("RUNNING", lastStatus, "the run finished before it could be killed: raise CLAIMS");
    server.kill();

    server.start();
    server.awaitReady();
    for (int attempt = 0;
        attempt < 3 && count("select count(*) from claim where status <> 'SENT'") > 0;
        attempt++) {
      assertEquals("COMPLETED", waitUntil(start(), Integer.MAX_VALUE));
    }

    assertEquals(CLAIMS, count("select count(*) from claim"), "one claim per dose");
    assertEquals(CLAIMS, count("select count(*) from claim where status = 'SENT'"));
    assertEquals(
        0,
        count(
            "select count(*) from claim c join interchange i on i.id = c.interchange_id"
                + " where i.status <> 'SENT'"));
    assertEquals(
        CLAIMS,
        count("select count(*) from disclosure_log where what = 'CLAIM_837'"),
        "one disclosure per claim sent");
    assertEquals(
        1,
        count("select count(*) from submission_run where status = 'ABANDONED'"),
        "the killed run is marked abandoned");

    Map<String, Integer> clmPerClaim = new HashMap<>();
    Path outbound =
        Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/edi/outbound");
    try (Stream<Path> files = Files.list(outbound)) {
      for (Path f : files.toList()) {
        Matcher m =
            Pattern.compile("~\\s*CLM\\*([A-Z0-9]+)\\*")
                .matcher(Files.readString(f, StandardCharsets.US_ASCII));
        while (m.find()) {
          clmPerClaim.merge(m.group(1), 1, Integer::sum);
        }
      }
    }
    assertEquals(CLAIMS, clmPerClaim.size(), "every claim is in a file");
    assertTrue(
        clmPerClaim.values().stream().allMatch(n -> n == 1),
        "no claim in two files: " + clmPerClaim);
  }

  /** Starts a run; returns its id. */
  private static String start() {
    HttpResponse<String> r = admin.post("api/submissions?chunkSize=5", "");
    assertEquals(202, r.statusCode(), r.body());
    Matcher m = RUN_ID.matcher(r.body());
    assertTrue(m.find(), r.body());
    return m.group(1);
  }

  /**
   * Polls a run until it is no longer RUNNING, or (for the kill) until it has read at least {@code
   * readAtLeast} claims; returns its status then.
   */
  private static String waitUntil(String runId, int readAtLeast) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    while (Instant.now().isBefore(deadline)) {
      String body = admin.get("api/submissions/" + runId).body();
      Matcher status = STATUS.matcher(body);
      Matcher read = READ.matcher(body);
      String s = status.find() ? status.group(1) : "UNKNOWN";
      int n = read.find() ? Integer.parseInt(read.group(1)) : 0;
      if (!"RUNNING".equals(s) || n >= readAtLeast) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + runId + " did not get there in 180 s");
  }

  private static long count(String query) throws Exception {
    try (Connection c = TestDatabase.connect(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void sql(String database, String statement) throws Exception {
    try (Connection c = TestDatabase.connect(database);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
