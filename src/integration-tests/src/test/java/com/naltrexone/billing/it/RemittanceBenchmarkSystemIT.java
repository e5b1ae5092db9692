package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The 835 import benchmark (not a timed test: it asserts only that every claim was posted). Run
 * with {@code -Dbenchmark.remittance.claims=50000}: seeds that many SENT claims straight into
 * PostgreSQL, writes one balanced Vivitrol 835 paying all of them in one transaction set, POSTs it
 * and prints MB/s and the server's peak heap (Payara metrics, sampled every 200 ms). Figures and
 * the command: docs/benchmarks.md.
 */
@SystemTest
@EnabledIfSystemProperty(named = "benchmark.remittance.claims", matches = "\\d+")
class RemittanceBenchmarkSystemIT {

  private static final String DATABASE = "billing_bench835";
  private static final Pattern HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes\\S* (\\S+)$");

  /**
   * Waits (up to 20 minutes) until cost of access has followed {@code postings}; how many it has.
   */
  private static long awaitFollowUp(long postings) throws Exception {
    long followed = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (followed < postings && System.nanoTime() < deadline) {
      Thread.sleep(500);
      try (Connection c = TestDatabase.connect(DATABASE);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from dose_cost")) {
        rs.next();
        followed = rs.getLong(1);
      }
    }
    return followed;
  }

  @Test
  void importOneLargeRemittance() throws Exception {
    int claims = Integer.getInteger("benchmark.remittance.claims");
    PayaraServer server = PayaraServer.onFreshDatabase(DATABASE);
    String heap = System.getProperty("benchmark.remittance.xmx", "");
    String options = System.getProperty("benchmark.remittance.jvm-options", "");
    if (!heap.isBlank() || !options.isBlank()) {
      server.maxHeap(
          heap.isBlank() ? "512m" : heap,
          options.isBlank()
              ? java.util.List.of()
              : java.util.List.of(options.trim().split("\\s+")));
    }
    // false: only the import is timed (the follow-up by cost of access is not waited for)
    boolean followUp = !"false".equals(System.getProperty("benchmark.remittance.follow-up"));
    server.start();
    try {
      server.deploy(new File(System.getProperty("ear.file")));
      server.awaitReady();
      // Warm-up (optional): a first, smaller import of other claims, through the same code, and
      // its follow-up by cost of access, before the measured import starts.
      int warmUp = Integer.getInteger("benchmark.remittance.warm-up", 0);
      SyntheticClaims.seed(DATABASE, claims + warmUp);
      SyntheticClaims.sent(DATABASE, "(select id from payer where payer_id_837 = 'CR0')");
      if (warmUp > 0) {
        byte[] first =
            SyntheticClaims.payment(DATABASE, 0, warmUp).getBytes(StandardCharsets.US_ASCII);
        long warmStarted = System.nanoTime();
        HttpResponse<String> warmed = SystemTests.post835(first, "warm-up.835").join();
        assertEquals(201, warmed.statusCode(), warmed.body());
        System.out.printf(
            "BENCHMARK835 warm-up: %d claims imported in %.1f s%n",
            warmUp, (System.nanoTime() - warmStarted) / 1e9);
        awaitFollowUp(warmUp);
      }
      byte[] file = SyntheticClaims.payment(DATABASE, 0).getBytes(StandardCharsets.US_ASCII);

      ApiClient metrics = ApiClient.anonymous(new URL("http://localhost:8080/"));
      AtomicLong peakHeap = new AtomicLong();
      AtomicBoolean running = new AtomicBoolean(true);
      Thread sampler =
          new Thread(
              () -> {
                while (running.get()) {
                  Matcher h = HEAP.matcher(metrics.get("metrics?scope=base", "text/plain").body());
                  if (h.find()) {
                    peakHeap.accumulateAndGet((long) Double.parseDouble(h.group(1)), Math::max);
                  }
                  try {
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.start();
      long started = System.nanoTime();
      HttpResponse<String> response = SystemTests.post835(file, "b.835").join();
      double seconds = (System.nanoTime() - started) / 1e9;
      long importPeakHeap = peakHeap.get();
      assertEquals(201, response.statusCode(), response.body());
      long posted;
      try (Connection c = TestDatabase.connect(DATABASE);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from remittance_claim_payment where outcome = 'PAID'")) {
        rs.next();
        posted = rs.getLong(1) - warmUp; // the warm-up's claims are not this import's
      }
      // Cost of access follows the postings after the import's commit: time it until done.
      long followed = followUp ? awaitFollowUp(posted + warmUp) - warmUp : 0;
      double followUpSeconds = (System.nanoTime() - started) / 1e9 - seconds;
      running.set(false);
      sampler.join();
      System.out.printf(
          "BENCHMARK835 claims=%d posted=%d MB=%.1f seconds=%.1f MB/s=%.2f claims/s=%.0f"
              + " importPeakHeapMB=%.0f xmx=%s followedUp=%d followUpSecondsAfterImport=%.1f"
              + " peakHeapMB=%.0f%n",
          claims,
          posted,
          file.length / 1e6,
          seconds,
          file.length / 1e6 / seconds,
          posted / seconds,
          importPeakHeap / 1e6,
          (heap.isBlank() ? "512m" : heap) + (options.isBlank() ? "" : " " + options.trim()),
          followed,
          followUpSeconds,
          peakHeap.get() / 1e6);
      if (followUp) {
        assertEquals(posted, followed, "cost of access followed every posting once");
      }
      assertEquals(claims, posted, "every claim was posted");
    } finally {
      server.stop();
      PayaraServer.dropDatabase(DATABASE);
    }
  }
}
