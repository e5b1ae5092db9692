package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The drug catalog through its REST API on Payara and PostgreSQL: drugs (the J2315 = 380 units
 * rule, optimistic locking), effective-dated prices, lots, procedure codes, and the audit API that
 * shows the changes to administrators only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DrugCatalogIT {

  private static final String PROBLEM = "application/problem+json";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(DrugCatalogIT.class, Json.class);
  }

  @ArquillianResource URL base;

  private ApiClient admin() {
    return ApiClient.as(base, "admin", ApiClient.adminPassword());
  }

  /** A new user with one role, unique per test. */
  private ApiClient user(String role) {
    String name =
        role.toLowerCase().replace('_', '-') + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        admin()
            .post(
                "api/users",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\"long-enough-pass-1\",\"roles\":[\""
                    + role
                    + "\"]}");
    assertEquals(201, created.statusCode(), created.body());
    return ApiClient.as(base, name, "long-enough-pass-1");
  }

  /** A labeled 5-4-2 NDC no other test uses (labeler 9xxxx is not assigned to real products). */
  private static String uniqueNdc() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format("9%04d-%04d-%02d", r.nextInt(10_000), r.nextInt(10_000), r.nextInt(100));
  }

  private static String drugJson(String ndc, int units, String extra) {
    return "{\"name\":\"Vivitrol test kit\",\"form\":\"INJECTION\",\"labeledNdc\":\""
        + ndc
        + "\",\"hcpcs\":\"J2315\",\"billingUnits\":"
        + units
        + ",\"strength\":\"380 mg\""
        + extra
        + "}";
  }

  private long createDrug(ApiClient admin) {
    HttpResponse<String> created = admin.post("api/drugs", drugJson(uniqueNdc(), 380, ""));
    assertEquals(201, created.statusCode(), created.body());
    return Json.number(created.body(), "id");
  }

  @Test
  void adminCreatesReadsAndUpdatesADrug() {
    ApiClient admin = admin();
    String ndc = uniqueNdc();
    HttpResponse<String> created = admin.post("api/drugs", drugJson(ndc, 380, ""));
    assertEquals(201, created.statusCode(), created.body());
    long id = Json.number(created.body(), "id");
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/drugs/" + id));
    assertTrue(created.body().contains("\"ndc11\":\"" + ndc.replace("-", "") + "\""));

    ApiClient biller = user("BILLER");
    HttpResponse<String> one = biller.get("api/drugs/" + id);
    assertEquals(200, one.statusCode(), one.body());
    assertTrue(one.body().contains("\"billingUnits\":380"), one.body());
    assertTrue(biller.get("api/drugs").body().contains("\"id\":" + id));

    long version = Json.number(one.body(), "version");
    HttpResponse<String> updated =
        admin.put(
            "api/drugs/" + id,
            drugJson(ndc, 380, ",\"active\":false,\"version\":" + version)
                .replace("Vivitrol test kit", "Vivitrol kit (renamed)"));
    assertEquals(200, updated.statusCode(), updated.body());
    assertTrue(updated.body().contains("\"active\":false"), updated.body());
    assertTrue(updated.body().contains("Vivitrol kit (renamed)"), updated.body());
    assertEquals(version + 1, Json.number(updated.body(), "version"));
  }

  @Test
  void aStaleVersionOnPutIsA409() {
    ApiClient admin = admin();
    String ndc = uniqueNdc();
    long id = Json.number(admin.post("api/drugs", drugJson(ndc, 380, "")).body(), "id");
    long version = Json.number(admin.get("api/drugs/" + id).body(), "version");
    HttpResponse<String> first =
        admin.put(
            "api/drugs/" + id,
            drugJson(ndc, 380, ",\"version\":" + version).replace("380 mg", "380 mg kit"));
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(version + 1, Json.number(first.body(), "version"));

    HttpResponse<String> stale =
        admin.put("api/drugs/" + id, drugJson(ndc, 380, ",\"version\":" + version));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(PROBLEM, stale.headers().firstValue("Content-Type").orElse(""));

    HttpResponse<String> noVersion = admin.put("api/drugs/" + id, drugJson(ndc, 380, ""));
    assertEquals(400, noVersion.statusCode(), noVersion.body());
    assertTrue(Json.namesField(noVersion.body(), "version"), noVersion.body());
  }

  @Test
  void badDrugInputIsA400NamingTheField() {
    ApiClient admin = admin();
    HttpResponse<String> units = admin.post("api/drugs", drugJson(uniqueNdc(), 300, ""));
    assertEquals(400, units.statusCode(), units.body());
    assertEquals(PROBLEM, units.headers().firstValue("Content-Type").orElse(""));
    assertTrue(Json.namesField(units.body(), "billingUnits"), units.body());
    assertTrue(units.body().contains("380"), units.body());

    HttpResponse<String> ndc = admin.post("api/drugs", drugJson("6575730001", 380, ""));
    assertEquals(400, ndc.statusCode(), ndc.body());
    assertTrue(Json.namesField(ndc.body(), "labeledNdc"), ndc.body());

    String taken = uniqueNdc();
    assertEquals(201, admin.post("api/drugs", drugJson(taken, 380, "")).statusCode());
    HttpResponse<String> duplicate = admin.post("api/drugs", drugJson(taken, 380, ""));
    assertEquals(400, duplicate.statusCode(), duplicate.body());
    assertTrue(Json.namesField(duplicate.body(), "labeledNdc"), duplicate.body());

    HttpResponse<String> missing = admin.post("api/drugs", "{\"form\":\"INJECTION\"}");
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(Json.namesField(missing.body(), "name"), missing.body());
    assertTrue(Json.namesField(missing.body(), "labeledNdc"), missing.body());

    assertEquals(404, admin.get("api/drugs/987654321").statusCode());
  }

  @Test
  void onlyAdminEditsTheCatalogAndClinicianAlsoReceivesLots() {
    long id = createDrug(admin());
    ApiClient biller = user("BILLER");
    HttpResponse<String> forbidden = biller.post("api/drugs", drugJson(uniqueNdc(), 380, ""));
    assertEquals(403, forbidden.statusCode(), forbidden.body());
    assertEquals(PROBLEM, forbidden.headers().firstValue("Content-Type").orElse(""));
    String lot =
        "{\"lotNumber\":\"L1\",\"expiresOn\":\"2099-01-01\",\"receivedOn\":\""
            + LocalDate.now()
            + "\"}";
    assertEquals(403, biller.post("api/drugs/" + id + "/lots", lot).statusCode());
    assertEquals(
        403, user("CLINICIAN").post("api/drugs", drugJson(uniqueNdc(), 380, "")).statusCode());
    assertEquals(201, user("CLINICIAN").post("api/drugs/" + id + "/lots", lot).statusCode());
  }

  @Test
  void pricesAreEffectiveDatedAndMayNotOverlap() {
    ApiClient admin = admin();
    long id = createDrug(admin);
    String q1 =
        "{\"kind\":\"ASP_LIMIT\",\"amount\":4.25,\"perUnit\":\"HCPCS unit\","
            + "\"effectiveFrom\":\"2026-01-01\",\"effectiveTo\":\"2026-03-31\","
            + "\"source\":\"CMS ASP file 2026Q1\"}";
    HttpResponse<String> created = admin.post("api/drugs/" + id + "/prices", q1);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"amount\":4.25"), created.body());
    String q2 =
        q1.replace("4.25", "4.31")
            .replace("2026-01-01", "2026-04-01")
            .replace("2026-03-31", "2026-06-30")
            .replace("Q1", "Q2");
    assertEquals(201, admin.post("api/drugs/" + id + "/prices", q2).statusCode());
    String wac =
        "{\"kind\":\"WAC\",\"amount\":1850.00,\"perUnit\":\"kit\","
            + "\"effectiveFrom\":\"2026-02-15\",\"source\":\"wholesaler invoice 1\"}";
    assertEquals(201, admin.post("api/drugs/" + id + "/prices", wac).statusCode());

    HttpResponse<String> overlap =
        admin.post(
            "api/drugs/" + id + "/prices",
            q1.replace("2026-01-01", "2026-03-01").replace("2026-03-31", "2026-04-15"));
    assertEquals(400, overlap.statusCode(), overlap.body());
    assertTrue(Json.namesField(overlap.body(), "effectiveFrom"), overlap.body());

    HttpResponse<String> cents =
        admin.post("api/drugs/" + id + "/prices", wac.replace("1850.00", "1850.005"));
    assertEquals(400, cents.statusCode(), cents.body());
    assertTrue(Json.namesField(cents.body(), "amount"), cents.body());

    ApiClient biller = user("BILLER");
    HttpResponse<String> feb =
        biller.get("api/drugs/" + id + "/prices/current?kind=ASP_LIMIT&date=2026-02-01");
    assertEquals(200, feb.statusCode(), feb.body());
    assertTrue(feb.body().contains("\"amount\":4.25"), feb.body());
    HttpResponse<String> may =
        biller.get("api/drugs/" + id + "/prices/current?kind=ASP_LIMIT&date=2026-05-01");
    assertTrue(may.body().contains("\"amount\":4.31"), may.body());
    assertEquals(
        404,
        biller
            .get("api/drugs/" + id + "/prices/current?kind=ASP_LIMIT&date=2026-07-01")
            .statusCode());
    HttpResponse<String> badKind =
        biller.get("api/drugs/" + id + "/prices/current?kind=AWP&date=2026-02-01");
    assertEquals(400, badKind.statusCode());
    assertTrue(Json.namesField(badKind.body(), "kind"), badKind.body());

    HttpResponse<String> all = biller.get("api/drugs/" + id + "/prices");
    assertEquals(200, all.statusCode());
    assertTrue(all.body().contains("CMS ASP file 2026Q2"), all.body());
    assertEquals(403, biller.post("api/drugs/" + id + "/prices", wac).statusCode());
  }

  @Test
  void lotsAreReceivedAndListedSoonestExpiryFirst() {
    ApiClient admin = admin();
    long id = createDrug(admin);
    String today = LocalDate.now().toString();
    HttpResponse<String> later =
        admin.post(
            "api/drugs/" + id + "/lots",
            "{\"lotNumber\":\"LATE1\",\"expiresOn\":\"2099-12-31\",\"receivedOn\":\""
                + today
                + "\",\"is340b\":true}");
    assertEquals(201, later.statusCode(), later.body());
    assertTrue(later.body().contains("\"is340b\":true"), later.body());
    assertEquals(
        201,
        admin
            .post(
                "api/drugs/" + id + "/lots",
                "{\"lotNumber\":\"SOON1\",\"expiresOn\":\"2098-01-31\",\"receivedOn\":\""
                    + today
                    + "\"}")
            .statusCode());

    HttpResponse<String> backwards =
        admin.post(
            "api/drugs/" + id + "/lots",
            "{\"lotNumber\":\"BAD1\",\"expiresOn\":\"2020-01-01\",\"receivedOn\":\""
                + today
                + "\"}");
    assertEquals(400, backwards.statusCode(), backwards.body());
    assertTrue(Json.namesField(backwards.body(), "expiresOn"), backwards.body());
    HttpResponse<String> again =
        admin.post(
            "api/drugs/" + id + "/lots",
            "{\"lotNumber\":\"SOON1\",\"expiresOn\":\"2098-01-31\",\"receivedOn\":\""
                + today
                + "\"}");
    assertEquals(400, again.statusCode(), again.body());
    assertTrue(Json.namesField(again.body(), "lotNumber"), again.body());

    String lots = user("PA_COORDINATOR").get("api/drugs/" + id + "/lots").body();
    assertTrue(lots.indexOf("SOON1") >= 0 && lots.indexOf("SOON1") < lots.indexOf("LATE1"), lots);
    assertFalse(lots.contains("BAD1"), lots);
  }

  @Test
  void procedureCodesAreReferenceData() {
    HttpResponse<String> codes = user("SYSTEM").get("api/procedure-codes");
    assertEquals(200, codes.statusCode(), codes.body());
    assertTrue(codes.body().contains("\"code\":\"J2315\""), codes.body());
    assertTrue(codes.body().contains("\"code\":\"96372\""), codes.body());
    assertTrue(codes.body().contains("\"code\":\"G2073\""), codes.body());
  }

  @Test
  void auditApiShowsCatalogChangesToAdminsOnly() {
    ApiClient admin = admin();
    long id = createDrug(admin);
    HttpResponse<String> entries = admin.get("api/audit?entityType=Drug&entityId=" + id);
    assertEquals(200, entries.statusCode(), entries.body());
    assertTrue(entries.body().contains("\"action\":\"drug.created\""), entries.body());
    assertTrue(entries.body().contains("\"actor\":\"admin\""), entries.body());
    assertEquals(1, entries.body().split("\"entityId\"").length - 1, entries.body());

    HttpResponse<String> page = admin.get("api/audit?first=0&max=1");
    assertEquals(200, page.statusCode(), page.body());
    assertEquals(1, page.body().split("\"entityId\"").length - 1, page.body());
    assertEquals(200, admin.get("api/audit?max=5000").statusCode());

    HttpResponse<String> negative = admin.get("api/audit?first=-1");
    assertEquals(400, negative.statusCode(), negative.body());
    assertTrue(Json.namesField(negative.body(), "first"), negative.body());

    HttpResponse<String> forbidden = user("BILLER").get("api/audit");
    assertEquals(403, forbidden.statusCode(), forbidden.body());
  }
}
