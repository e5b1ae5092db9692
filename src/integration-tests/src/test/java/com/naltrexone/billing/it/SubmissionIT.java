package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.boundary.SubmissionRuns;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.ClaimStatusChange;
import com.naltrexone.billing.claims.entity.SubmissionRun;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.entity.DisclosureKind;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The submission job end to end on PostgreSQL with the default drop-folder clearinghouse: a ready
 * claim is batched, written as a schema-valid 837P, delivered, archived and logged as a Part 2
 * disclosure; running again sends nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(SubmissionIT.class, CatalogSeed.class, ClaimScenario.class);
  }

  @EJB SubmissionRuns runs;
  @EJB ClaimSubmission submission;
  @EJB Claims claims;
  @EJB Part2Consents consents;
  @EJB ClaimScenario scenario;

  @jakarta.annotation.Resource(lookup = com.naltrexone.billing.platform.SchemaMigration.DATA_SOURCE)
  javax.sql.DataSource dataSource;

  private SubmissionRun runToTheEnd() throws InterruptedException {
    return Fixtures.runToTheEnd(runs, submission);
  }

  private static Path outbound() {
    return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "edi", "outbound");
  }

  @Test
  void aReadyClaimIsSentOnceInASchemaValidFileAndLogged() throws Exception {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(dose, payer);

    SubmissionRun run = runToTheEnd();
    assertEquals("COMPLETED", run.getStatus(), String.valueOf(run.getError()));

    Claim claim =
        claims.byStatus(ClaimStatus.SENT, 0, 200).items().stream()
            .filter(c -> c.getDoseId() == dose.getId())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the claim was not sent"));
    assertNotNull(claim.getSentAt());
    // built by this run and put straight into its interchange in the build's transaction: each
    // status once, and counted as read like the claims the batch step reads
    List<ClaimStatus> statuses = claim.getHistory().stream().map(ClaimStatusChange::getTo).toList();
    assertEquals(
        List.of(ClaimStatus.READY, ClaimStatus.BATCHED, ClaimStatus.SENT),
        statuses.subList(Math.max(0, statuses.size() - 3), statuses.size()));
    List<ClaimStatusChange> history = claim.getHistory();
    assertEquals(
        history.get(history.size() - 3).getChangedAt(),
        history.get(history.size() - 2).getChangedAt(),
        "batched in the transaction that built it, not by the batch step later");
    assertTrue(run.getClaimsRead() >= 1, "the claim the build batched is counted as read");
    assertEquals(run.getClaimsRead(), run.getClaimsToBatch());
    Interchange interchange = submission.interchange(claim.getInterchangeId());
    assertEquals(Interchange.Status.SENT, interchange.getStatus());
    assertEquals(payer.getId(), interchange.getPayerId());
    assertTrue(interchange.getIsa13().matches("\\d{9}"));

    byte[] delivered = Files.readAllBytes(outbound().resolve(interchange.getFileName()));
    assertArrayEquals(interchange.getContent(), delivered, "the archive is the file as sent");
    String x12 = new String(delivered, StandardCharsets.US_ASCII);
    assertTrue(x12.startsWith("ISA*"), x12);
    assertTrue(x12.contains("ST*837*" + claim.getTransactionControlNumber() + "*005010X222A1"));
    assertTrue(x12.contains("CLM*" + claim.getPatientControlNumber() + "*1665*"), x12);
    assertTrue(x12.contains("SV1*HC:J2315:JZ*1615*UN*380"), x12);
    assertTrue(x12.contains("LIN**N4*65757030001"), x12);
    assertTrue(x12.contains("REF*G1*PA-" + dose.getId()), x12);
    assertTrue(x12.contains("REF*6R*" + claim.getPatientControlNumber() + "L1"), x12);

    assertEquals(
        1,
        consents.disclosures(dose.getPatientId()).stream()
            .filter(d -> d.getWhat() == DisclosureKind.CLAIM_837)
            .count());

    long filesBefore;
    try (var files = Files.list(outbound())) {
      filesBefore = files.count();
    }
    SubmissionRun again = runToTheEnd();
    assertEquals("COMPLETED", again.getStatus());
    try (var files = Files.list(outbound())) {
      assertEquals(filesBefore, files.count(), "a second run sends nothing new for this claim");
    }
    assertEquals(interchange.getId(), claims.get(claim.getId()).getInterchangeId());
    assertEquals(ClaimStatus.SENT, claims.get(claim.getId()).getStatus());
  }

  /**
   * A build runs in two parts by patient, each batching its pages in its own transactions at the
   * same time: claims of one payer from both parts still go out in one interchange for the run.
   */
  @Test
  void claimsOfOnePayerBuiltByBothPartsGoInOneInterchange() throws Exception {
    Payer payer = scenario.payer(true);
    java.util.Map<Integer, List<Dose>> byPart = new java.util.HashMap<>();
    for (int i = 0; i < 40 && (partSize(byPart, 0) < 3 || partSize(byPart, 1) < 3); i++) {
      Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
      scenario.authorize(dose, payer);
      byPart
          .computeIfAbsent(Claims.partOf(dose.getPatientId(), 2), k -> new java.util.ArrayList<>())
          .add(dose);
    }
    assertTrue(partSize(byPart, 0) >= 3 && partSize(byPart, 1) >= 3, byPart.toString());

    SubmissionRun run = runToTheEnd();

    assertEquals("COMPLETED", run.getStatus(), String.valueOf(run.getError()));
    List<Dose> all = byPart.values().stream().flatMap(List::stream).toList();
    java.util.Set<Long> interchanges = new java.util.HashSet<>();
    for (Dose dose : all) {
      Claim claim =
          claims.byStatus(ClaimStatus.SENT, 0, 500).items().stream()
              .filter(c -> c.getDoseId() == dose.getId())
              .findFirst()
              .orElseThrow(() -> new AssertionError("dose " + dose.getId() + " not sent"));
      interchanges.add(claim.getInterchangeId());
    }
    assertEquals(1, interchanges.size(), "one interchange for the payer: " + interchanges);
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "select count(*) from interchange where submission_run_id = ? and payer_id = ?")) {
      s.setLong(1, run.getId());
      s.setLong(2, payer.getId());
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getLong(1), "the run made no second one for it (not even an empty one)");
      }
    }
  }

  private static int partSize(java.util.Map<Integer, List<Dose>> byPart, int part) {
    return byPart.getOrDefault(part, List.of()).size();
  }

  /**
   * Sending marks a file's claims SENT without reading them (a status change per claim against a
   * reference, one update per slice) and logs a disclosure per claim; a claim whose patient revoked
   * the consent after it was batched still counts as sent (the file has left) but gets a
   * PART2_CHANGED warning and no disclosure.
   */
  @Test
  void aClaimWhoseConsentIsRevokedBeforeItsFileIsSentIsFlaggedAndNotLogged() throws Exception {
    Payer payer = scenario.payer(true);
    Dose revoked = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(revoked, payer);
    Dose kept = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(kept, payer);
    long runId = submission.open("MANUAL").getId();
    try {
      submission.build(runId);
      Claim batched = claimIn(revoked, ClaimStatus.BATCHED);
      Claim other = claimIn(kept, ClaimStatus.BATCHED);
      long interchangeId = batched.getInterchangeId();
      assertEquals(interchangeId, other.getInterchangeId());
      assertNotNull(submission.write(interchangeId));
      long consentId = consents.forPatient(revoked.getPatientId()).get(0).getId();
      consents.revoke(
          revoked.getPatientId(),
          consentId,
          new com.naltrexone.billing.consent.boundary.RevocationData(java.time.LocalDate.now()));

      submission.send(interchangeId);

      Claim flagged = claims.get(batched.getId());
      assertEquals(ClaimStatus.SENT, flagged.getStatus());
      assertTrue(
          flagged.getFindings().stream().anyMatch(f -> f.getCode().equals("PART2_CHANGED")),
          flagged.getFindings().toString());
      assertTrue(consents.disclosures(revoked.getPatientId()).isEmpty(), "nothing logged");
      Claim sent = claims.get(other.getId());
      assertEquals(ClaimStatus.SENT, sent.getStatus());
      assertTrue(sent.getFindings().stream().noneMatch(f -> f.getCode().equals("PART2_CHANGED")));
      assertEquals(
          List.of(
              sent.getPatientControlNumber()
                  + " in ISA13 "
                  + submission.interchange(interchangeId).getIsa13()),
          consents.disclosures(kept.getPatientId()).stream()
              .filter(d -> d.getWhat() == DisclosureKind.CLAIM_837)
              .map(d -> d.getReference())
              .toList());
      for (Claim c : List.of(flagged, sent)) {
        assertNotNull(c.getSentAt());
        assertTrue(c.getVersion() > batched.getVersion(), "a new version");
        ClaimStatusChange last = c.getHistory().get(c.getHistory().size() - 1);
        assertEquals(ClaimStatus.BATCHED, last.getFrom());
        assertEquals(ClaimStatus.SENT, last.getTo());
        assertEquals(c.getSentAt(), last.getChangedAt(), "changed when it was sent");
        assertEquals("interchange " + interchangeId, last.getReason());
        assertEquals("system", last.getActor());
      }
    } finally {
      submission.finish(runId, "COMPLETED", null);
    }
  }

  private Claim claimIn(Dose dose, ClaimStatus status) {
    return claims.byStatus(status, 0, 500).items().stream()
        .filter(c -> c.getDoseId() == dose.getId())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + status + " claim for dose " + dose.getId()));
  }

  @Test
  void aHeldClaimNeverLeaves() throws Exception {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, false, Route.BUY_AND_BILL);
    runToTheEnd();
    List<Claim> held =
        claims.byStatus(ClaimStatus.HELD, 0, 200).items().stream()
            .filter(c -> c.getDoseId() == dose.getId())
            .toList();
    assertEquals(1, held.size());
    assertEquals(null, held.get(0).getInterchangeId());
    assertTrue(consents.disclosures(dose.getPatientId()).isEmpty());
  }

  @Test
  void aClaimWhoseDataBreaksTheStepIsSkippedAndHeldWhileTheRestOfItsChunkGoesOut()
      throws Exception {
    Payer payer = scenario.payer(true);
    Dose good = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(good, payer);
    Dose bad = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(bad, payer);
    claims.buildBillable();
    Claim broken = readyClaimOf(bad);
    Claim fine = readyClaimOf(good);
    scenario.breakDiagnosisPointers(broken.getId());

    SubmissionRun run = runToTheEnd();

    assertEquals("COMPLETED", run.getStatus(), String.valueOf(run.getError()));
    assertEquals(ClaimStatus.SENT, claims.get(fine.getId()).getStatus());
    Claim held = claims.get(broken.getId());
    assertEquals(ClaimStatus.HELD, held.getStatus());
    assertEquals(null, held.getInterchangeId());
    assertTrue(
        held.getFindings().stream().anyMatch(f -> f.getCode().equals("UNPROCESSABLE")),
        held.getFindings().toString());
    assertTrue(run.getClaimsHeld() >= 1, "the skipped claim is counted as held");
    assertTrue(run.getClaimsRead() >= 2, "both claims read");
    assertEquals(
        run.getClaimsRead(),
        run.getClaimsToBatch(),
        "the batch step recorded, once, as many READY claims as it then read");
    assertTrue(consents.disclosures(bad.getPatientId()).isEmpty(), "nothing about it was sent");
  }

  private Claim readyClaimOf(Dose dose) {
    return claims.byStatus(ClaimStatus.READY, 0, 500).items().stream()
        .filter(c -> c.getDoseId() == dose.getId())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no READY claim for dose " + dose.getId()));
  }
}
