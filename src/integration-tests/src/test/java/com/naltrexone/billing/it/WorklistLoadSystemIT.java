package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Issue 9's load benchmark (not a timed test: it asserts only that every request succeeded). Run
 * with {@code -Dbenchmark.load.claims=1000000}: seeds that many claims straight into PostgreSQL
 * (ten doses per synthetic patient; 2 % HELD with a scrubber finding, 2 % REJECTED, 4 % READY, the
 * rest SENT or PAID), then drives the biller's claim worklist with wrk (Debian's package) on
 * loopback, 50 connections for {@code benchmark.load.seconds} (default 30) each:
 *
 * <ul>
 *   <li>the API, {@code GET /billing/api/claims?status=HELD&first=..} (HTTP Basic), pages spread
 *       over the whole queue;
 *   <li>the page, {@code GET /billing/claims/list.xhtml?status=HELD} as a logged-in biller (the
 *       session cookie of a form login).
 * </ul>
 *
 * It prints p50/p95/p99 latency and requests/s for each (a wrk Lua script reports p95, which wrk
 * itself does not). Figures and the command: docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "benchmark.load.claims", matches = "\\d+")
class WorklistLoadSystemIT {

  private static final String DATABASE = "billing_load";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

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

      Path script = Files.createTempFile("worklist", ".lua");
      Files.writeString(
          script,
          """
          counter = 0
          request = function()
            counter = counter + 1
            local first = (counter * 50) %% %d
            return wrk.format("GET", string.format(wrk.path, first))
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
              .formatted(Math.max(held, 1)));
      String basic = "Authorization: Basic " + SystemTests.adminCredentials();
      String api =
          wrk(
              script,
              seconds,
              basic,
              "http://127.0.0.1:8080/billing/api/claims?status=HELD&max=50&first=%d");
      System.out.println("LOAD api " + api);

      String cookie = "Cookie: JSESSIONID=" + login();
      Path pageScript = Files.createTempFile("page", ".lua");
      Files.writeString(
          pageScript,
          Files.readString(script).replace("string.format(wrk.path, first)", "wrk.path"));
      String page =
          wrk(
              pageScript,
              seconds,
              cookie,
              "http://127.0.0.1:8080/billing/claims/list.xhtml?status=HELD");
      System.out.println("LOAD page " + page);
      for (String result : List.of(api, page)) {
        assertTrue(result.contains(" errors=0 non2xx=0 "), result);
      }
    } finally {
      server.stop();
      PayaraServer.dropDatabase(DATABASE);
    }
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
                "10s",
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

  /** A biller's form login; returns the session id. */
  private static String login() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String form =
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/billing/login.xhtml"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state = VIEW_STATE.matcher(form);
    assertTrue(state.find(), form);
    String body =
        "login=login&login%3Ausername=admin&login%3Apassword="
            + URLEncoder.encode(ApiClient.adminPassword(), StandardCharsets.UTF_8)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/billing/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> list =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:8080/billing/claims/list.xhtml?status=HELD"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(list.body().contains("DX_INVALID") || list.body().contains("HELD"), list.body());
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .findFirst()
        .orElseThrow()
        .getValue();
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
        "update claim set status = case when id % 50 = 0 then 'HELD' when id % 50 = 1 then"
            + " 'REJECTED' when id % 50 < 4 then 'READY' when id % 50 < 30 then 'PAID'"
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
