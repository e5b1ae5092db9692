package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.Acknowledgments;
import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.boundary.SubmissionRuns;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimFinding;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.simulator.PayerSimulator;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The loop back: the payer simulator answers the 837 we really sent with a 999 and a 277CA, and
 * those move each claim to ACKNOWLEDGED, then ACCEPTED or REJECTED with the payer's reason.
 */
@ExtendWith(ArquillianExtension.class)
class AcknowledgmentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear =
        Deployments.billingEar(AcknowledgmentsIT.class, CatalogSeed.class, ClaimScenario.class);
    ear.getAsType(WebArchive.class, "billing.war").addPackage(PayerSimulator.class.getPackage());
    return ear;
  }

  @EJB SubmissionRuns runs;
  @EJB ClaimSubmission submission;
  @EJB Claims claims;
  @EJB Acknowledgments acknowledgments;
  @EJB ClaimScenario scenario;

  private Claim sentClaimFor(Dose dose) {
    return claims.byStatus(ClaimStatus.SENT, 0, 200).items().stream()
        .filter(c -> c.getDoseId() == dose.getId())
        .findFirst()
        .orElseThrow(() -> new AssertionError("dose " + dose.getId() + " was not sent"));
  }

  @Test
  void the999And277caMoveClaimsToAcceptedOrRejected() throws Exception {
    Payer payer = scenario.payer(false);
    Dose clean = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL, "MEM");
    Dose rejected = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL, "REJ277");
    Fixtures.runToTheEnd(runs, submission);
    Claim good = sentClaimFor(clean);
    Claim bad = sentClaimFor(rejected);
    assertEquals(good.getInterchangeId(), bad.getInterchangeId(), "one interchange per payer");

    Interchange sent = submission.interchange(good.getInterchangeId());
    PayerSimulator.Answers answers =
        new PayerSimulator(Clock.systemUTC(), 700_000_000L + sent.getId())
            .answer(new ByteArrayInputStream(sent.getContent()));

    Acknowledgments.InboundResult ack = acknowledgments.receive("answer.999", answers.ack999());
    assertEquals("999", ack.kind());
    assertEquals(List.of(), ack.notApplied());
    assertEquals(ClaimStatus.ACKNOWLEDGED, claims.get(good.getId()).getStatus());
    assertEquals(ClaimStatus.ACKNOWLEDGED, claims.get(bad.getId()).getStatus());
    assertNotNull(submission.interchange(sent.getId()).getAckStatus());

    Acknowledgments.InboundResult again = acknowledgments.receive("answer.999", answers.ack999());
    assertEquals(ack.interchangeId(), again.alreadyReceivedAs());

    Acknowledgments.InboundResult status = acknowledgments.receive("answer.277", answers.ack277());
    assertEquals("277", status.kind());
    assertEquals(ClaimStatus.ACCEPTED, claims.get(good.getId()).getStatus());
    Claim refused = claims.get(bad.getId());
    assertEquals(ClaimStatus.REJECTED, refused.getStatus());
    ClaimFinding why = refused.getFindings().get(refused.getFindings().size() - 1);
    assertEquals("277CA_REJECTED", why.getCode());
    assertTrue(why.getMessage().contains("A7"), why.getMessage());
  }

  @Test
  void anAcknowledgmentOfAGroupWeNeverSentIsReportedNotGuessed() throws Exception {
    Payer payer = scenario.payer(false);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL, "MEM");
    Fixtures.runToTheEnd(runs, submission);
    Interchange sent = submission.interchange(sentClaimFor(dose).getInterchangeId());
    String ack999 =
        new String(
            new PayerSimulator(Clock.systemUTC(), 800_000_000L + sent.getId())
                .answer(new ByteArrayInputStream(sent.getContent()))
                .ack999(),
            StandardCharsets.US_ASCII);
    String foreign = ack999.replace("AK1*HC*" + Long.parseLong(sent.getGs06()), "AK1*HC*987654321");
    assertTrue(!foreign.equals(ack999), "the test must change the group control number");

    Acknowledgments.InboundResult result =
        acknowledgments.receive("foreign.999", foreign.getBytes(StandardCharsets.US_ASCII));
    assertEquals(List.of("999 for unknown group control number 987654321"), result.notApplied());
    assertEquals(ClaimStatus.SENT, claims.get(sentClaimFor(dose).getId()).getStatus());
  }

  @Test
  void aFileThatIsNotX12IsRefusedAndNothingIsStored() {
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () -> acknowledgments.receive("junk.txt", "hello".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("file", e.violations().get(0).field());
  }
}
