package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prior authorization over REST on Payara and PostgreSQL, each step by the role that does it: the
 * registry part (payer, covered patient, prescription, an injection yesterday, a consent) is seeded
 * through the boundaries inside the server; everything after goes through /api/authorizations as a
 * PA coordinator, a clinician and an admin would call it.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationsIT {

  private static final String PDF = "application/pdf";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(
        AuthorizationsIT.class, CatalogSeed.class, ClaimScenario.class, Json.class);
  }

  @EJB ClaimScenario scenario;
  @EJB Coverages coverages;
  @EJB com.naltrexone.billing.authorizations.boundary.Authorizations authorizations;

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();

  private String request(Dose dose) {
    long patient = dose.getPatientId();
    return "{\"patientId\":"
        + patient
        + ",\"coverageId\":"
        + coverages.of(patient).get(0).getId()
        + ",\"prescriptionId\":"
        + dose.getPrescriptionId()
        + ",\"benefit\":\"MEDICAL\",\"channel\":\"FAX\"}";
  }

  @Test
  void requestSubmitApproveEvidencePacketAndDisclosure() throws Exception {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    long patient = dose.getPatientId();
    ApiClient pa = ApiClient.newUserWithRole(ApiClient.application(base), "PA_COORDINATOR");
    ApiClient clinician = ApiClient.newUserWithRole(ApiClient.application(base), "CLINICIAN");
    ApiClient admin = ApiClient.as(ApiClient.application(base), "admin", ApiClient.adminPassword());

    // the dose given yesterday has no authorization: the queue shows it before any claim is built
    String queue = pa.get("api/authorizations/alerts").body();
    assertTrue(
        queue.contains("\"doseId\":" + dose.getId() + ",")
            && queue.contains("DOSE_WITHOUT_AUTHORIZATION"),
        queue);

    assertEquals(403, clinician.post("api/authorizations", request(dose)).statusCode());
    HttpResponse<String> created = pa.post("api/authorizations", request(dose));
    assertEquals(201, created.statusCode(), created.body());
    long id = Json.number(created.body(), "id");
    assertTrue(created.body().contains("\"status\":\"DRAFT\""), created.body());
    assertTrue(created.body().contains("\"drugCode\":\"J2315\""), created.body());
    String path = "api/authorizations/" + id;

    // illegal moves are a 400 naming status; a stale version is a 409
    long version = Json.number(created.body(), "version");
    HttpResponse<String> appeal =
        pa.post(path + "/status", "{\"status\":\"APPEALED\",\"version\":" + version + "}");
    assertEquals(400, appeal.statusCode(), appeal.body());
    assertTrue(Json.namesField(appeal.body(), "status"), appeal.body());
    assertTrue(appeal.body().contains("is DRAFT"), appeal.body());
    HttpResponse<String> approveByStatus =
        pa.post(path + "/status", "{\"status\":\"APPROVED\",\"version\":" + version + "}");
    assertEquals(400, approveByStatus.statusCode(), approveByStatus.body());
    assertTrue(approveByStatus.body().contains("/decision"), approveByStatus.body());
    assertEquals(
        409,
        pa.post(path + "/status", "{\"status\":\"SUBMITTED\",\"version\":" + (version + 5) + "}")
            .statusCode());

    HttpResponse<String> submitted =
        pa.post(
            path + "/status",
            "{\"status\":\"SUBMITTED\",\"note\":\"faxed\",\"version\":" + version + "}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertTrue(submitted.body().contains("\"submittedOn\":\"" + today + "\""), submitted.body());
    version = Json.number(submitted.body(), "version");

    HttpResponse<String> noNumber =
        pa.post(
            path + "/decision",
            "{\"decision\":\"APPROVED\",\"approvedFrom\":\""
                + today.minusDays(10)
                + "\",\"approvedTo\":\""
                + today.plusDays(170)
                + "\",\"unitsPerPeriod\":380,\"periodDays\":28,\"version\":"
                + version
                + "}");
    assertEquals(400, noNumber.statusCode(), noNumber.body());
    assertTrue(Json.namesField(noNumber.body(), "authNumber"), noNumber.body());
    HttpResponse<String> approved =
        pa.post(
            path + "/decision",
            "{\"decision\":\"APPROVED\",\"authNumber\":\"PA-IT-"
                + id
                + "\",\"approvedFrom\":\""
                + today.minusDays(10)
                + "\",\"approvedTo\":\""
                + today.plusDays(170)
                + "\",\"approvedDoses\":6,\"unitsPerPeriod\":380,\"periodDays\":28,\"version\":"
                + version
                + "}");
    assertEquals(200, approved.statusCode(), approved.body());

    // evidence: the clinician records a negative UDS, a lab report PDF for LFT, and a note
    // that must never leave the building
    String evidence = path + "/evidence";
    assertEquals(
        201,
        clinician
            .post(
                evidence,
                "{\"kind\":\"UDS_RESULT\",\"observedOn\":\""
                    + today.minusDays(2)
                    + "\",\"result\":\"negative\"}")
            .statusCode());
    HttpResponse<String> badPdf =
        clinician.post(
            evidence,
            "{\"kind\":\"DOCUMENT\",\"itemCode\":\"LFT\",\"fileName\":\"x.pdf\",\"contentType\":"
                + "\"application/pdf\",\"contentBase64\":\""
                + Base64.getEncoder().encodeToString("not a pdf".getBytes())
                + "\"}");
    assertEquals(400, badPdf.statusCode(), badPdf.body());
    assertTrue(Json.namesField(badPdf.body(), "contentBase64"), badPdf.body());
    assertEquals(
        201,
        clinician
            .post(
                evidence,
                "{\"kind\":\"DOCUMENT\",\"itemCode\":\"LFT\",\"observedOn\":\""
                    + today.minusDays(5)
                    + "\",\"fileName\":\"lft.pdf\",\"contentType\":\"application/pdf\","
                    + "\"contentBase64\":\""
                    + Base64.getEncoder().encodeToString(labReport())
                    + "\"}")
            .statusCode());
    assertEquals(
        201,
        clinician
            .post(
                evidence, "{\"kind\":\"PSYCHOTHERAPY_NOTE\",\"detail\":\"SECRET SESSION CONTENT\"}")
            .statusCode());

    HttpResponse<String> detail = clinician.get(path);
    assertEquals(200, detail.statusCode(), detail.body());
    String d = detail.body();
    assertTrue(d.contains("\"unitsUsed\":380"), d);
    assertTrue(d.contains("\"dosesUsed\":1"), d);
    assertTrue(d.contains("\"dosesRemaining\":5"), d);
    assertTrue(d.contains("\"code\":\"OPIOID_FREE\""), d);
    assertTrue(d.matches(".*\"code\":\"OPIOID_FREE\"[^}]*\"satisfied\":true.*"), d);
    assertTrue(d.matches(".*\"code\":\"LFT\"[^}]*\"satisfied\":true.*"), d);
    assertTrue(d.matches(".*\"code\":\"PSYCHOSOCIAL\"[^}]*\"satisfied\":false.*"), d);
    assertFalse(d.contains("contentBase64"), d);
    assertTrue(d.contains("\"to\":\"SUBMITTED\"") && d.contains("\"note\":\"faxed\""), d);
    assertTrue(
        d.contains("\"from\":\"SUBMITTED\",\"to\":\"APPROVED\"")
            || d.contains("\"to\":\"APPROVED\""),
        d);

    assertTrue(d.contains("SECRET SESSION CONTENT"), "the clinician sees the note: " + d);
    String seenByPa = pa.get(path).body();
    assertFalse(
        seenByPa.contains("SECRET SESSION CONTENT") || seenByPa.contains("PSYCHOTHERAPY_NOTE"),
        "psychotherapy notes are shown to clinicians only: " + seenByPa);

    assertEquals(403, clinician.getBytes(path + "/packet", PDF).statusCode());
    HttpResponse<byte[]> packet = pa.getBytes(path + "/packet", PDF);
    assertEquals(200, packet.statusCode(), new String(packet.body()));
    assertEquals(PDF, packet.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument pdf = Loader.loadPDF(packet.body())) {
      assertEquals(5, pdf.getNumberOfPages(), "cover, form, letter, lab report, Part 2 notice");
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Patient " + patient + " · Authorization " + id), text);
      assertTrue(text.contains("SYNTHETIC LFT REPORT"), text);
      assertTrue(text.contains("42 CFR part 2"), text);
      assertFalse(text.contains("SECRET SESSION CONTENT"), "psychotherapy notes never go out");
      assertEquals(
          "F11.20, F10.20",
          pdf.getDocumentCatalog().getAcroForm().getField("diagnosis_codes").getValueAsString());
    }
    String disclosures = pa.get("api/patients/" + patient + "/disclosures").body();
    assertTrue(disclosures.contains("\"what\":\"PA_PACKET\""), disclosures);
    assertTrue(disclosures.contains("\"reference\":\"authorization " + id + "\""), disclosures);
    String audit = admin.get("api/audit?entityType=Authorization&entityId=" + id).body();
    assertTrue(audit.contains("authorization.packet"), audit);
    assertTrue(audit.contains("authorization.status"), audit);

    // approved and covering the dose: its alert is gone
    String after = pa.get("api/authorizations/alerts").body();
    assertFalse(after.contains("\"doseId\":" + dose.getId() + ","), after);
    String listed = pa.get("api/authorizations?patientId=" + patient + "&status=APPROVED").body();
    assertTrue(listed.contains("\"total\":1"), listed);
  }

  @Test
  void anApprovalWhoseSpanEndedExpiresOnceWithTheSystemInItsHistory() {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    var ended =
        authorizations.recordApproved(
            dose.getPatientId(),
            payer.getId(),
            "J2315",
            "PA-END-" + dose.getId(),
            today.minusMonths(7),
            today.minusDays(1),
            2280,
            6);
    var running =
        authorizations.recordApproved(
            dose.getPatientId(),
            payer.getId(),
            "J2315",
            "PA-RUN-" + dose.getId(),
            today.minusDays(1),
            today,
            380,
            1);

    assertTrue(authorizations.expireEnded() >= 1);
    var expired = authorizations.get(ended.getId());
    assertEquals(
        com.naltrexone.billing.authorizations.entity.AuthorizationStatus.EXPIRED,
        expired.getStatus());
    var last = expired.getHistory().get(expired.getHistory().size() - 1);
    assertEquals("system", last.getActor());
    assertTrue(last.getNote().contains(today.minusDays(1).toString()), last.getNote());
    assertEquals(
        com.naltrexone.billing.authorizations.entity.AuthorizationStatus.APPROVED,
        authorizations.get(running.getId()).getStatus(),
        "an approval that runs until today has not expired");
    int before = expired.getHistory().size();
    authorizations.expireEnded();
    assertEquals(before, authorizations.get(ended.getId()).getHistory().size(), "not twice");
  }

  @Test
  void noPart2ConsentNoPacketAndNothingLogged() throws Exception {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, false, Route.BUY_AND_BILL);
    ApiClient pa = ApiClient.newUserWithRole(ApiClient.application(base), "PA_COORDINATOR");
    HttpResponse<String> created = pa.post("api/authorizations", request(dose));
    assertEquals(201, created.statusCode(), created.body());
    long id = Json.number(created.body(), "id");

    HttpResponse<byte[]> refused = pa.getBytes("api/authorizations/" + id + "/packet", PDF);
    assertEquals(409, refused.statusCode());
    String problem = new String(refused.body());
    assertTrue(problem.contains("42 CFR Part 2 forbids"), problem);
    assertTrue(problem.contains("no Part 2 consent on file for this payer"), problem);
    String log = pa.get("api/patients/" + dose.getPatientId() + "/disclosures").body();
    assertEquals("[]", log.trim());
  }

  private static byte[] labReport() throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (var s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        s.newLineAtOffset(72, 700);
        s.showText("SYNTHETIC LFT REPORT AST 24 ALT 21");
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
