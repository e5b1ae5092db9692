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
  private static final Pattern WRITTEN = Pattern.compile("\"claimsWritten\":(\\d+)");
  private static final Pattern HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes\\S* (\\S+)$");

  /**
   * What one run took: in all, and until every claim was in a written 837 file (the issue's
   * "scrubbed and written"; sending the last file and recording it follow), as seen by polling.
   */
  private record Run(String status, Duration took, Duration written, double peakHeap) {}

  @Test
  void submitManyClaims() throws Exception {
    int claims = Integer.getInteger("benchmark.claims");
    // e.g. -Dbenchmark.warm-up=5000: a first run of that many claims, not measured, so that the
    // measured run finds the server's code compiled, as a nightly run on a long-running server does
    int warmUp = Integer.getInteger("benchmark.warm-up", 0);
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
      ApiClient admin =
          ApiClient.as(
              new URL("http://localhost:8080/billing/"), "admin", ApiClient.adminPassword());
      ApiClient metrics = ApiClient.anonymous(new URL("http://localhost:8080/"));
      if (warmUp > 0) {
        SyntheticClaims.seed(DATABASE, warmUp);
        Run first = run(admin, metrics, warmUp);
        assertEquals("COMPLETED", first.status(), "the warm-up run");
        assertEquals(warmUp, sent());
        System.out.printf(
            "BENCHMARK warm-up claims=%d seconds=%.1f%n", warmUp, first.took().toMillis() / 1000.0);
        SyntheticClaims.morePatients(DATABASE, warmUp + 1, claims);
      } else {
        SyntheticClaims.seed(DATABASE, claims);
      }
      long bytesBefore = outboundBytes();
      long sentBefore = sent();

      Run measured = run(admin, metrics, claims);

      long bytes = outboundBytes() - bytesBefore;
      long sent = sent() - sentBefore;
      double seconds = measured.took().toMillis() / 1000.0;
      System.out.printf(
          "BENCHMARK claims=%d sent=%d status=%s seconds=%.1f writtenSeconds=%.1f claims/s=%.0f"
              + " MB=%.1f MB/s=%.2f peakHeapMB=%.0f warmUp=%d%n",
          claims,
          sent,
          measured.status(),
          seconds,
          measured.written().toMillis() / 1000.0,
          sent / seconds,
          bytes / 1e6,
          bytes / 1e6 / seconds,
          measured.peakHeap() / 1e6,
          warmUp);
      assertEquals(claims, sent, "every claim went out");
    } finally {
      server.stop();
      PayaraServer.dropDatabase(DATABASE);
    }
  }

  /** Starts a run over REST and polls it (and the server's heap) every 200 ms until it ends. */
  private static Run run(ApiClient admin, ApiClient metrics, int expected) throws Exception {
    Instant started = Instant.now();
    HttpResponse<String> start = admin.post("api/submissions", "");
    assertEquals(202, start.statusCode(), start.body());
    String location = start.headers().firstValue("Location").orElseThrow();
    String runPath = location.substring(location.indexOf("api/"));
    double peakHeap = 0;
    String status = "RUNNING";
    Duration written = null;
    while ("RUNNING".equals(status)) {
      Thread.sleep(200);
      Matcher h = HEAP.matcher(metrics.get("metrics?scope=base", "text/plain").body());
      if (h.find()) {
        peakHeap = Math.max(peakHeap, Double.parseDouble(h.group(1)));
      }
      String body = admin.get(runPath).body();
      Matcher m = STATUS.matcher(body);
      status = m.find() ? m.group(1) : "UNKNOWN";
      Matcher w = WRITTEN.matcher(body);
      if (written == null && w.find() && Integer.parseInt(w.group(1)) >= expected) {
        written = Duration.between(started, Instant.now());
      }
    }
    Duration took = Duration.between(started, Instant.now());
    return new Run(status, took, written == null ? took : written, peakHeap);
  }

  private static long outboundBytes() throws Exception {
    Path outbound =
        Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/edi/outbound");
    if (!Files.isDirectory(outbound)) {
      return 0; // made by the first upload
    }
    try (Stream<Path> files = Files.list(outbound)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long sent() throws Exception {
    try (Connection c = TestDatabase.connect(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from claim where status = 'SENT'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
