package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.audit.boundary.AuditLog;
import com.naltrexone.billing.audit.entity.AuditEntry;
import com.naltrexone.billing.claims.boundary.ClaimClosingData;
import com.naltrexone.billing.claims.boundary.ClaimCorrectionData;
import com.naltrexone.billing.claims.boundary.ClaimCorrections;
import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.control.ClaimQuery;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimFinding;
import com.naltrexone.billing.claims.entity.ClaimFrequency;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.ClaimStatusChange;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A biller's actions on claims through {@link ClaimCorrections}, on PostgreSQL: corrections in
 * place before the payer has the claim, replacement (7) and void (8) claims once it has,
 * write-offs, and refusals that say why and change nothing. Each test brings its own patient.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimCorrectionsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(ClaimCorrectionsIT.class, CatalogSeed.class, ClaimScenario.class);
  }

  @EJB Claims claims;
  @EJB ClaimCorrections corrections;
  @EJB ClaimWorklists worklists;
  @EJB AuditLog auditLog;
  @EJB ClaimScenario scenario;

  @Resource(lookup = "java:app/jdbc/billing")
  DataSource dataSource;

  private Claim builtClaim(Dose dose) {
    claims.buildBillable();
    long id =
        worklists
            .search(ClaimQuery.ofPatient(dose.getPatientId()), 0, 10, null, true)
            .items()
            .get(0)
            .id();
    return claims.get(id);
  }

  /**
   * Moves a claim to where the payer would have put it (the 277CA/835 paths are tested elsewhere).
   */
  private void payerHas(Claim claim, ClaimStatus status, String icn) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update claim set status = ?, payer_claim_number = ?, version = version + 1"
                    + " where id = ?")) {
      s.setString(1, status.name());
      s.setString(2, icn);
      s.setLong(3, claim.getId());
      s.executeUpdate();
    }
  }

  private static ClaimCorrectionData correction(Claim claim, String icn, String... codes) {
    ClaimCorrectionData d = new ClaimCorrectionData();
    d.diagnosisCodes = List.of(codes);
    d.payerClaimNumber = icn;
    d.version = claim.getVersion();
    return d;
  }

  private static ClaimClosingData closing(Claim claim, String reason) {
    ClaimClosingData d = new ClaimClosingData();
    d.reason = reason;
    d.version = claim.getVersion();
    return d;
  }

  private List<String> auditActions(long claimId) {
    return auditLog.forEntity("Claim", claimId).stream().map(AuditEntry::getAction).toList();
  }

  @Test
  void aHeldClaimIsCorrectedInPlaceAndPicksUpTheAuthorizationRecordedSince() {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    Claim held = builtClaim(dose);
    assertEquals(ClaimStatus.HELD, held.getStatus());
    assertEquals(
        List.of("PA_MISSING"), held.getFindings().stream().map(ClaimFinding::getCode).toList());
    scenario.authorize(dose, payer);

    ClaimCorrections.Outcome outcome =
        corrections.correct(held.getId(), correction(held, null, "f1020", "F11.20", "Z79.899"));

    Claim after = claims.get(held.getId());
    assertEquals(held.getId(), outcome.claim().getId(), "corrected in place, no new claim");
    assertEquals(ClaimStatus.READY, after.getStatus(), after.getFindings().toString());
    assertEquals(
        "Claim "
            + held.getPatientControlNumber()
            + " corrected: READY, it goes out with the next submission.",
        outcome.summary());
    // Every position changes (F11.20, F10.20 before): the rows are replaced, not duplicated.
    assertEquals(List.of("F10.20", "F11.20", "Z79.899"), after.getDiagnosisCodes());
    assertEquals(List.of(1, 2, 3), after.getLines().get(0).getDiagnosisPointers());
    assertEquals("PA-" + dose.getId(), after.getPriorAuthNumber());
    assertEquals(ClaimFrequency.ORIGINAL, after.getFrequency());
    assertTrue(auditActions(held.getId()).contains("claim.corrected"));
  }

  @Test
  void aBadCorrectionNamesTheCodeAndChangesNothing() {
    Payer payer = scenario.payer(false);
    Claim claim = builtClaim(scenario.injectedPatient(payer, false, Route.BUY_AND_BILL));
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () -> corrections.correct(claim.getId(), correction(claim, null, "F11.20", "F11,20")));
    assertEquals("diagnosisCodes[1]", e.violations().get(0).field());
    Claim after = claims.get(claim.getId());
    assertEquals(claim.getDiagnosisCodes(), after.getDiagnosisCodes());
    assertEquals(claim.getVersion(), after.getVersion());

    ClaimCorrectionData stale = correction(claim, null, "F11.20");
    stale.version = claim.getVersion() - 1;
    assertThrows(ConflictException.class, () -> corrections.correct(claim.getId(), stale));
  }

  @Test
  void aClaimThePayerHasIsReplacedByAFrequency7ClaimQuotingItsNumber() throws Exception {
    Payer payer = scenario.payer(false);
    Claim original = builtClaim(scenario.injectedPatient(payer, true, Route.BUY_AND_BILL));
    payerHas(original, ClaimStatus.DENIED, "ICN-" + original.getId());
    Claim denied = claims.get(original.getId());

    ClaimCorrections.Outcome outcome =
        corrections.correct(denied.getId(), correction(denied, null, "F11.20"));

    Claim replacement = claims.get(outcome.claim().getId());
    assertTrue(replacement.getId() != denied.getId());
    assertEquals(ClaimFrequency.REPLACEMENT, replacement.getFrequency());
    assertEquals(ClaimStatus.READY, replacement.getStatus(), replacement.getFindings().toString());
    assertEquals("ICN-" + original.getId(), replacement.getPayerClaimNumber());
    assertEquals(denied.getId(), replacement.getReplaces().getId());
    assertEquals(List.of("F11.20"), replacement.getDiagnosisCodes());
    assertEquals(
        denied.getLines().stream().map(ClaimLine::getProcedureCode).toList(),
        replacement.getLines().stream().map(ClaimLine::getProcedureCode).toList());
    assertEquals(0, denied.getTotalCharge().compareTo(replacement.getTotalCharge()));
    assertEquals(
        "Replacement claim "
            + replacement.getPatientControlNumber()
            + " (frequency 7) created for "
            + denied.getPatientControlNumber()
            + ": READY, it goes out with the next submission.",
        outcome.summary());
    Claim after = claims.get(denied.getId());
    assertEquals(ClaimStatus.DENIED, after.getStatus(), "the original stays as the payer has it");
    ClaimStatusChange last = after.getHistory().get(after.getHistory().size() - 1);
    assertTrue(
        last.getReason().startsWith("Replacement claim " + replacement.getPatientControlNumber()));
    assertTrue(auditActions(denied.getId()).contains("claim.replaced"));
  }

  @Test
  void voidingBeforeSendingIsLocalAfterItIsAFrequency8Claim() throws Exception {
    Payer payer = scenario.payer(false);
    Claim ready = builtClaim(scenario.injectedPatient(payer, true, Route.BUY_AND_BILL));
    ClaimCorrections.Outcome local =
        corrections.voidClaim(ready.getId(), closing(ready, "entered twice"));
    assertEquals(ClaimStatus.VOIDED, claims.get(ready.getId()).getStatus());
    assertTrue(local.summary().contains("the payer never received it"));

    Claim paid = builtClaim(scenario.injectedPatient(payer, true, Route.BUY_AND_BILL));
    payerHas(paid, ClaimStatus.PAID, null);
    paid = claims.get(paid.getId());
    ClaimClosingData data = closing(paid, "billed the wrong patient");
    data.payerClaimNumber = "ICN-V" + paid.getId();
    ClaimCorrections.Outcome voided = corrections.voidClaim(paid.getId(), data);
    Claim voiding = claims.get(voided.claim().getId());
    assertEquals(ClaimFrequency.VOID, voiding.getFrequency());
    assertEquals("ICN-V" + paid.getId(), voiding.getPayerClaimNumber());
    assertEquals(ClaimStatus.READY, voiding.getStatus(), voiding.getFindings().toString());
    assertTrue(auditActions(paid.getId()).contains("claim.voided"));
  }

  @Test
  void aWriteOffNeedsAReasonAndAClaimThatIsNotTravelling() throws Exception {
    Payer payer = scenario.payer(false);
    Claim claim = builtClaim(scenario.injectedPatient(payer, true, Route.BUY_AND_BILL));
    assertEquals(
        "reason",
        assertThrows(
                BusinessRuleException.class,
                () -> corrections.writeOff(claim.getId(), closing(claim, " ")))
            .violations()
            .get(0)
            .field());

    payerHas(claim, ClaimStatus.SENT, null);
    Claim sent = claims.get(claim.getId());
    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () -> corrections.writeOff(sent.getId(), closing(sent, "small balance")));
    assertTrue(refused.getMessage().contains("wait for the 999 and 277CA"), refused.getMessage());

    payerHas(claim, ClaimStatus.DENIED, "ICN-W" + claim.getId());
    Claim denied = claims.get(claim.getId());
    corrections.writeOff(denied.getId(), closing(denied, "small balance"));
    Claim closed = claims.get(claim.getId());
    assertEquals(ClaimStatus.CLOSED, closed.getStatus());
    assertEquals(
        "written off: small balance",
        closed.getHistory().get(closed.getHistory().size() - 1).getReason());
    assertTrue(auditActions(claim.getId()).contains("claim.written-off"));
  }
}
