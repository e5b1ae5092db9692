package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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

/**
 * A patient's way through the registry over REST, each step by the role that does it in the clinic:
 * admin sets up payer, prescriber, location and stock; the biller registers the patient and
 * coverage; the clinician prescribes and gives the injection.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryFlowApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(RegistryFlowApiIT.class);
  }

  @ArquillianResource URL base;

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private final LocalDate today = LocalDate.now();

  private ApiClient admin() {
    return ApiClient.as(base, "admin", ApiClient.adminPassword());
  }

  private ApiClient userWith(String role) {
    return ApiClient.newUserWithRole(base, role);
  }

  private static String id(HttpResponse<String> r) {
    Matcher m = ID.matcher(r.body());
    assertTrue(m.find(), r.body());
    return m.group(1);
  }

  private static HttpResponse<String> created(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.body());
    return r;
  }

  private static void badRequestNaming(HttpResponse<String> r, String field) {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"field\":\"" + field + "\""), field + " in " + r.body());
  }

  private String vivitrolId(ApiClient admin) {
    String drugs = admin.get("api/drugs").body();
    // One drug object has no nested objects; its id comes first (the superclass's fields).
    Matcher m = Pattern.compile("\"id\":(\\d+)[^{}]*\"ndc11\":\"65757030001\"").matcher(drugs);
    if (m.find()) {
      return m.group(1);
    }
    return id(
        created(
            admin.post(
                "api/drugs",
                "{\"name\":\"Vivitrol 380 mg kit\",\"form\":\"INJECTION\",\"labeledNdc\":\"65757-300-01\","
                    + "\"hcpcs\":\"J2315\",\"billingUnits\":380,\"strength\":\"380 mg\"}")));
  }

  @Test
  void aPatientFromRegistrationToTheFirstInjection() {
    ApiClient admin = admin();
    String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    String payer =
        id(
            created(
                admin.post(
                    "api/payers",
                    "{\"name\":\"FLOW PLAN\",\"payerId837\":\"FL"
                        + unique
                        + "\",\"payerId835\":\"FL"
                        + unique
                        + "\",\"claimFilingIndicator\":\"CI\",\"rules\":{"
                        + "\"paRequiredInjection\":true,\"requiresJzJw\":true,\"ndcUnit\":\"UN\","
                        + "\"timelyFilingDays\":180,\"acceptsFrequency7\":true,\"paApprovalDays\":180,"
                        + "\"paUnitLimit\":380,\"paUnitPeriodDays\":28}}")));
    String prescriber =
        id(
            created(
                admin.post(
                    "api/providers",
                    "{\"kind\":\"RENDERING\",\"lastName\":\"FLOW\",\"firstName\":\"DOC\","
                        + "\"npi\":\"1003000126\",\"taxonomy\":\"2084P0800X\"}")));
    badRequestNaming(
        admin.post(
            "api/locations",
            "{\"name\":\"X\",\"placeOfService\":\"99\",\"address\":{\"line1\":\"1 A ST\","
                + "\"city\":\"X\",\"state\":\"IL\",\"zip\":\"62701\"}}"),
        "placeOfService");
    String location =
        id(
            created(
                admin.post(
                    "api/locations",
                    "{\"name\":\"Flow Clinic\",\"placeOfService\":\"57\",\"is340b\":false,"
                        + "\"address\":{\"line1\":\"1 A ST\",\"city\":\"SPRINGFIELD\",\"state\":\"IL\","
                        + "\"zip\":\"627010000\"}}")));
    String drug = vivitrolId(admin);
    String goodLot =
        id(
            created(
                admin.post(
                    "api/drugs/" + drug + "/lots",
                    "{\"lotNumber\":\"G"
                        + unique
                        + "\",\"expiresOn\":\""
                        + today.plusMonths(8)
                        + "\",\"receivedOn\":\""
                        + today.minusDays(3)
                        + "\"}")));
    String expiredLot =
        id(
            created(
                admin.post(
                    "api/drugs/" + drug + "/lots",
                    "{\"lotNumber\":\"X"
                        + unique
                        + "\",\"expiresOn\":\""
                        + today.minusDays(2)
                        + "\",\"receivedOn\":\""
                        + today.minusYears(1)
                        + "\"}")));

    ApiClient biller = userWith("BILLER");
    String patient =
        id(
            created(
                biller.post(
                    "api/patients",
                    "{\"mrn\":\"FLOW-"
                        + unique
                        + "\",\"firstName\":\"FLO\",\"lastName\":\"TESTER\","
                        + "\"birthDate\":\"1988-08-08\",\"sex\":\"F\",\"address\":{\"line1\":\"2 B ST\","
                        + "\"city\":\"SPRINGFIELD\",\"state\":\"IL\",\"zip\":\"62702\"}}")));
    String coverage =
        "{\"payerId\":"
            + payer
            + ",\"memberId\":\"FLOW"
            + unique
            + "\",\"planType\":\"COMMERCIAL\","
            + "\"relationship\":\"18\",\"effectiveFrom\":\""
            + today.minusYears(1)
            + "\",\"cobOrder\":\"PRIMARY\"}";
    created(biller.post("api/patients/" + patient + "/coverages", coverage));
    badRequestNaming(biller.post("api/patients/" + patient + "/coverages", coverage), "cobOrder");

    ApiClient clinician = userWith("CLINICIAN");
    String rx =
        "{\"patientId\":"
            + patient
            + ",\"drugId\":"
            + drug
            + ",\"prescriberId\":"
            + prescriber
            + ",\"dose\":\"380 mg IM\",\"frequencyDays\":28,\"route\":\"BUY_AND_BILL\","
            + "\"startDate\":\""
            + today.minusDays(30)
            + "\",\"diagnosisCodes\":[%s]}";
    badRequestNaming(
        clinician.post("api/prescriptions", String.format(rx, "\"F11\", \"NOT-A-CODE\"")),
        "diagnosisCodes[1]");
    assertEquals(
        403, biller.post("api/prescriptions", String.format(rx, "\"F11.20\"")).statusCode());
    String prescription =
        id(created(clinician.post("api/prescriptions", String.format(rx, "\"F11.20\""))));

    String dose =
        "{\"prescriptionId\":"
            + prescription
            + ",\"kind\":\"INJECTION\",\"givenOn\":\""
            + today.minusDays(1)
            + "\",\"lotId\":%s,\"locationId\":"
            + location
            + ",\"site\":\"RIGHT_GLUTEAL\",\"administeredById\":"
            + prescriber
            + ",\"wasteMg\":0}";
    badRequestNaming(clinician.post("api/doses", String.format(dose, expiredLot)), "lotId");
    assertEquals(403, biller.post("api/doses", String.format(dose, goodLot)).statusCode());
    HttpResponse<String> given = created(clinician.post("api/doses", String.format(dose, goodLot)));
    assertTrue(given.body().contains("\"billable\":true"), given.body());
    assertTrue(given.body().contains("\"ndc11\":\"65757030001\""), given.body());

    HttpResponse<String> record = biller.get("api/patients/" + patient);
    assertTrue(
        record
            .body()
            .contains("\"nextVivitrolDoseDue\":\"" + today.minusDays(1).plusDays(28) + "\""),
        record.body());
    assertEquals(200, biller.get("api/patients/" + patient + "/doses").statusCode());

    HttpResponse<String> audit = admin.get("api/audit?entityType=Patient&entityId=" + patient);
    assertEquals(200, audit.statusCode(), audit.body());
    assertTrue(audit.body().contains("\"detail\":\"doses\""), audit.body());
    assertTrue(audit.body().contains("\"detail\":\"demographics\""), audit.body());
    assertEquals(403, biller.get("api/audit").statusCode());
  }
}
