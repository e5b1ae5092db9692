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
    sql("postgres", "drop database if exists " + DATABASE + " with (force)");
    sql("postgres", "create database " + DATABASE);
    Map<String, String> env = new HashMap<>();
    env.put(
        "BILLING_DB_URL",
        "jdbc:postgresql://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/"
            + DATABASE);
    env.put("BILLING_DB_USER", System.getProperty("it.db.admin-user"));
    env.put("BILLING_DB_PASSWORD", System.getProperty("it.db.password"));
    env.put("BILLING_ADMIN_INITIAL_PASSWORD", ApiClient.adminPassword());
    env.put("BILLING_DEMO_DATA", "false");
    env.put("BILLING_SUBMISSION_ENABLED", "false");
    env.put("BILLING_INBOUND_POLL", "false");
    server = new PayaraServer(env);
    server.start();
    server.deploy(new File(System.getProperty("ear.file")));
    server.awaitReady();
    admin =
        ApiClient.as(new URL("http://localhost:8080/billing/"), "admin", ApiClient.adminPassword());
    seed();
  }

  @AfterAll
  static void stopAndDrop() throws Exception {
    if (server != null) {
      server.stop();
    }
    sql("postgres", "drop database if exists " + DATABASE + " with (force)");
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

  /** Reference data and CLAIMS covered, consenting patients with one injection each, in SQL. */
  private static void seed() throws Exception {
    String[] statements = {
      "insert into payer (id, name, payer_id_837, payer_id_835, claim_filing_indicator,"
          + " pa_required_injection, pa_required_oral, requires_jz_jw, ndc_unit, timely_filing_days,"
          + " accepts_frequency_7, pa_approval_days, pa_unit_limit, pa_unit_period_days, version)"
          + " select nextval('registry_seq'), 'CRASH PLAN ' || g, 'CR' || g, 'CR' || g, 'CI',"
          + " false, false, true, 'UN', 365, true, 180, 380, 28, 1 from generate_series(0, 3) g",
      "insert into provider (id, kind, organization, npi, tin, taxonomy, address_line1, city,"
          + " state, zip, version) values (nextval('registry_seq'), 'BILLING',"
          + " 'EXAMPLE RECOVERY CLINIC', '1234567893', '123456789', '261QR0405X', '100 MAIN ST',"
          + " 'SPRINGFIELD', 'IL', '627010000', 1)",
      "insert into provider (id, kind, last_name, first_name, npi, taxonomy, version) values"
          + " (nextval('registry_seq'), 'RENDERING', 'SMITH', 'ALEX', '1497758544', '2084P0800X', 1)",
      "insert into location (id, name, place_of_service, is_340b, address_line1, city, state, zip,"
          + " version) values (nextval('registry_seq'), 'Crash clinic', '57', false,"
          + " '100 MAIN ST', 'SPRINGFIELD', 'IL', '627010000', 1)",
      "insert into drug (id, name, form, ndc11, labeled_ndc, hcpcs, billing_units, strength,"
          + " active, version) values (nextval('registry_seq'), 'Vivitrol 380 mg kit', 'INJECTION',"
          + " '65757030001', '65757-300-01', 'J2315', 380, '380 mg', true, 1)",
      "insert into drug_lot (id, drug_id, lot_number, expires_on, received_on, is_340b, version)"
          + " select nextval('registry_seq'), id, 'CRASH1', current_date + 300, current_date - 10,"
          + " false, 1 from drug",
      "insert into fee_schedule (id, code, amount_per_unit, effective_from, source) values"
          + " (nextval('claim_seq'), 'J2315', 4.25, date '2020-01-01', 'crash test'),"
          + " (nextval('claim_seq'), '96372', 50.00, date '2020-01-01', 'crash test')",
      "insert into patient (id, mrn, first_name, last_name, birth_date, sex, address_line1, city,"
          + " state, zip, version) select nextval('registry_seq'), 'CRASH-' || g, 'TEST', 'CRASH',"
          + " date '1980-01-01', 'F', '1 ELM ST', 'SPRINGFIELD', 'IL', '62702', 1"
          + " from generate_series(1, "
          + CLAIMS
          + ") g",
      "insert into coverage (id, patient_id, payer_id, member_id, plan_type, relationship,"
          + " effective_from, cob_order, version) select nextval('registry_seq'), p.id, y.id,"
          + " 'M' || p.id, 'COMMERCIAL', '18', current_date - 365, 'PRIMARY', 1 from patient p"
          + " join payer y on y.payer_id_837 = 'CR' || (cast(substring(p.mrn from 7) as integer) % 4)",
      "insert into part2_consent (id, patient_id, scope, purpose, signed_on, version)"
          + " select nextval('registry_seq'), id, 'ALL_PAYERS', 'PAYMENT', current_date - 30, 1"
          + " from patient",
      "insert into prescription (id, patient_id, drug_id, prescriber_id, dose, frequency_days,"
          + " route, start_date, version) select nextval('registry_seq'), p.id, d.id, r.id,"
          + " '380 mg IM', 28, 'BUY_AND_BILL', current_date - 60, 1 from patient p, drug d,"
          + " provider r where r.kind = 'RENDERING'",
      "insert into prescription_diagnosis (prescription_id, position, code)"
          + " select id, 0, 'F11.20' from prescription",
      "insert into dose (id, patient_id, prescription_id, location_id, kind, given_on, lot_id,"
          + " ndc11, site, administered_by, waste_mg, route, billable, version)"
          + " select nextval('registry_seq'), rx.patient_id, rx.id, l.id, 'INJECTION',"
          + " current_date - 2, lot.id, '65757030001', 'LEFT_GLUTEAL', rx.prescriber_id, 0,"
          + " 'BUY_AND_BILL', true, 1 from prescription rx, location l, drug_lot lot"
    };
    for (String statement : statements) {
      sql(DATABASE, statement);
    }
    assertEquals(CLAIMS, count("select count(*) from dose"));
  }
}
