package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.consent.boundary.ConsentData;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.boundary.RevocationData;
import com.naltrexone.billing.consent.entity.ConsentPurpose;
import com.naltrexone.billing.consent.entity.ConsentScope;
import com.naltrexone.billing.consent.entity.DisclosureKind;
import com.naltrexone.billing.consent.entity.DisclosureLogEntry;
import com.naltrexone.billing.consent.entity.Part2Consent;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 42 CFR Part 2 on Payara and PostgreSQL: consents are recorded and revoked over REST, the
 * disclosure check follows them, and {@code recordDisclosure} logs exactly one row under the
 * consent that allowed it, or refuses and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class Part2ConsentIT {

  private static final String PROBLEM = "application/problem+json";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(Part2ConsentIT.class, SqlSeed.class, Json.class);
  }

  @EJB Part2Consents consents;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  // ---- in the container: the boundary used by the outbound features ----

  @Test
  void recordDisclosureWritesExactlyOneLogRowCitingTheConsent() throws Exception {
    long patient = seedPatient();
    long payer = seedPayer();
    Part2Consent consent =
        consents.record(
            patient,
            new ConsentData(
                ConsentScope.PAYER,
                payer,
                ConsentPurpose.PAYMENT,
                LocalDate.now().minusDays(10),
                LocalDate.now().plusYears(1)));

    DisclosureLogEntry entry =
        consents.recordDisclosure(patient, payer, DisclosureKind.CLAIM_837, "PCN000123");

    assertEquals(consent.getId(), entry.getConsentId());
    assertEquals(1, rows("select count(*) from disclosure_log where patient_id = ?", patient));
    assertEquals(
        1,
        rows(
            "select count(*) from disclosure_log where patient_id = ? and consent_id = "
                + consent.getId()
                + " and what = 'CLAIM_837' and reference = 'PCN000123'",
            patient));
    List<DisclosureLogEntry> log = consents.disclosures(patient);
    assertEquals(1, log.size());
    assertEquals("system", log.get(0).getActor());
  }

  @Test
  void disclosureWithoutAConsentInForceIsRefusedAndNothingIsLogged() throws Exception {
    long patient = seedPatient();
    long payer = seedPayer();
    long otherPayer = seedPayer();
    consents.record(
        patient,
        new ConsentData(
            ConsentScope.PAYER,
            otherPayer,
            ConsentPurpose.TPO,
            LocalDate.now().minusDays(10),
            null));

    BusinessRuleException refused =
        assertThrows(
            BusinessRuleException.class,
            () -> consents.recordDisclosure(patient, payer, DisclosureKind.PA_PACKET, "PKT-1"));
    assertEquals("payerId", refused.violations().get(0).field());
    assertTrue(refused.getMessage().contains("no Part 2 consent on file for this payer"));

    Part2Consent all =
        consents.record(
            patient,
            new ConsentData(
                ConsentScope.ALL_PAYERS,
                null,
                ConsentPurpose.TPO,
                LocalDate.now().minusDays(5),
                null));
    consents.revoke(patient, all.getId(), new RevocationData(LocalDate.now()));
    BusinessRuleException revoked =
        assertThrows(
            BusinessRuleException.class,
            () ->
                consents.recordDisclosure(
                    patient, payer, DisclosureKind.ELIGIBILITY_270, "ISA000000001"));
    assertTrue(revoked.getMessage().contains("was revoked on " + LocalDate.now()));

    assertEquals(0, rows("select count(*) from disclosure_log where patient_id = ?", patient));
    consents.recordDisclosure(patient, otherPayer, DisclosureKind.PA_PACKET, "PKT-2");
    assertEquals(1, rows("select count(*) from disclosure_log where patient_id = ?", patient));
  }

  @Test
  void consentRulesNameTheField() throws Exception {
    long patient = seedPatient();
    long payer = seedPayer();
    LocalDate today = LocalDate.now();
    assertEquals(
        "payerId",
        field(
            () ->
                consents.record(
                    patient,
                    new ConsentData(
                        ConsentScope.PAYER, null, ConsentPurpose.PAYMENT, today, null))));
    assertEquals(
        "payerId",
        field(
            () ->
                consents.record(
                    patient,
                    new ConsentData(
                        ConsentScope.ALL_PAYERS, payer, ConsentPurpose.PAYMENT, today, null))));
    assertEquals(
        "signedOn",
        field(
            () ->
                consents.record(
                    patient,
                    new ConsentData(
                        ConsentScope.ALL_PAYERS,
                        null,
                        ConsentPurpose.PAYMENT,
                        today.plusDays(1),
                        null))));
    assertEquals(
        "expiresOn",
        field(
            () ->
                consents.record(
                    patient,
                    new ConsentData(
                        ConsentScope.ALL_PAYERS, null, ConsentPurpose.PAYMENT, today, today))));
    assertEquals(
        "scope",
        field(
            () ->
                consents.record(
                    patient, new ConsentData(null, null, ConsentPurpose.PAYMENT, today, null))));
    assertTrue(consents.forPatient(patient).isEmpty());
  }

  // ---- over REST, as the people who use it ----

  @Test
  @RunAsClient
  void recordCheckRevokeCheck(@ArquillianResource URL base) {
    long patient = SqlSeed.patient();
    long payer = SqlSeed.payer();
    ApiClient biller = user(base, "BILLER");
    LocalDate today = LocalDate.now();

    HttpResponse<String> recorded =
        biller.post(
            "api/patients/" + patient + "/consents",
            "{\"scope\":\"PAYER\",\"payerId\":"
                + payer
                + ",\"purpose\":\"TPO\",\"signedOn\":\""
                + today.minusDays(30)
                + "\"}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    long consent = Json.number(recorded.body(), "id");
    assertTrue(recorded.body().contains("\"payerId\":" + payer), recorded.body());
    assertTrue(
        biller.get("api/patients/" + patient + "/consents").body().contains("\"id\":" + consent));

    String check = "api/patients/" + patient + "/disclosure-check?payerId=" + payer;
    HttpResponse<String> allowed = biller.get(check + "&date=" + today);
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertTrue(allowed.body().contains("\"allowed\":true"), allowed.body());
    assertEquals(consent, Json.number(allowed.body(), "consentId"));

    HttpResponse<String> revoked =
        user(base, "CLINICIAN")
            .post(
                "api/patients/" + patient + "/consents/" + consent + "/revocation",
                "{\"revokedOn\":\"" + today + "\"}");
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertTrue(revoked.body().contains("\"revokedOn\":\"" + today + "\""), revoked.body());

    HttpResponse<String> refused = biller.get(check);
    assertEquals(200, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"allowed\":false"), refused.body());
    assertTrue(
        refused.body().contains("consent " + consent + " was revoked on " + today), refused.body());
    assertTrue(
        biller.get(check + "&date=" + today.minusDays(1)).body().contains("\"allowed\":true"),
        "the day before the revocation stays allowed");

    HttpResponse<String> twice =
        biller.post(
            "api/patients/" + patient + "/consents/" + consent + "/revocation",
            "{\"revokedOn\":\"" + today + "\"}");
    assertEquals(409, twice.statusCode(), twice.body());
  }

  @Test
  @RunAsClient
  void badConsentInputIsA400NamingTheField(@ArquillianResource URL base) {
    long patient = SqlSeed.patient();
    ApiClient biller = user(base, "PA_COORDINATOR");
    String path = "api/patients/" + patient + "/consents";

    HttpResponse<String> noPayer =
        biller.post(
            path, "{\"scope\":\"PAYER\",\"purpose\":\"PAYMENT\",\"signedOn\":\"2026-01-01\"}");
    assertEquals(400, noPayer.statusCode(), noPayer.body());
    assertEquals(PROBLEM, noPayer.headers().firstValue("Content-Type").orElse(""));
    assertTrue(Json.namesField(noPayer.body(), "payerId"), noPayer.body());

    HttpResponse<String> missing = biller.post(path, "{\"scope\":\"ALL_PAYERS\"}");
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(Json.namesField(missing.body(), "purpose"), missing.body());
    assertTrue(Json.namesField(missing.body(), "signedOn"), missing.body());

    HttpResponse<String> future =
        biller.post(
            path,
            "{\"scope\":\"ALL_PAYERS\",\"purpose\":\"TPO\",\"signedOn\":\""
                + LocalDate.now().plusDays(3)
                + "\"}");
    assertEquals(400, future.statusCode(), future.body());
    assertTrue(Json.namesField(future.body(), "signedOn"), future.body());

    HttpResponse<String> badScope =
        biller.post(
            path, "{\"scope\":\"EVERYONE\",\"purpose\":\"TPO\",\"signedOn\":\"2026-01-01\"}");
    assertEquals(400, badScope.statusCode(), badScope.body());
    assertTrue(badScope.body().contains("ALL_PAYERS"), badScope.body());

    HttpResponse<String> noPayerToCheck =
        biller.get("api/patients/" + patient + "/disclosure-check");
    assertEquals(400, noPayerToCheck.statusCode(), noPayerToCheck.body());
    assertTrue(Json.namesField(noPayerToCheck.body(), "payerId"), noPayerToCheck.body());

    assertEquals(404, biller.get("api/patients/987654321/consents").statusCode());
  }

  @Test
  @RunAsClient
  void systemReadsButMayNotRecordOrRevoke(@ArquillianResource URL base) {
    long patient = SqlSeed.patient();
    ApiClient system = user(base, "SYSTEM");
    HttpResponse<String> forbidden =
        system.post(
            "api/patients/" + patient + "/consents",
            "{\"scope\":\"ALL_PAYERS\",\"purpose\":\"TPO\",\"signedOn\":\"2026-01-01\"}");
    assertEquals(403, forbidden.statusCode(), forbidden.body());
    assertEquals(PROBLEM, forbidden.headers().firstValue("Content-Type").orElse(""));
    assertEquals(200, system.get("api/patients/" + patient + "/consents").statusCode());
    assertEquals(200, system.get("api/patients/" + patient + "/disclosures").statusCode());
  }

  @Test
  @RunAsClient
  void disclosureLogIsListedNewestFirst(@ArquillianResource URL base) {
    long patient = SqlSeed.patient();
    long payer = SqlSeed.payer();
    ApiClient admin = ApiClient.as(base, "admin", ApiClient.adminPassword());
    long consent =
        Json.number(
            admin
                .post(
                    "api/patients/" + patient + "/consents",
                    "{\"scope\":\"ALL_PAYERS\",\"purpose\":\"TPO\",\"signedOn\":\"2026-01-01\"}")
                .body(),
            "id");
    SqlSeed.disclosure(patient, payer, consent, "PCN-OLD", "2026-01-02 10:00:00");
    SqlSeed.disclosure(patient, payer, consent, "PCN-NEW", "2026-01-03 10:00:00");

    HttpResponse<String> log = user(base, "BILLER").get("api/patients/" + patient + "/disclosures");
    assertEquals(200, log.statusCode(), log.body());
    assertTrue(log.body().indexOf("PCN-NEW") < log.body().indexOf("PCN-OLD"), log.body());
    assertTrue(log.body().contains("\"consentId\":" + consent), log.body());
    assertFalse(log.body().contains("Patient"), "no patient details in the log: " + log.body());
  }

  private static ApiClient user(URL base, String role) {
    String name =
        role.toLowerCase().replace('_', '-') + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        ApiClient.as(base, "admin", ApiClient.adminPassword())
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

  private long seedPatient() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return SqlSeed.patient(c);
    }
  }

  private long seedPayer() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return SqlSeed.payer(c);
    }
  }

  private static String field(Runnable call) {
    BusinessRuleException e = assertThrows(BusinessRuleException.class, call::run);
    return e.violations().get(0).field();
  }

  private long rows(String sql, long patient) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, patient);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
