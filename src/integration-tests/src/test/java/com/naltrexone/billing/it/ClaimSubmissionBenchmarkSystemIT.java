package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The claim submission benchmark (not a timed test: it asserts only that every claim went out). Run
 * with {@code -Dbenchmark.claims=100000}; prints claims/s, MB/s and the server's peak heap, sampled
 * from Payara's metrics during the run. Figures and the command: docs/benchmarks.md.
 */
@SystemTest
@EnabledIfSystemProperty(named = "benchmark.claims", matches = "\\d+")
class ClaimSubmissionBenchmarkSystemIT {

  private static final String DATABASE = "billing_bench";
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final Pattern HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes\\S* (\\S+)$");

  @Test
  void submitManyClaims() throws Exception {
    int claims = Integer.getInteger("benchmark.claims");
    PayaraServer server = PayaraServer.onFreshDatabase(DATABASE);
    // e.g. -Dbenchmark.jvm-options=-XX:StartFlightRecording=settings=profile,filename=/tmp/s.jfr
    String options = System.getProperty("benchmark.jvm-options", "");
    if (!options.isBlank()) {
      server.maxHeap("512m", java.util.List.of(options.trim().split("\\s+")));
    }
    server.start();
    try {
      server.deploy(new File(System.getProperty("ear.file")));
      server.awaitReady();
      SyntheticClaims.seed(DATABASE, claims);
      ApiClient admin =
          ApiClient.as(
              new URL("http://localhost:8080/billing/"), "admin", ApiClient.adminPassword());
      ApiClient metrics = ApiClient.anonymous(new URL("http://localhost:8080/"));

      Instant started = Instant.now();
      HttpResponse<String> start = admin.post("api/submissions", "");
      assertEquals(202, start.statusCode(), start.body());
      String location = start.headers().firstValue("Location").orElseThrow();
      String runPath = location.substring(location.indexOf("api/"));
      double peakHeap = 0;
      String status = "RUNNING";
      while ("RUNNING".equals(status)) {
        Thread.sleep(200);
        Matcher h = HEAP.matcher(metrics.get("metrics?scope=base", "text/plain").body());
        if (h.find()) {
          peakHeap = Math.max(peakHeap, Double.parseDouble(h.group(1)));
        }
        Matcher m = STATUS.matcher(admin.get(runPath).body());
        status = m.find() ? m.group(1) : "UNKNOWN";
      }
      Duration took = Duration.between(started, Instant.now());
      long bytes;
      try (Stream<Path> files =
          Files.list(
              Path.of(
                  System.getProperty("payara.home"), "glassfish/domains/domain1/edi/outbound"))) {
        bytes = files.mapToLong(p -> p.toFile().length()).sum();
      }
      long sent;
      try (Connection c = TestDatabase.connect(DATABASE);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from claim where status = 'SENT'")) {
        rs.next();
        sent = rs.getLong(1);
      }
      double seconds = took.toMillis() / 1000.0;
      System.out.printf(
          "BENCHMARK claims=%d sent=%d status=%s seconds=%.1f claims/s=%.0f MB=%.1f MB/s=%.2f"
              + " peakHeapMB=%.0f%n",
          claims,
          sent,
          status,
          seconds,
          sent / seconds,
          bytes / 1e6,
          bytes / 1e6 / seconds,
          peakHeap / 1e6);
      assertEquals(claims, sent, "every claim went out");
    } finally {
      server.stop();
      PayaraServer.dropDatabase(DATABASE);
    }
  }
}
