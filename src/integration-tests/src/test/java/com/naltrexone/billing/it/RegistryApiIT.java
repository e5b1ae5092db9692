package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry's REST resources as a client sees them: roles, bad input, stale edits. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(RegistryApiIT.class);
  }

  @ArquillianResource URL base;

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

  private ApiClient admin() {
    return ApiClient.as(base, "admin", ApiClient.adminPassword());
  }

  private ApiClient userWith(String role) {
    return ApiClient.newUserWithRole(base, role);
  }

  private static String patientJson(String mrn, String extra) {
    return "{\"mrn\":\""
        + mrn
        + "\",\"firstName\":\"TEST\",\"lastName\":\"APIPATIENT\",\"birthDate\":\"1990-05-01\","
        + "\"sex\":\"M\",\"address\":{\"line1\":\"1 ELM ST\",\"city\":\"SPRINGFIELD\","
        + "\"state\":\"IL\",\"zip\":\"62702\"}"
        + extra
        + "}";
  }

  private static String first(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertTrue(m.find(), body);
    return m.group(1);
  }

  @Test
  void billerRegistersAPatientAndAStaleEditIsAConflict() {
    ApiClient biller = userWith("BILLER");
    String mrn = "API-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = biller.post("api/patients", patientJson(mrn, ""));
    assertEquals(201, created.statusCode(), created.body());
    String id = first(ID, created.body());
    String version = first(VERSION, created.body());

    HttpResponse<String> read = biller.get("api/patients/" + id);
    assertEquals(200, read.statusCode());
    assertTrue(read.body().contains("\"mrn\":\"" + mrn + "\""), read.body());

    HttpResponse<String> updated =
        biller.put(
            "api/patients/" + id,
            patientJson(mrn, ",\"phone\":\"5555550111\",\"version\":" + version));
    assertEquals(200, updated.statusCode(), updated.body());

    HttpResponse<String> stale =
        biller.put("api/patients/" + id, patientJson(mrn, ",\"version\":" + version));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("reload"), stale.body());

    HttpResponse<String> found = biller.get("api/patients?q=" + mrn);
    assertTrue(found.body().contains("\"total\":1"), found.body());
  }

  @Test
  void wrongRolesAreForbidden() {
    ApiClient pa = userWith("PA_COORDINATOR");
    assertEquals(403, pa.post("api/patients", patientJson("X-1", "")).statusCode());
    assertEquals(200, pa.get("api/payers").statusCode());
    ApiClient clinician = userWith("CLINICIAN");
    assertEquals(
        403,
        clinician
            .post(
                "api/payers",
                "{\"name\":\"X\",\"payerId837\":\"XX\",\"payerId835\":\"XX\",\"claimFilingIndicator\":\"CI\"}")
            .statusCode());
    assertEquals(
        403,
        clinician
            .post(
                "api/providers",
                "{\"kind\":\"RENDERING\",\"lastName\":\"X\",\"firstName\":\"Y\","
                    + "\"npi\":\"1497758544\",\"taxonomy\":\"2084P0800X\"}")
            .statusCode());
    assertEquals(
        403,
        clinician
            .post(
                "api/locations",
                "{\"name\":\"X\",\"placeOfService\":\"11\",\"address\":{\"line1\":\"1 A ST\","
                    + "\"city\":\"X\",\"state\":\"IL\",\"zip\":\"62701\"}}")
            .statusCode());
    assertEquals(
        403,
        pa.post("api/patients/1/coverages", "{\"payerId\":1,\"memberId\":\"M1\"}").statusCode());
    assertEquals(403, pa.post("api/prescriptions", "{}").statusCode());
    assertEquals(401, ApiClient.anonymous(base).get("api/patients").statusCode());
  }

  @Test
  void badInputNamesEachFieldAndWritesNothing() {
    ApiClient biller = userWith("BILLER");
    HttpResponse<String> bad =
        biller.post(
            "api/patients",
            "{\"mrn\":\"bad mrn!\",\"firstName\":\"\",\"birthDate\":\"2999-01-01\",\"sex\":\"X\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("\"field\":\"sex\""), bad.body());

    HttpResponse<String> invalid =
        biller.post(
            "api/patients",
            "{\"mrn\":\"bad mrn!\",\"firstName\":\"\",\"birthDate\":\"2999-01-01\",\"sex\":\"F\","
                + "\"address\":{\"line1\":\"1 ELM\",\"city\":\"X\",\"state\":\"Illinois\",\"zip\":\"1234\"}}");
    assertEquals(400, invalid.statusCode(), invalid.body());
    for (String field :
        new String[] {
          "mrn", "firstName", "lastName", "birthDate", "address.state", "address.zip"
        }) {
      assertTrue(
          invalid.body().contains("\"field\":\"" + field + "\""), field + ": " + invalid.body());
    }

    HttpResponse<String> unknownField =
        biller.post("api/patients", patientJson("UNK-1", ",\"ssn\":\"123456789\""));
    assertEquals(400, unknownField.statusCode(), unknownField.body());
    assertTrue(unknownField.body().contains("\"field\":\"ssn\""), unknownField.body());
    assertTrue(biller.get("api/patients?q=UNK-1").body().contains("\"total\":0"));
  }

  @Test
  void providerWithABadNpiCheckDigitIsRefused() {
    HttpResponse<String> r =
        admin()
            .post(
                "api/providers",
                "{\"kind\":\"RENDERING\",\"lastName\":\"DOE\",\"firstName\":\"J\","
                    + "\"npi\":\"1234567890\",\"taxonomy\":\"2084P0800X\"}");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"field\":\"npi\""), r.body());
    assertTrue(r.body().contains("check digit"), r.body());
  }
}
