package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 9's load benchmark (not a timed test: it asserts only that no request got an HTTP error).
 * Run with {@code -Dbenchmark.load.claims=1000000}: seeds that many claims straight into PostgreSQL
 * (ten doses per synthetic patient; 2 % HELD with a scrubber finding, 2 % REJECTED, 4 % READY, the
 * rest SENT or PAID), then drives the biller's HELD worklist with wrk (Debian's package) on
 * loopback, 50 connections for {@code benchmark.load.seconds} (default 30) each, after a 10 s
 * warm-up of each that is not measured, twice:
 *
 * <ul>
 *   <li>as 50 users: each connection waits {@code benchmark.load.think-ms} (default 1000) between
 *       its requests, as a person reading the page before the next click;
 *   <li>saturated: no wait at all, to show the throughput ceiling of this machine.
 * </ul>
 *
 * Each time for the API, {@code GET /billing/api/claims?status=HELD&max=50&first=..} (HTTP Basic,
 * pages spread over the whole queue), and for the page, {@code GET
 * /billing/claims/list.xhtml?status=HELD} with the session cookies of 50 form logins, one per user.
 * It prints p50/p95/p99 latency and requests/s (a wrk Lua script reports p95, which wrk itself does
 * not). {@code -Dbenchmark.load.keep=true} leaves the server and the database for a closer look.
 * Figures and the command: docs/benchmarks.md.
 */
@SystemTest
@EnabledIfSystemProperty(named = "benchmark.load.claims", matches = "\\d+")
class WorklistLoadSystemIT {

  private static final String DATABASE = "billing_load";
  private static final int USERS = 50;

  @Test
  void theWorklistAnswersFiftyUsers() throws Exception {
    int claims = Integer.getInteger("benchmark.load.claims");
    int seconds = Integer.getInteger("benchmark.load.seconds", 30);
    PayaraServer server = PayaraServer.runningOnFreshDatabase(DATABASE);
    try {
      long seeding = System.nanoTime();
      seed(claims);
      System.out.printf(
          "LOAD seeded %d claims in %.0f s%n",
          count("select count(*) from claim"), (System.nanoTime() - seeding) / 1e9);
      long held = count("select count(*) from claim where status = 'HELD'");

      int think = Integer.getInteger("benchmark.load.think-ms", 1000);
      List<String> cookies = new ArrayList<>();
      for (int i = 0; i < USERS; i++) {
        cookies.add(login());
      }
      // Warm-up (10 s each, not measured): a freshly started server compiles its hot paths first.
      wrk(
          script(held, 0, List.of()),
          10,
          "Authorization: Basic " + SystemTests.adminCredentials(),
          "http://127.0.0.1:8080/billing/api/claims?status=HELD&max=50&first=%d");
      wrk(
          script(held, 0, cookies),
          10,
          "Accept: text/html",
          "http://127.0.0.1:8080/billing/claims/list.xhtml?status=HELD");
      List<String> results = new ArrayList<>();
      for (int thinkMs : new int[] {think, 0}) {
        String api =
            wrk(
                script(held, thinkMs, List.of()),
                seconds,
                "Authorization: Basic " + SystemTests.adminCredentials(),
                "http://127.0.0.1:8080/billing/api/claims?status=HELD&max=50&first=%d");
        System.out.println("LOAD api think=" + thinkMs + "ms " + api);
        String page =
            wrk(
                script(held, thinkMs, cookies),
                seconds,
                "Accept: text/html",
                "http://127.0.0.1:8080/billing/claims/list.xhtml?status=HELD");
        System.out.println("LOAD page think=" + thinkMs + "ms " + page);
        results.add(api);
        results.add(page);
      }
      for (String result : results) {
        assertTrue(result.contains(" errors=0 non2xx=0 "), "every request answered 2xx: " + result);
      }
    } finally {
      if (Boolean.getBoolean("benchmark.load.keep")) {
        System.out.println(
            "LOAD kept: the server runs on database " + DATABASE + "; stop it and drop it by hand");
      } else {
        server.stop();
        PayaraServer.dropDatabase(DATABASE);
      }
    }
  }

  /**
   * The wrk script: each request asks for another page of the queue ({@code %d} in the URL), each
   * connection (a user) waits {@code thinkMs} between its requests, and with session cookies each
   * request carries one of them in turn (users of their own sessions). It prints p50/p95/p99.
   */
  private static Path script(long held, int thinkMs, List<String> cookies) throws Exception {
    StringBuilder lua = new StringBuilder("counter = 0\ncookies = {");
    for (String c : cookies) {
      lua.append("\"JSESSIONID=").append(c).append("\",");
    }
    lua.append("}\n")
        .append(
            """
            request = function()
              counter = counter + 1
              local path = string.format(wrk.path, (counter * 50) %% %d)
              if #cookies == 0 then
                return wrk.format("GET", path)
              end
              local headers = {}
              for k, v in pairs(wrk.headers) do headers[k] = v end
              headers["Cookie"] = cookies[(counter %% #cookies) + 1]
              return wrk.format("GET", path, headers)
            end
            delay = function()
              return %d
            end
            done = function(summary, latency, requests)
              io.write(string.format("LOADRESULT p50=%%.1fms p95=%%.1fms p99=%%.1fms max=%%.1fms"
                .. " requests=%%d errors=%%d non2xx=%%d rps=%%.1f\\n",
                latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
                summary.errors.connect + summary.errors.read + summary.errors.write
                  + summary.errors.timeout, summary.errors.status,
                summary.requests / (summary.duration / 1e6)))
            end
            """
                .formatted(Math.max(held, 1), thinkMs));
    Path script = Files.createTempFile("worklist", ".lua");
    Files.writeString(script, lua.toString());
    return script;
  }

  /** Runs wrk (4 threads, 50 connections) and returns its LOADRESULT line. */
  private static String wrk(Path script, int seconds, String header, String url) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t4",
                "-c50",
                "-d" + seconds + "s",
                "--timeout",
                "30s",
                "-H",
                header,
                "-s",
                script.toString(),
                url));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    System.out.println(out);
    Matcher m = Pattern.compile("LOADRESULT .*").matcher(out);
    assertTrue(m.find(), out);
    return m.group();
  }

  /** An administrator's form login; returns the session id. */
  private static String login() throws Exception {
    return ApiClient.formLogin(
        new java.net.URL("http://127.0.0.1:8080/billing/"), "admin", ApiClient.adminPassword());
  }

  /** {@code claims} claims: a tenth as many patients, ten doses each, two lines a claim. */
  private static void seed(int claims) throws Exception {
    SyntheticClaims.seed(DATABASE, Math.max(1, claims / 10));
    sql(
        "insert into dose (id, patient_id, prescription_id, location_id, kind, given_on, lot_id,"
            + " ndc11, site, administered_by, waste_mg, route, billable, version)"
            + " select nextval('registry_seq'), rx.patient_id, rx.id, l.id, 'INJECTION',"
            + " current_date - 2 - 28 * k, lot.id, '65757030001', 'LEFT_GLUTEAL',"
            + " rx.prescriber_id, 0, 'BUY_AND_BILL', true, 1 from prescription rx, location l,"
            + " drug_lot lot, generate_series(1, 9) k");
    SyntheticClaims.sent(DATABASE, "c.payer_id");
    sql(
        "update claim set status = case when (id / 50) % 50 = 0 then 'HELD' when (id / 50) % 50 = 1 then"
            + " 'REJECTED' when (id / 50) % 50 < 4 then 'READY' when (id / 50) % 50 < 30 then 'PAID'"
            + " else 'SENT' end");
    sql(
        "insert into claim_finding (id, claim_id, code, severity, message, found_at)"
            + " select nextval('claim_seq'), id, 'DX_INVALID', 'ERROR',"
            + " 'Diagnosis FF1.20 is not a valid ICD-10-CM code.', now() from claim"
            + " where status = 'HELD'");
    sql("vacuum analyze");
  }

  private static void sql(String statement) throws Exception {
    SystemTests.sql(DATABASE, statement);
  }

  private static long count(String query) throws Exception {
    return SystemTests.count(DATABASE, query);
  }
}
