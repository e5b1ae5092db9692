package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.boundary.SubmissionRuns;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.remittance.boundary.ImportReport;
import com.naltrexone.billing.remittance.boundary.InvalidRemittanceException;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.boundary.Remittances.ClaimPaymentView;
import com.naltrexone.billing.remittance.entity.ClaimPayment.Outcome;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.remittance.entity.ProviderLedgerEntry;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
import com.naltrexone.billing.remittance.entity.ServicePayment;
import com.naltrexone.billing.remittance.entity.UnmatchedRemittance;
import com.naltrexone.billing.simulator.PayerSimulator;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 835 import and posting against PostgreSQL, on claims built and sent through the real submission
 * flow: each test writes a synthetic Vivitrol 835 naming those claims (their CLM01 and REF*6R).
 */
@ExtendWith(ArquillianExtension.class)
class RemittanceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear =
        Deployments.billingEar(
            RemittanceIT.class, CatalogSeed.class, ClaimScenario.class, Vivitrol835.class);
    ear.getAsType(WebArchive.class, "billing.war").addPackage(PayerSimulator.class.getPackage());
    return ear;
  }

  @EJB SubmissionRuns runs;
  @EJB ClaimSubmission submission;
  @EJB Claims claims;
  @EJB ClaimScenario scenario;
  @EJB Remittances remittances;
  @EJB com.naltrexone.billing.cost.boundary.Benefits benefits;
  @EJB com.naltrexone.billing.cost.boundary.PaymentFollowUpQueue followUps;

  @ArquillianResource URL base;

  private static final List<String> DRUG_PAID = List.of("CO*45*56", "PR*2*308.8");
  private static final List<String> ADMIN_PAID = List.of("CO*45*3.5", "PR*2*9.3");

  /** Sends one claim per dose for a new payer; returns them in dose order. */
  private List<Claim> sentClaims(Payer payer, int count) throws Exception {
    List<Dose> doses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      doses.add(scenario.injectedPatient(payer, true, Route.BUY_AND_BILL, "MEM"));
    }
    Fixtures.runToTheEnd(runs, submission);
    List<Claim> sent = claims.byStatus(ClaimStatus.SENT, 0, 200).items();
    List<Claim> ours = new ArrayList<>();
    for (Dose dose : doses) {
      ours.add(
          sent.stream()
              .filter(c -> c.getDoseId() == dose.getId())
              .findFirst()
              .orElseThrow(() -> new AssertionError("dose " + dose.getId() + " was not sent")));
    }
    return ours;
  }

  private static String lineControl(Claim claim, String code) {
    return claims(claim).stream()
        .filter(l -> l.getProcedureCode().equals(code))
        .map(ClaimLine::getLineControlNumber)
        .findFirst()
        .orElseThrow();
  }

  private static List<ClaimLine> claims(Claim claim) {
    return claim.getLines();
  }

  /** Every OPEN unmatched item, page by page. */
  private List<UnmatchedRemittance> openUnmatched() {
    List<UnmatchedRemittance> all = new ArrayList<>();
    for (int first = 0; ; first += 200) {
      List<UnmatchedRemittance> page =
          remittances.unmatched(UnmatchedRemittance.Status.OPEN, first, 200).items();
      all.addAll(page);
      if (page.size() < 200) {
        return all;
      }
    }
  }

  private static long isa13() {
    return ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
  }

  private static String trace() {
    return "EFT" + Fixtures.unique("");
  }

  /** The worked 835 of domain.md 3.5 for one of our claims. */
  private static Vivitrol835 paid(Vivitrol835 payment, Claim c, String icn) {
    return payment
        .claim(c.getPatientControlNumber(), "1", "1650", "1272.4", "318.1", icn, c.getServiceDate())
        .line("J2315:JZ", "1600", "1235.2", "380", lineControl(c, "J2315"), "1544", DRUG_PAID)
        .line("96372", "50", "37.2", "1", lineControl(c, "96372"), "46.5", ADMIN_PAID);
  }

  /** An 835 from {@code from} paying {@code claim} in full (as {@link #paid}), imported. */
  private ImportReport uploadPaid(Payer from, Claim claim, String icn) {
    return upload(
        Vivitrol835.file(
            isa13(), paid(Vivitrol835.payment(from.getPayerId835(), trace()), claim, icn)));
  }

  private ImportReport upload(String x12) {
    return remittances.importFile(
        "test.835", x12.getBytes(StandardCharsets.US_ASCII), RemittanceFile.Source.UPLOAD);
  }

  private static void assertMoney(String expected, BigDecimal actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
  }

  @Test
  void thePayerSimulatorsAnswerToOurOwn837PostsPaidAndDeniedClaims() throws Exception {
    Payer payer = scenario.payer(false);
    Dose paidDose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL, "MEM");
    Dose deniedDose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL, "DENY");
    Fixtures.runToTheEnd(runs, submission);
    List<Claim> sent = claims.byStatus(ClaimStatus.SENT, 0, 200).items();
    Claim paid =
        sent.stream().filter(c -> c.getDoseId() == paidDose.getId()).findFirst().orElseThrow();
    Claim denied =
        sent.stream().filter(c -> c.getDoseId() == deniedDose.getId()).findFirst().orElseThrow();
    byte[] file837 = submission.interchange(paid.getInterchangeId()).getContent();
    byte[] answer =
        new PayerSimulator(Clock.systemUTC(), 600_000_000L + paid.getInterchangeId())
            .answer(new ByteArrayInputStream(file837))
            .remittance835();

    ImportReport report =
        remittances.importFile("answer.835", answer, RemittanceFile.Source.POLLER);
    assertEquals(1, report.transactionsPosted(), report.toString());
    assertEquals(ClaimStatus.PAID, claims.get(paid.getId()).getStatus());
    assertEquals(ClaimStatus.DENIED, claims.get(denied.getId()).getStatus());
    assertTrue(
        remittances.denialsForClaim(denied.getId()).stream()
            .allMatch(d -> "197".equals(d.getReasonCode()) && "N54".equals(d.getRemarkCodes())),
        "CO-197 with N54");
    assertTrue(
        remittances.paymentsForClaim(paid.getId()).get(0).lines().stream()
            .allMatch(l -> l.getClaimLineId() != null),
        "every line matched by REF*6R");
  }

  @Test
  void aPaidClaimIsPostedLineByLineAndTheClaimIsPaid() throws Exception {
    Payer payer = scenario.payer(false);
    Claim claim = sentClaims(payer, 1).get(0);
    ImportReport report = uploadPaid(payer, claim, "ICN-A");

    assertFalse(report.alreadyImported());
    assertNotNull(report.fileId());
    assertEquals(1, report.transactionsPosted());
    assertEquals(1, report.claimsPosted());
    assertMoney("1272.4", report.totalPaid(), "report total paid");
    Claim after = claims.get(claim.getId());
    assertEquals(ClaimStatus.PAID, after.getStatus());

    List<ClaimPaymentView> payments = remittances.paymentsForClaim(claim.getId());
    assertEquals(1, payments.size());
    ClaimPaymentView view = payments.get(0);
    assertEquals(Outcome.PAID, view.payment().getOutcome());
    assertEquals("ICN-A", view.payment().getPayerClaimNumber());
    assertMoney("59.5", view.payment().getAmounts().getContractual(), "written off");
    assertMoney("318.1", view.payment().getAmounts().getCoinsurance(), "patient coinsurance");
    assertEquals(2, view.lines().size());
    ServicePayment drug = view.lines().get(0);
    assertEquals(
        claims(claim).stream()
            .filter(l -> l.getProcedureCode().equals("J2315"))
            .findFirst()
            .orElseThrow()
            .getId(),
        drug.getClaimLineId(),
        "matched by REF*6R");
    assertMoney("1544", drug.getAmounts().getAllowed(), "AMT*B6");
    assertEquals(4, view.adjustments().size());
    assertEquals(List.of(), remittances.denialsForClaim(claim.getId()));
    RemittanceTransaction tx = remittances.file(report.fileId()).transactions().get(0);
    assertEquals(payer.getId(), tx.getPayerId());
    assertEquals(RemittanceTransaction.Status.POSTED, tx.getStatus());
    assertEquals(
        new String(remittances.content(report.fileId()), StandardCharsets.US_ASCII).length(),
        (int) remittances.file(report.fileId()).file().getSizeBytes(),
        "archived byte for byte");
  }

  /**
   * A file the one-read import's guide check cannot vouch for (here a claim with an NM102 outside
   * its code list) is imported in two reads, validated by StAEDI: the bad claim alone is degraded
   * and held, the good one is posted, exactly as the two-read import decides.
   */
  @Test
  void aFileTheGuideCheckDoubtsIsValidatedByStaediAndOnlyItsBadClaimIsHeld() throws Exception {
    Payer payer = scenario.payer(false);
    List<Claim> sent = sentClaims(payer, 2);
    Claim good = sent.get(0);
    Claim bad = sent.get(1);
    String x12 =
        Vivitrol835.file(
            isa13(),
            paid(
                paid(Vivitrol835.payment(payer.getPayerId835(), trace()), good, "ICN-G"),
                bad,
                "ICN-X"));
    int second = x12.indexOf("NM1*QC*1*", x12.indexOf(bad.getPatientControlNumber()));
    String mutated = x12.substring(0, second) + "NM1*QC*9*" + x12.substring(second + 9);

    ImportReport report = upload(mutated);

    assertEquals(1, report.transactionsPosted(), report.toString());
    assertEquals(2, report.claims());
    assertEquals(1, report.claimsPosted(), report.toString());
    assertEquals(1, report.claimsUnmatched(), "the degraded claim is held with its raw remittance");
    assertEquals(ClaimStatus.PAID, claims.get(good.getId()).getStatus());
    assertEquals(ClaimStatus.SENT, claims.get(bad.getId()).getStatus());
  }

  /**
   * An 835 from another payer than the one the claim was billed to is not posted to the claim: it
   * waits in the unmatched queue, linked to the claim so that the biller sees it there.
   */
  @Test
  void aPaymentFromAnotherPayerIsHeldUnmatchedButLinkedToTheClaim() throws Exception {
    Payer billed = scenario.payer(false);
    Payer other = scenario.payer(false);
    Claim claim = sentClaims(billed, 1).get(0);

    ImportReport report = uploadPaid(other, claim, "ICN-W");

    assertEquals(0, report.claimsPosted(), report.toString());
    assertEquals(1, report.claimsUnmatched());
    assertEquals(ClaimStatus.SENT, claims.get(claim.getId()).getStatus());
    List<ClaimPaymentView> payments = remittances.paymentsForClaim(claim.getId());
    assertEquals(1, payments.size(), "the payment shows on the claim");
    assertEquals(Outcome.UNMATCHED, payments.get(0).payment().getOutcome());
  }

  @Test
  void partialPaymentWithDeductibleAndCoinsuranceWithoutRefSixRMatchesByCodeAndUnits()
      throws Exception {
    Payer payer = scenario.payer(false);
    Claim c = sentClaims(payer, 1).get(0);
    Vivitrol835 payment =
        Vivitrol835.payment(payer.getPayerId835(), trace())
            .claim(
                c.getPatientControlNumber(),
                "1",
                "1650",
                "1050.56",
                "468",
                "ICN-B",
                c.getServiceDate())
            .line(
                "J2315:JZ",
                "1600",
                "1019.2",
                "380",
                "",
                "1500",
                List.of("CO*45*100**253*20.8", "PR*1*200**2*260"))
            .line("96372", "50", "31.36", "1", "", "40", List.of("CO*45*10**253*0.64", "PR*2*8"));
    ImportReport report = upload(Vivitrol835.file(isa13(), payment));
    assertEquals(1, report.claimsPosted());
    ClaimPaymentView view = remittances.paymentsForClaim(c.getId()).get(0);
    assertMoney("200", view.payment().getAmounts().getDeductible(), "PR-1");
    assertMoney("268", view.payment().getAmounts().getCoinsurance(), "PR-2");
    assertMoney("131.44", view.payment().getAmounts().getContractual(), "CO-45 + CO-253");
    assertTrue(
        view.lines().stream().allMatch(l -> l.getClaimLineId() != null), "both lines matched");
    assertEquals(ClaimStatus.PAID, claims.get(c.getId()).getStatus());
  }

  /**
   * The 835 posting and cost of access together: the PR-1 and PR-2 of an imported payment move the
   * plan year's deductible and out-of-pocket accumulators of the claim's coverage, once (the
   * follow-up queue drains after the import commits); importing the same payment again moves
   * nothing.
   */
  @Test
  void anImportedPaymentMovesTheCoveragesDeductibleAndOutOfPocketOnce() throws Exception {
    Payer payer = scenario.payer(false);
    Claim c = sentClaims(payer, 1).get(0);
    long coverageId = claims.get(c.getId()).getCoverageId();
    var b = new com.naltrexone.billing.cost.boundary.BenefitsData();
    b.planYearStart = c.getServiceDate().withDayOfYear(1);
    b.planYearEnd = b.planYearStart.plusYears(1).minusDays(1);
    b.deductible = new BigDecimal("500.00");
    b.coinsurancePercent = new BigDecimal("20");
    b.oopMax = new BigDecimal("3000.00");
    b.source = "RemittanceIT";
    benefits.add(c.getPatientId(), coverageId, b);

    String trace = trace();
    String file =
        Vivitrol835.file(
            isa13(),
            Vivitrol835.payment(payer.getPayerId835(), trace)
                .claim(
                    c.getPatientControlNumber(),
                    "1",
                    "1650",
                    "1050.56",
                    "468",
                    "ICN-ACC",
                    c.getServiceDate())
                .line(
                    "J2315:JZ",
                    "1600",
                    "1019.2",
                    "380",
                    lineControl(c, "J2315"),
                    "1500",
                    List.of("CO*45*100**253*20.8", "PR*1*200**2*260"))
                .line(
                    "96372",
                    "50",
                    "31.36",
                    "1",
                    lineControl(c, "96372"),
                    "40",
                    List.of("CO*45*10**253*0.64", "PR*2*8")));
    assertEquals(1, upload(file).claimsPosted());
    // Cost of access follows the posting after the import's commit, asynchronously.
    var after = benefits.on(coverageId, c.getServiceDate()).orElseThrow();
    for (int i = 0; i < 300 && after.getDeductibleMet().signum() == 0; i++) {
      Thread.sleep(100);
      after = benefits.on(coverageId, c.getServiceDate()).orElseThrow();
    }
    assertMoney("200", after.getDeductibleMet(), "deductible met from PR-1");
    assertMoney("468", after.getOopMet(), "out of pocket met from PR-1 + PR-2");

    assertEquals(0, upload(file).claimsPosted(), "the same file again posts nothing");
    followUps.drain(); // a drain after the follow-up finds nothing left to follow
    assertEquals(0, followUps.waitingCount());
    var again = benefits.on(coverageId, c.getServiceDate()).orElseThrow();
    assertMoney("200", again.getDeductibleMet(), "unchanged");
    assertMoney("468", again.getOopMet(), "unchanged");
  }

  @Test
  void aDenialForMissingPaGoesToTheDenialQueueWithItsAppealDeadline() throws Exception {
    Payer payer = scenario.payer(false);
    Claim c = sentClaims(payer, 1).get(0);
    Vivitrol835 payment =
        Vivitrol835.payment(payer.getPayerId835(), trace())
            .claim(c.getPatientControlNumber(), "1", "1650", "0", "0", "ICN-C", c.getServiceDate())
            .line(
                "J2315:JZ",
                "1600",
                "0",
                "0",
                lineControl(c, "J2315"),
                null,
                List.of("CO*197*1600"),
                "N54")
            .line(
                "96372",
                "50",
                "0",
                "0",
                lineControl(c, "96372"),
                null,
                List.of("CO*197*50"),
                "N54");
    ImportReport report = upload(Vivitrol835.file(isa13(), payment));
    assertEquals(1, report.claimsDenied());
    assertEquals(ClaimStatus.DENIED, claims.get(c.getId()).getStatus());
    List<Denial> denials = remittances.denialsForClaim(c.getId());
    assertEquals(2, denials.size());
    Denial drug = denials.get(0);
    assertEquals("197", drug.getReasonCode());
    assertEquals("N54", drug.getRemarkCodes());
    assertMoney("1600", drug.getAmount(), "denied amount");
    assertTrue(
        drug.getReasonText().startsWith("CO-197: Precertification/authorization"),
        drug.getReasonText());
    assertEquals("Obtain a retro-authorization or appeal", drug.getSuggestedAction());
    assertEquals(LocalDate.of(2025, 2, 10).plusDays(180), drug.getAppealDeadline());
    assertEquals(Denial.Status.OPEN, drug.getStatus());
    assertMoney(
        "0",
        remittances.paymentsForClaim(c.getId()).get(0).payment().getAmounts().getContractual(),
        "nothing written off");

    Denial worked =
        remittances.worked(drug.getId(), drug.getVersion(), "retro-authorization requested");
    assertEquals(Denial.Status.WORKED, worked.getStatus());

    // The other denial is sent to appeal through the API: APPEALED with the note, a line in the
    // claim's history; an empty note (400 naming it), a stale version or a second appeal (409) is
    // refused, and a clinician may not appeal (403).
    Denial other = denials.get(1);
    ApiClient biller = ApiClient.newUserWithRole(ApiClient.application(base), "BILLER");
    String appeal = "api/denials/" + other.getId() + "/appeal";
    HttpResponse<String> empty = biller.post(appeal, versionAndNote(other.getVersion(), " "));
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("\"field\":\"note\""), empty.body());
    assertEquals(
        403,
        ApiClient.newUserWithRole(ApiClient.application(base), "CLINICIAN")
            .post(appeal, versionAndNote(other.getVersion(), "x"))
            .statusCode());
    HttpResponse<String> filed =
        biller.post(appeal, versionAndNote(other.getVersion(), "payer's appeal form and PA sent"));
    assertEquals(200, filed.statusCode(), filed.body());
    assertTrue(filed.body().contains("\"status\":\"APPEALED\""), filed.body());
    assertEquals(
        409,
        biller.post(appeal, versionAndNote(other.getVersion(), "again")).statusCode(),
        "the version read before the appeal is stale");
    Denial appealed =
        remittances.denialsForClaim(c.getId()).stream()
            .filter(d -> d.getId().equals(other.getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(Denial.Status.APPEALED, appealed.getStatus());
    assertEquals("Appeal filed: payer's appeal form and PA sent", appealed.getNote());
    assertTrue(
        claims.get(c.getId()).getHistory().stream()
            .anyMatch(
                h ->
                    String.valueOf(h.getReason())
                        .contains("Appeal filed for denial " + other.getId())),
        "the claim's history names the appeal");
    assertThrows(
        com.naltrexone.billing.platform.ConflictException.class,
        () -> remittances.appealed(other.getId(), appealed.getVersion(), "again"));
  }

  @Test
  void aReversalNegatesTheOriginalAndTheCorrectionPostsFresh() throws Exception {
    Payer payer = scenario.payer(false);
    Claim c = sentClaims(payer, 1).get(0);
    upload(
        Vivitrol835.file(
            isa13(), paid(Vivitrol835.payment(payer.getPayerId835(), trace()), c, "ICN-D1")));
    String pcn = c.getPatientControlNumber();
    Vivitrol835 both =
        Vivitrol835.payment(payer.getPayerId835(), trace())
            .claim(pcn, "22", "-1650", "-1272.4", "", "ICN-D1", c.getServiceDate())
            .line(
                "J2315:JZ",
                "-1600",
                "-1235.2",
                "-380",
                lineControl(c, "J2315"),
                "-1544",
                List.of("CO*45*-56", "PR*2*-308.8"))
            .line(
                "96372",
                "-50",
                "-37.2",
                "-1",
                lineControl(c, "96372"),
                "-46.5",
                List.of("CO*45*-3.5", "PR*2*-9.3"))
            .claim(pcn, "1", "1650", "1297.2", "324.3", "ICN-D2", c.getServiceDate())
            .corrects("ICN-D1")
            .line(
                "J2315:JZ",
                "1600",
                "1260",
                "380",
                lineControl(c, "J2315"),
                "1575",
                List.of("CO*45*25", "PR*2*315"))
            .line("96372", "50", "37.2", "1", lineControl(c, "96372"), "46.5", ADMIN_PAID);
    ImportReport report = upload(Vivitrol835.file(isa13(), both));
    assertEquals(1, report.claimsReversed());
    assertEquals(2, report.claimsPosted());
    assertMoney("24.8", report.totalPaid(), "net of reversal and correction");

    List<ClaimPaymentView> payments = remittances.paymentsForClaim(c.getId());
    assertEquals(3, payments.size());
    assertEquals(Outcome.REVERSED, payments.get(0).payment().getOutcome());
    assertEquals(payments.get(1).payment().getId(), payments.get(0).payment().getReversedById());
    assertEquals(Outcome.REVERSAL, payments.get(1).payment().getOutcome());
    assertEquals(payments.get(0).payment().getId(), payments.get(1).payment().getReversesId());
    assertMoney(
        "-59.5", payments.get(1).payment().getAmounts().getContractual(), "negated write-off");
    assertEquals(Outcome.PAID, payments.get(2).payment().getOutcome());
    assertEquals("ICN-D2", payments.get(2).payment().getPayerClaimNumber());
    assertEquals(ClaimStatus.PAID, claims.get(c.getId()).getStatus());
    BigDecimal net = BigDecimal.ZERO;
    for (ClaimPaymentView p : payments) {
      net = net.add(p.payment().getPaid());
    }
    assertMoney("1297.2", net, "what the payer paid in the end");
  }

  @Test
  void aPlbRecoupmentGoesToTheProviderLedgerLinkedToTheClaimItNames() throws Exception {
    Payer payer = scenario.payer(false);
    List<Claim> two = sentClaims(payer, 2);
    Claim earlier = two.get(0);
    Claim now = two.get(1);
    upload(
        Vivitrol835.file(
            isa13(), paid(Vivitrol835.payment(payer.getPayerId835(), trace()), earlier, "ICN-E1")));
    Vivitrol835 payment =
        paid(Vivitrol835.payment(payer.getPayerId835(), trace()), now, "ICN-E2")
            .plb("WO", "ICN-E1", "100")
            .plb("L6", "", "-2.35");
    ImportReport report = upload(Vivitrol835.file(isa13(), payment));
    assertMoney("97.65", report.totalPlb(), "Σ PLB");
    assertEquals(
        new BigDecimal("1174.75"),
        report.details().get(0).totalPayment(),
        "BPR02 = 1272.40 - 97.65");
    List<ProviderLedgerEntry> ledger = remittances.providerLedgerOf(report.details().get(0).id());
    assertEquals(2, ledger.size());
    assertEquals("WO", ledger.get(0).getReasonCode());
    assertEquals(earlier.getId(), ledger.get(0).getClaimId(), "linked through the ICN we posted");
    assertMoney("100", ledger.get(0).getAmount(), "recouped");
    assertEquals("L6", ledger.get(1).getReasonCode());
    assertNull(ledger.get(1).getClaimId());
    assertMoney("-2.35", ledger.get(1).getAmount(), "interest");
  }

  @Test
  void aTransactionThatFailsBalancingIsRejectedAndTheOtherOnePosts() throws Exception {
    Payer payer = scenario.payer(false);
    List<Claim> two = sentClaims(payer, 2);
    Vivitrol835 bad =
        Vivitrol835.payment(payer.getPayerId835(), trace())
            .claim(
                two.get(0).getPatientControlNumber(),
                "1",
                "1650",
                "1272.4",
                "318.1",
                "ICN-F",
                two.get(0).getServiceDate())
            .line(
                "J2315:JZ",
                "1600",
                "1235.2",
                "380",
                lineControl(two.get(0), "J2315"),
                "1544",
                List.of("CO*45*50", "PR*2*308.8"))
            .line("96372", "50", "37.2", "1", lineControl(two.get(0), "96372"), "46.5", ADMIN_PAID);
    Vivitrol835 good =
        paid(Vivitrol835.payment(payer.getPayerId835(), trace()), two.get(1), "ICN-G");
    ImportReport report = upload(Vivitrol835.file(isa13(), bad, good));
    assertEquals(1, report.transactionsRejected());
    assertEquals(1, report.transactionsPosted());
    ImportReport.TransactionResult rejected = report.details().get(0);
    assertEquals("REJECTED", rejected.status());
    assertTrue(
        rejected
            .reason()
            .contains(
                "line 1 (REF*6R "
                    + lineControl(two.get(0), "J2315")
                    + ") does not balance: SVC02 charge 1600.00 − SVC03 paid 1235.20 = 364.80, but"
                    + " its CAS adjustments sum to 358.80 (off by 6.00)"),
        rejected.reason());
    assertEquals(ClaimStatus.SENT, claims.get(two.get(0).getId()).getStatus(), "nothing posted");
    assertEquals(List.of(), remittances.paymentsForClaim(two.get(0).getId()));
    assertEquals(ClaimStatus.PAID, claims.get(two.get(1).getId()).getStatus());
  }

  @Test
  void theSameFileOrTheSamePaymentAgainIsAlreadyImported() throws Exception {
    Payer payer = scenario.payer(false);
    Claim c = sentClaims(payer, 1).get(0);
    String trace = trace();
    String first =
        Vivitrol835.file(
            isa13(), paid(Vivitrol835.payment(payer.getPayerId835(), trace), c, "ICN-H"));
    ImportReport imported = upload(first);

    ImportReport again = upload(first);
    assertTrue(again.alreadyImported());
    assertEquals(imported.fileId(), again.alreadyImportedFileId());
    assertNull(again.fileId());

    String otherFile =
        Vivitrol835.file(
            isa13(), paid(Vivitrol835.payment(payer.getPayerId835(), trace), c, "ICN-H"));
    ImportReport samePayment = upload(otherFile);
    assertTrue(samePayment.alreadyImported());
    assertEquals(imported.fileId(), samePayment.alreadyImportedFileId());
    assertEquals(imported.details().get(0).id(), samePayment.details().get(0).alreadyImportedAs());
    assertEquals(1, remittances.paymentsForClaim(c.getId()).size(), "posted once");
  }

  /** Our claim, then 300 claims of no one's, so that each import stays in flight a while. */
  private static Vivitrol835 busyPayment(String payerId, String trace, Claim c) {
    Vivitrol835 payment = paid(Vivitrol835.payment(payerId, trace), c, "ICN-K");
    for (int i = 0; i < 300; i++) {
      payment
          .claim(
              "RACE" + trace + "X" + i, "1", "50", "37.2", "9.3", "ICN-R" + i, c.getServiceDate())
          .line("96372", "50", "37.2", "1", "", "46.5", ADMIN_PAID);
    }
    return payment;
  }

  @Test
  void fourImportsOfOnePaymentAtTheSameMomentPostOnce() throws Exception {
    Payer payer = scenario.payer(false);
    Claim c = sentClaims(payer, 1).get(0);
    String trace = trace();
    byte[] fileA =
        Vivitrol835.file(isa13(), busyPayment(payer.getPayerId835(), trace, c))
            .getBytes(StandardCharsets.US_ASCII);
    byte[] fileB =
        Vivitrol835.file(isa13(), busyPayment(payer.getPayerId835(), trace, c))
            .getBytes(StandardCharsets.US_ASCII);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    long[] started = new long[4];
    long[] ended = new long[4];
    try {
      List<Future<ImportReport>> results = new ArrayList<>();
      List<byte[]> files = List.of(fileA, fileA, fileB, fileB);
      for (int i = 0; i < 4; i++) {
        int n = i;
        Callable<ImportReport> call =
            () -> {
              start.await();
              started[n] = System.nanoTime();
              try {
                return remittances.importFile(
                    "race.835", files.get(n), RemittanceFile.Source.POLLER);
              } finally {
                ended[n] = System.nanoTime();
              }
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      int posted = 0;
      int already = 0;
      Long postedFile = null;
      List<Long> pointedAt = new ArrayList<>();
      for (Future<ImportReport> f : results) {
        ImportReport r = f.get(120, TimeUnit.SECONDS);
        if (r.alreadyImported()) {
          already++;
          pointedAt.add(r.alreadyImportedFileId());
        } else {
          posted++;
          postedFile = r.fileId();
          assertEquals(301, r.claims());
          assertEquals(1, r.claimsPosted());
        }
      }
      assertEquals(1, posted, "exactly one import posts");
      assertEquals(3, already, "the others answer already imported");
      for (Long id : pointedAt) {
        assertEquals(postedFile, id, "each points at the one that posted");
      }
      long lastStart = java.util.Arrays.stream(started).max().orElseThrow();
      long firstEnd = java.util.Arrays.stream(ended).min().orElseThrow();
      assertTrue(lastStart < firstEnd, "the four imports were in flight at the same time");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, remittances.paymentsForClaim(c.getId()).size(), "one claim payment");
    assertEquals(ClaimStatus.PAID, claims.get(c.getId()).getStatus());
    long queued =
        openUnmatched().stream()
            .filter(u -> u.getPatientControlNumber().startsWith("RACE" + trace))
            .count();
    assertEquals(300, queued, "the 300 foreign claims are queued once");
  }

  @Test
  void aClaimThatIsNotOursGoesToTheUnmatchedQueueWithItsSegments() {
    Payer payer = scenario.payer(false);
    String foreign = Fixtures.unique("ZZ");
    Vivitrol835 payment =
        Vivitrol835.payment(payer.getPayerId835(), trace())
            .claim(foreign, "1", "50", "37.2", "9.3", "ICN-U", LocalDate.of(2025, 1, 14))
            .line("96372", "50", "37.2", "1", foreign + "L1", "46.5", ADMIN_PAID);
    ImportReport report = upload(Vivitrol835.file(isa13(), payment));
    assertEquals(1, report.claimsUnmatched());
    assertEquals(0, report.claimsPosted());
    UnmatchedRemittance item =
        openUnmatched().stream()
            .filter(u -> u.getPatientControlNumber().equals(foreign))
            .findFirst()
            .orElseThrow();
    assertEquals(UnmatchedRemittance.Kind.CLAIM, item.getKind());
    assertEquals("no claim of ours has CLM01 " + foreign, item.getReason());
    assertTrue(
        item.getRawSegments().startsWith("CLP*" + foreign + "*1*50*37.2*9.3*12*ICN-U~\n"),
        item.getRawSegments());
    assertTrue(item.getRawSegments().contains("REF*6R*" + foreign + "L1~"), item.getRawSegments());
  }

  @Test
  void anInvalidFileIsRefusedWithSegmentAndElementAndNothingIsStored() {
    Payer payer = scenario.payer(false);
    long before = remittances.files(0, 1).total();
    String x12 =
        Vivitrol835.file(
                isa13(),
                Vivitrol835.payment(payer.getPayerId835(), trace())
                    .claim("X1", "1", "0", "0", "0", "I", LocalDate.of(2025, 1, 1)))
            .replaceFirst("SE\\*\\d+\\*", "SE*99*");
    InvalidRemittanceException e =
        assertThrows(InvalidRemittanceException.class, () -> upload(x12));
    assertEquals("file", e.violations().get(0).field());
    assertTrue(
        e.violations().get(0).message().startsWith("segment SE"), e.violations().get(0).message());
    assertTrue(e.violations().get(0).message().contains("SE01"), e.violations().get(0).message());
    assertEquals(before, remittances.files(0, 1).total(), "no file stored");
  }

  @Test
  @RunAsClient
  void theApiImportsAnswersDuplicatesAndRefusesBadFilesAndOtherRoles() {
    ApiClient biller = ApiClient.newUserWithRole(base, "BILLER");
    String x12 =
        Vivitrol835.file(
            isa13(),
            Vivitrol835.payment("APIPAYER" + isa13(), trace())
                .claim("NOTOURS1", "1", "50", "37.2", "9.3", "ICN-API", LocalDate.of(2025, 1, 14))
                .line("96372", "50", "37.2", "1", "NOTOURS1L1", "46.5", ADMIN_PAID));
    HttpResponse<String> created = biller.postText("api/remittances?fileName=api.835", x12);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"claimsUnmatched\":1"), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> again = biller.postText("api/remittances", x12);
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(again.body().contains("\"alreadyImported\":true"), again.body());
    assertTrue(
        again.headers().firstValue("Link").orElseThrow().contains(location),
        again.headers().map().toString());

    HttpResponse<String> bad = biller.postText("api/remittances", "ISA*hello");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
    assertTrue(bad.body().contains("\"field\":\"file\""), bad.body());

    assertEquals(200, biller.get(location.substring(location.indexOf("api/"))).statusCode());
    assertEquals(200, biller.get("api/remittances").statusCode());
    assertEquals(200, biller.get("api/remittances/unmatched").statusCode());
    assertEquals(200, biller.get("api/denials?status=OPEN").statusCode());
    assertEquals(200, biller.get("api/provider-ledger").statusCode());

    // the dashboard's figures as JSON, months as yyyy-MM
    HttpResponse<String> aging = biller.get("api/dashboard/aging");
    assertEquals(200, aging.statusCode(), aging.body());
    assertTrue(aging.body().contains("\"asOf\":\"" + LocalDate.now() + "\""), aging.body());
    assertTrue(aging.body().contains("\"buckets\":["), aging.body());
    HttpResponse<String> rates = biller.get("api/dashboard/denial-rates");
    assertEquals(200, rates.statusCode(), rates.body());
    assertTrue(rates.body().contains("\"adjudicatedClaims\":"), rates.body());
    String thisMonth = "\"month\":\"" + java.time.YearMonth.now() + "\"";
    HttpResponse<String> injections = biller.get("api/dashboard/injections");
    assertEquals(200, injections.statusCode(), injections.body());
    assertTrue(injections.body().contains(thisMonth), injections.body());
    HttpResponse<String> cost = biller.get("api/dashboard/patient-cost");
    assertEquals(200, cost.statusCode(), cost.body());
    assertTrue(cost.body().startsWith("["), cost.body());

    ApiClient clinician = ApiClient.newUserWithRole(base, "CLINICIAN");
    assertEquals(403, clinician.postText("api/remittances", x12).statusCode());
    assertEquals(403, clinician.get("api/denials").statusCode());
    assertEquals(403, clinician.get("api/dashboard/aging").statusCode());
  }

  /**
   * An 835 sent as a multipart form upload (what a browser or {@code curl -F file=@x.835} sends)
   * imports like the raw body; its unmatched claim is resolved by a biller with a note: a stale
   * version gets 409, an empty note 400 naming it, a second resolution 409.
   */
  @Test
  @RunAsClient
  void aMultipartUploadImportsAndABillerResolvesTheUnmatchedItem() {
    ApiClient biller = ApiClient.newUserWithRole(base, "BILLER");
    String pcn = "NOTOURS" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String x12 =
        Vivitrol835.file(
            isa13(),
            Vivitrol835.payment("MPPAYER" + isa13(), trace())
                .claim(pcn, "1", "50", "37.2", "9.3", "ICN-MP", LocalDate.of(2025, 1, 14))
                .line("96372", "50", "37.2", "1", pcn + "L1", "46.5", ADMIN_PAID));
    String boundary = "----billing" + System.nanoTime();
    String form =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.835\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + x12
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> created =
        biller.post(
            "api/remittances",
            form.getBytes(StandardCharsets.US_ASCII),
            "multipart/form-data; boundary=" + boundary,
            false);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"claimsUnmatched\":1"), created.body());

    java.util.regex.Pattern ours =
        java.util.regex.Pattern.compile(
            "\\{[^{}]*\"id\":(\\d+)[^{}]*\"patientControlNumber\":\""
                + pcn
                + "\"[^{}]*\"version\":(\\d+)");
    java.util.regex.Matcher item = null;
    for (int first = 0; item == null && first < 100_000; first += 200) {
      String page = biller.get("api/remittances/unmatched?max=200&first=" + first).body();
      java.util.regex.Matcher m = ours.matcher(page);
      if (m.find()) {
        item = m;
      } else if (!page.contains("\"patientControlNumber\"")) {
        break;
      }
    }
    assertNotNull(item, "the unmatched claim " + pcn + " is in the open queue");
    String path = "api/remittances/unmatched/" + item.group(1) + "/resolution";
    long version = Long.parseLong(item.group(2));

    HttpResponse<String> blank = biller.post(path, versionAndNote(version, " "));
    assertEquals(400, blank.statusCode(), blank.body());
    assertTrue(blank.body().contains("note"), blank.body());
    HttpResponse<String> stale = biller.post(path, versionAndNote(version + 7, "refund asked"));
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> resolved =
        biller.post(path, versionAndNote(version, "not our patient: refund requested"));
    assertEquals(200, resolved.statusCode(), resolved.body());
    assertTrue(resolved.body().contains("\"status\":\"RESOLVED\""), resolved.body());
    assertTrue(resolved.body().contains("refund requested"), resolved.body());
    HttpResponse<String> twice = biller.post(path, versionAndNote(version + 1, "again"));
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(
        biller
            .get("api/remittances/unmatched?status=RESOLVED&max=200")
            .body()
            .contains("\"" + pcn + "\""),
        "the item is in the resolved queue");
  }

  /**
   * The body that works a queue item (a denial, an unmatched 835 claim): its version and a note.
   */
  private static String versionAndNote(long version, String note) {
    return jakarta.json.Json.createObjectBuilder()
        .add("version", version)
        .add("note", note)
        .build()
        .toString();
  }
}
