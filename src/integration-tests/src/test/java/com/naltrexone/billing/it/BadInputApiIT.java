package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and careless input at the REST API (issue 9): oversized bodies (with and without a
 * Content-Length), wrong JSON types, unknown enum values, malformed JSON, SQL injection strings.
 * Each is a 400 problem+json naming what to fix, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(BadInputApiIT.class);
  }

  @ArquillianResource URL base;

  private static String patientJson(String mrn, String lastName, String extra) {
    return "{\"mrn\":\""
        + mrn
        + "\",\"firstName\":\"TEST\",\"lastName\":\""
        + lastName
        + "\",\"birthDate\":\"1990-05-01\",\"sex\":\"F\",\"address\":{\"line1\":\"1 ELM ST\","
        + "\"city\":\"SPRINGFIELD\",\"state\":\"IL\",\"zip\":\"62702\"}"
        + extra
        + "}";
  }

  private static void assertProblem(HttpResponse<String> r, String field) {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
    assertTrue(r.body().contains("\"field\":\"" + field + "\""), r.body());
    assertTrue(!r.body().contains("Exception"), "no stack trace or class name: " + r.body());
  }

  private static long total(HttpResponse<String> list) {
    var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(list.body());
    assertTrue(m.find(), list.body());
    return Long.parseLong(m.group(1));
  }

  @Test
  void oversizedBodiesAreRefusedBeforeTheyAreRead() {
    ApiClient biller = ApiClient.newUserWithRole(base, "BILLER");
    String mrn = "BIG-" + UUID.randomUUID().toString().substring(0, 8);
    char[] padding = new char[1536 * 1024]; // over the 1 MiB JSON limit
    Arrays.fill(padding, 'A');
    byte[] huge =
        patientJson(mrn, "BIG", ",\"phone\":\"" + new String(padding) + "\"")
            .getBytes(StandardCharsets.UTF_8);

    assertProblem(biller.post("api/patients", huge, "application/json", false), "body");
    assertProblem(biller.post("api/patients", huge, "application/json", true), "body");
    assertEquals(0, total(biller.get("api/patients?q=" + mrn)), "nothing was written");
  }

  @Test
  void wrongTypesUnknownEnumsAndBrokenJsonNameTheField() {
    ApiClient biller = ApiClient.newUserWithRole(base, "BILLER");
    String mrn = "TYP-" + UUID.randomUUID().toString().substring(0, 8);
    assertProblem(
        biller.post(
            "api/patients", patientJson(mrn, "TYPES", "").replace("\"1990-05-01\"", "19900501")),
        "birthDate");
    assertProblem(
        biller.post("api/patients", patientJson(mrn, "TYPES", "").replace("\"F\"", "\"Q\"")),
        "sex");
    HttpResponse<String> unit =
        ApiClient.as(base, "admin", ApiClient.adminPassword())
            .post(
                "api/payers",
                "{\"name\":\"X\",\"payerId837\":\"XX1\",\"payerId835\":\"XX1\","
                    + "\"claimFilingIndicator\":\"CI\",\"rules\":{\"ndcUnit\":\"BARRELS\"}}");
    assertEquals(400, unit.statusCode(), unit.body());
    assertTrue(unit.body().matches("(?s).*\"field\":\"[a-z.]*ndcUnit\".*"), unit.body());
    HttpResponse<String> broken = biller.post("api/patients", "{\"mrn\":");
    assertEquals(400, broken.statusCode(), broken.body());
    assertTrue(broken.body().contains("not valid JSON"), broken.body());
    assertEquals(0, total(biller.get("api/patients?q=" + mrn)), "nothing was written");
  }

  @Test
  void injectionStringsAreDataNeverCode() {
    ApiClient biller = ApiClient.newUserWithRole(base, "BILLER");
    long before = total(biller.get("api/patients"));
    String q = URLEncoder.encode("' OR '1'='1' --", StandardCharsets.UTF_8);
    HttpResponse<String> search = biller.get("api/patients?q=" + q);
    assertEquals(200, search.statusCode(), search.body());
    assertEquals(0, total(search), "the quote is searched for, not executed");

    String mrn = "INJ-" + UUID.randomUUID().toString().substring(0, 8);
    String hostile = "O''Brien'); DROP TABLE patient; --";
    HttpResponse<String> created = biller.post("api/patients", patientJson(mrn, hostile, ""));
    if (created.statusCode() == 201) {
      assertTrue(created.body().contains(hostile), "stored verbatim: " + created.body());
      assertEquals(before + 1, total(biller.get("api/patients")));
    } else {
      assertProblem(created, "lastName");
      assertEquals(before, total(biller.get("api/patients")));
    }
    assertEquals(200, biller.get("api/patients").statusCode(), "the table is still there");
  }
}
