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

  @Test
  void importOneLargeRemittance() throws Exception {
    int claims = Integer.getInteger("benchmark.remittance.claims");
    PayaraServer server = PayaraServer.onFreshDatabase(DATABASE);
    String heap = System.getProperty("benchmark.remittance.xmx", "");
    if (!heap.isBlank()) {
      server.maxHeap(heap);
    }
    server.start();
    try {
      server.deploy(new File(System.getProperty("ear.file")));
      server.awaitReady();
      SyntheticClaims.seed(DATABASE, claims);
      SyntheticClaims.sent(DATABASE, "(select id from payer where payer_id_837 = 'CR0')");
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
        posted = rs.getLong(1);
      }
      // Cost of access follows the postings after the import's commit: time it until done.
      long followed = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
      while (followed < posted && System.nanoTime() < deadline) {
        Thread.sleep(500);
        try (Connection c = TestDatabase.connect(DATABASE);
            Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select count(*) from dose_cost")) {
          rs.next();
          followed = rs.getLong(1);
        }
      }
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
          heap.isBlank() ? "512m" : heap,
          followed,
          followUpSeconds,
          peakHeap.get() / 1e6);
      assertEquals(posted, followed, "cost of access followed every posting once");
      assertEquals(claims, posted, "every claim was posted");
    } finally {
      server.stop();
      PayaraServer.dropDatabase(DATABASE);
    }
  }
}
