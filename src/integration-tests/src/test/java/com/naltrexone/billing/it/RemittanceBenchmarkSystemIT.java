package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
@EnabledIfSystemProperty(named = "benchmark.remittance.claims", matches = "\\d+")
class RemittanceBenchmarkSystemIT {

  private static final String DATABASE = "billing_bench835";
  private static final Pattern HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes\\S* (\\S+)$");

  @Test
  void importOneLargeRemittance() throws Exception {
    int claims = Integer.getInteger("benchmark.remittance.claims");
    PayaraServer server = PayaraServer.onFreshDatabase(DATABASE);
    server.start();
    try {
      server.deploy(new File(System.getProperty("ear.file")));
      server.awaitReady();
      SyntheticClaims.seed(DATABASE, claims);
      String[] sent = {
        "insert into claim (id, patient_id, coverage_id, payer_id, dose_id, patient_control_number,"
            + " frequency, service_date, place_of_service, total_charge, status, created_at,"
            + " original_key, version) select nextval('registry_seq'), d.patient_id, c.id,"
            + " (select id from payer where payer_id_837 = 'CR0'), d.id,"
            + " 'BN' || lpad(cast(d.id as varchar), 10, '0'), '1', d.given_on, '57', 1665.00,"
            + " 'SENT', now(), d.id || ':' || c.id, 1 from dose d join coverage c on"
            + " c.patient_id = d.patient_id",
        "insert into claim_line (id, claim_id, line_number, procedure_code, modifiers, charge,"
            + " units, diagnosis_pointers, line_control_number) select nextval('claim_seq'), id, 1,"
            + " 'J2315', 'JZ', 1615.00, 380, '1', patient_control_number || 'L1' from claim",
        "insert into claim_line (id, claim_id, line_number, procedure_code, modifiers, charge,"
            + " units, diagnosis_pointers, line_control_number) select nextval('claim_seq'), id, 2,"
            + " '96372', null, 50.00, 1, '1', patient_control_number || 'L2' from claim"
      };
      for (String statement : sent) {
        try (Connection c = TestDatabase.connect(DATABASE);
            Statement s = c.createStatement()) {
          s.execute(statement);
        }
      }
      byte[] file = remittanceFor(claims).getBytes(StandardCharsets.US_ASCII);

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
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://localhost:8080/billing/api/remittances?fileName=b.835"))
                      .timeout(Duration.ofMinutes(10))
                      .header("Content-Type", "application/edi-x12")
                      .header("Accept", "application/json")
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      ("admin:" + ApiClient.adminPassword())
                                          .getBytes(StandardCharsets.UTF_8)))
                      .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - started) / 1e9;
      running.set(false);
      sampler.join();
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
      System.out.printf(
          "BENCHMARK835 claims=%d posted=%d MB=%.1f seconds=%.1f MB/s=%.2f claims/s=%.0f"
              + " peakHeapMB=%.0f%n",
          claims,
          posted,
          file.length / 1e6,
          seconds,
          file.length / 1e6 / seconds,
          posted / seconds,
          peakHeap.get() / 1e6);
      assertEquals(claims, posted, "every claim was posted");
    } finally {
      server.stop();
      PayaraServer.dropDatabase(DATABASE);
    }
  }

  /** One transaction set paying every seeded claim as in domain.md 3.5, with a PLB WO and L6. */
  private static String remittanceFor(int claims) throws Exception {
    List<String[]> ours = new ArrayList<>();
    try (Connection c = TestDatabase.connect(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select patient_control_number, service_date from claim order by id")) {
      while (rs.next()) {
        ours.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    assertEquals(claims, ours.size());
    Vivitrol835 payment = Vivitrol835.payment("CR0", "BENCH" + System.nanoTime());
    for (String[] claim : ours) {
      String pcn = claim[0];
      payment
          .claim(pcn, "1", "1665", "1284", "321", "ICN" + pcn, LocalDate.parse(claim[1]))
          .line(
              "J2315:JZ",
              "1615",
              "1246.8",
              "380",
              pcn + "L1",
              "1558.5",
              List.of("CO*45*56.5", "PR*2*311.7"))
          .line("96372", "50", "37.2", "1", pcn + "L2", "46.5", List.of("CO*45*3.5", "PR*2*9.3"));
    }
    payment.plb("WO", "", "10").plb("L6", "", "-1");
    return Vivitrol835.file(123456789L, payment);
  }
}
