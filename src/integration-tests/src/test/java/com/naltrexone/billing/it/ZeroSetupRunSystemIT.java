package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run command on a fresh machine: the EAR on its built-in default database (embedded
 * H2, no setting at all) with demo data starts cleanly the first time. Every migration applies on
 * H2, the demo data loads, nothing SEVERE is logged, a demo user can read and a submission run
 * completes. (V14 once broke exactly this while every PostgreSQL test passed.)
 */
@SystemTest
class ZeroSetupRunSystemIT {

  private static PayaraServer server;
  private static final Pattern TIME = Pattern.compile("\\[timeMillis: (\\d+)\\]");
  private static Path logs;
  private static long started;

  @BeforeAll
  static void start() throws Exception {
    logs = Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs");
    started = System.currentTimeMillis();
    server = PayaraServer.onEmbeddedH2WithDemoData();
    server.start();
    server.deploy(new File(System.getProperty("ear.file")));
    server.awaitReady();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theApplicationStartsCleanlyOnEmbeddedH2WithDemoDataAndRunsASubmission() throws Exception {
    URL base = new URL("http://localhost:8080/billing/");
    ApiClient biller = ApiClient.as(base, "biller", "demo-password");
    HttpResponse<String> patients = biller.get("api/patients");
    assertEquals(200, patients.statusCode(), patients.body());
    assertTrue(patients.body().contains("\"mrn\""), "demo patients: " + patients.body());

    ApiClient admin = ApiClient.as(base, "admin", ApiClient.adminPassword());
    String run = SystemTests.startRun(admin);
    assertEquals("COMPLETED", SystemTests.waitForRun(admin, run, Integer.MAX_VALUE));

    List<String> severe = new ArrayList<>();
    List<String> migrated = new ArrayList<>();
    readLogSinceStart(severe, migrated);
    assertTrue(severe.isEmpty(), "SEVERE in the server log: " + severe);
    assertEquals(1, migrated.size(), "one migration report: " + migrated);
    assertTrue(migrated.get(0).contains("database billing"), migrated.get(0));
    assertTrue(
        Files.exists(
            Path.of(
                System.getProperty("payara.home"), "glassfish/domains/domain1/data/billing.mv.db")),
        "the default database is the embedded H2 file in the domain");
  }

  /**
   * The first message line of every SEVERE record, and every schema migration report, that the
   * server logged since this test started it (in any of its log files, rotated or not).
   */
  private static void readLogSinceStart(List<String> severe, List<String> migrated)
      throws Exception {
    try (Stream<Path> files = Files.list(logs)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i + 1 < lines.size(); i++) {
          Matcher time = TIME.matcher(lines.get(i));
          if (!time.find() || Long.parseLong(time.group(1)) < started) {
            continue;
          }
          String message = lines.get(i + 1).trim();
          if (lines.get(i).contains("[SEVERE]")) {
            severe.add(message);
          }
          if (message.startsWith("Schema at version")) {
            migrated.add(message);
          }
        }
      }
    }
  }
}
