package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the black-box system tests share: SQL on their own database, the admin's 835 upload,
 * submission runs over the API, and the claims in the drop folder's files.
 */
final class SystemTests {

  private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern READ = Pattern.compile("\"claimsRead\":(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final Pattern CLM = Pattern.compile("~\\s*CLM\\*([A-Z0-9]+)\\*");

  private SystemTests() {}

  /** Runs each statement in its own connection (autocommit). */
  static void sql(String database, String... statements) throws Exception {
    for (String statement : statements) {
      try (Connection c = TestDatabase.connect(database);
          Statement s = c.createStatement()) {
        s.execute(statement);
      }
    }
  }

  /** The first column of the first row of a query, as a number. */
  static long count(String database, String query) throws Exception {
    try (Connection c = TestDatabase.connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** POSTs an 835 to {@code /api/remittances} as admin, without waiting for the answer. */
  static CompletableFuture<HttpResponse<String>> post835(byte[] file, String fileName) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:8080/billing/api/remittances?fileName=" + fileName))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/edi-x12")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + adminCredentials())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** {@code admin:<password>} in Base64, for a Basic authorization header. */
  static String adminCredentials() {
    return Base64.getEncoder()
        .encodeToString(("admin:" + ApiClient.adminPassword()).getBytes(StandardCharsets.UTF_8));
  }

  /** Starts a submission run of chunks of 5; returns its id. */
  static String startRun(ApiClient admin) {
    HttpResponse<String> r = admin.post("api/submissions?chunkSize=5", "");
    assertEquals(202, r.statusCode(), () -> withIncident(r.body()));
    Matcher m = RUN_ID.matcher(r.body());
    assertTrue(m.find(), r.body());
    return m.group(1);
  }

  private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");

  /**
   * An answer's body and, when it names a 500's incident, the server log's exception lines for it
   * (messages and causes, no stack frames), so that a failure in CI says what went wrong.
   */
  static String withIncident(String body) {
    Matcher m = INCIDENT.matcher(body);
    if (!m.find()) {
      return body;
    }
    Path log =
        Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs/server.log");
    try {
      List<String> lines = Files.readAllLines(log);
      StringBuilder why = new StringBuilder(body).append("\nserver log:");
      boolean in = false;
      int shown = 0;
      for (String line : lines) {
        if (line.contains("incident " + m.group(1))) {
          in = true;
        } else if (in && line.startsWith("[20")) {
          break; // the next log record
        }
        if (in
            && !line.trim().startsWith("at ")
            && !line.trim().startsWith("...")
            && shown++ < 12) {
          why.append("\n  ").append(line.trim());
        }
      }
      return why.toString();
    } catch (IOException e) {
      return body + " (server log unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * Polls a run until it is no longer RUNNING, or until it has read at least {@code readAtLeast}
   * claims; returns its status then.
   */
  static String waitForRun(ApiClient admin, String runId, int readAtLeast)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = admin.get("api/submissions/" + runId);
      if (r.statusCode() == 200) {
        Matcher status = STATUS.matcher(r.body());
        Matcher read = READ.matcher(r.body());
        String s = status.find() ? status.group(1) : "UNKNOWN";
        int n = read.find() ? Integer.parseInt(read.group(1)) : 0;
        if (!"RUNNING".equals(s) || n >= readAtLeast) {
          return s;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + runId + " did not get there in 240 s");
  }

  /** How many times each CLM01 appears in the drop folder's files written since {@code since}. */
  static Map<String, Integer> claimsInOutboundFiles(FileTime since) throws Exception {
    Map<String, Integer> clmPerClaim = new HashMap<>();
    Path outbound =
        Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/edi/outbound");
    try (Stream<Path> files = Files.list(outbound)) {
      for (Path f : files.toList()) {
        if (Files.getLastModifiedTime(f).compareTo(since) < 0) {
          continue; // an earlier test's file
        }
        Matcher m = CLM.matcher(Files.readString(f, StandardCharsets.US_ASCII));
        while (m.find()) {
          clmPerClaim.merge(m.group(1), 1, Integer::sum);
        }
      }
    }
    return clmPerClaim;
  }

  /**
   * Starts runs (at most three) until no claim is left unsent, then checks the exactly-once promise
   * in PostgreSQL and in the drop folder: {@code claims} claims, all SENT in interchanges that were
   * sent, one Part 2 disclosure each, and each in exactly one file written since {@code since}.
   */
  static void finishAndCheckEveryClaimSentOnce(
      ApiClient admin, String database, int claims, FileTime since) throws Exception {
    for (int attempt = 0;
        attempt < 3 && count(database, "select count(*) from claim where status <> 'SENT'") > 0;
        attempt++) {
      assertEquals("COMPLETED", waitForRun(admin, startRun(admin), Integer.MAX_VALUE));
    }
    assertEquals(claims, count(database, "select count(*) from claim"), "one claim per dose");
    assertEquals(claims, count(database, "select count(*) from claim where status = 'SENT'"));
    assertEquals(
        0,
        count(
            database,
            "select count(*) from claim c join interchange i on i.id = c.interchange_id"
                + " where i.status <> 'SENT'"));
    assertEquals(
        claims,
        count(database, "select count(*) from disclosure_log where what = 'CLAIM_837'"),
        "one disclosure per claim sent");
    Map<String, Integer> clmPerClaim = claimsInOutboundFiles(since);
    assertEquals(claims, clmPerClaim.size(), "every claim is in a file");
    assertTrue(
        clmPerClaim.values().stream().allMatch(n -> n == 1),
        "no claim in two files: " + clmPerClaim);
  }

  /** A condition polled by {@link #waitFor}. */
  interface Condition {
    boolean holds() throws Exception;
  }

  static void waitFor(String what, Condition condition) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
    while (Instant.now().isBefore(deadline)) {
      if (condition.holds()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("waited 300 s for " + what);
  }
}
