package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.cost.boundary.Benefits;
import com.naltrexone.billing.cost.boundary.BenefitsData;
import com.naltrexone.billing.cost.boundary.ContractRateData;
import com.naltrexone.billing.cost.boundary.CopayAssistance;
import com.naltrexone.billing.cost.boundary.EnrollmentData;
import com.naltrexone.billing.cost.boundary.PaymentFollowUp;
import com.naltrexone.billing.cost.boundary.ProgramData;
import com.naltrexone.billing.cost.boundary.ProgramPaymentData;
import com.naltrexone.billing.cost.entity.AssistanceClaim;
import com.naltrexone.billing.cost.entity.AssistanceClaimStatus;
import com.naltrexone.billing.cost.entity.CopayProgram;
import com.naltrexone.billing.cost.entity.CoverageBenefit;
import com.naltrexone.billing.cost.entity.ProgramKind;
import com.naltrexone.billing.cost.entity.RateBasis;
import com.naltrexone.billing.cost.entity.Underpayment;
import com.naltrexone.billing.cost.entity.UnderpaymentStatus;
import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.drugs.boundary.DrugCatalog;
import com.naltrexone.billing.drugs.boundary.PriceData;
import com.naltrexone.billing.drugs.entity.PriceKind;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted.LinePosting;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * Cost of access on PostgreSQL: a posted payment (a {@link ClaimPaymentPosted} handed to {@link
 * PaymentFollowUp#follow} here as the follow-up queue hands it over after an 835 import) moves the
 * accumulators, queues the underpaid J2315 line, claims the copay program's share and shows a
 * losing margin; over REST, benefits are entered, the estimate explains its figures, the patient is
 * flagged as a cost barrier, and bad input or a wrong role is refused.
 */
@ExtendWith(ArquillianExtension.class)
class CostOfAccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(CostOfAccessIT.class, CatalogSeed.class, ClaimScenario.class);
  }

  @EJB ClaimScenario scenario;
  @EJB CatalogSeed catalog;
  @EJB DrugCatalog drugs;
  @EJB Claims claims;
  @EJB Coverages coverages;
  @EJB Benefits benefits;
  @EJB CopayAssistance assistance;
  @EJB PaymentFollowUp followUp;

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();

  static BigDecimal m(String s) {
    return new BigDecimal(s);
  }

  private Claim claimFor(Dose dose) {
    for (ClaimStatus s : List.of(ClaimStatus.READY, ClaimStatus.HELD)) {
      var found =
          claims.byStatus(s, 0, 500).items().stream()
              .filter(c -> c.getDoseId() == dose.getId())
              .findFirst();
      if (found.isPresent()) {
        return claims.get(found.get().getId());
      }
    }
    throw new AssertionError("no claim for dose " + dose.getId());
  }

  private void acquisitionPriceForVivitrol() {
    long drugId = catalog.vivitrol().getId();
    if (drugs.priceOn(drugId, PriceKind.ACQUISITION, today.minusYears(2)).isEmpty()) {
      drugs.addPrice(
          drugId,
          new PriceData(
              PriceKind.ACQUISITION,
              m("1512.00"),
              "kit",
              LocalDate.of(2000, 1, 1),
              null,
              "IT invoice"));
    }
  }

  private static LinePosting line(
      ClaimLine l, String allowed, String paid, String deductible, String coinsurance) {
    BigDecimal co = l.getCharge().subtract(m(allowed));
    return new LinePosting(
        l.getId(),
        l.getProcedureCode(),
        l.getClaim().getServiceDate(),
        l.getCharge(),
        m(allowed),
        m(paid),
        m(deductible),
        m(coinsurance),
        m("0.00"),
        m("0.00"),
        co,
        m("0.00"));
  }

  private static LinePosting negated(LinePosting l) {
    return new LinePosting(
        l.claimLineId(),
        l.procedureCode(),
        l.serviceDate(),
        l.charge().negate(),
        l.allowed().negate(),
        l.paid().negate(),
        l.deductible().negate(),
        l.coinsurance().negate(),
        l.copay().negate(),
        l.otherPatientResponsibility().negate(),
        l.contractualWriteOff().negate(),
        l.otherAdjustments().negate());
  }

  /**
   * The dose's claim, built after its coverage got benefits (deductible 1,500.00 with 1,250.00 met,
   * 20% coinsurance), its payer a contract (J2315 3.75 per unit, 96372 40.00) and its patient a
   * manufacturer co-pay program (500.00 per dose).
   */
  private Claim claimUnderContractWithProgram(Payer payer, Dose dose) {
    LocalDate dos = dose.getGivenOn();
    BenefitsData b = new BenefitsData();
    b.planYearStart = dos.withDayOfYear(1);
    b.planYearEnd = b.planYearStart.plusYears(1).minusDays(1);
    b.deductible = m("1500.00");
    b.deductibleMet = m("1250.00");
    b.coinsurancePercent = m("20");
    b.oopMax = m("6000.00");
    b.oopMet = m("1250.00");
    b.source = "IT benefits call";
    benefits.add(dose.getPatientId(), coverages.of(dose.getPatientId()).get(0).getId(), b);
    for (String[] rate : new String[][] {{"J2315", "3.75"}, {"96372", "40.00"}}) {
      ContractRateData r = new ContractRateData();
      r.code = rate[0];
      r.basis = RateBasis.PER_UNIT;
      r.rate = m(rate[1]);
      r.effectiveFrom = dos.minusYears(1);
      r.contractName = "IT CONTRACT";
      benefits.addRate(payer.getId(), r);
    }
    ProgramData p = new ProgramData();
    p.name = "IT co-pay program " + UUID.randomUUID().toString().substring(0, 8);
    p.kind = ProgramKind.MANUFACTURER;
    p.commercialOnly = true;
    p.drugCostOnly = true;
    p.perDoseCap = m("500.00");
    p.annualCap = m("6000.00");
    p.maxDosesPerYear = 12;
    p.lookbackDays = 90;
    CopayProgram program = assistance.createProgram(p);
    EnrollmentData e = new EnrollmentData();
    e.programId = program.getId();
    e.enrollmentNumber = "IT" + dose.getId();
    e.enrolledOn = today;
    assistance.enroll(dose.getPatientId(), e);

    claims.buildBillable();
    return claimFor(dose);
  }

  @Test
  void aPostedPaymentMovesAccumulatorsQueuesTheUnderpaymentClaimsTheProgramAndShowsTheLoss() {
    acquisitionPriceForVivitrol();
    Payer payer = scenario.payer(false);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    LocalDate dos = dose.getGivenOn();
    long coverageId = coverages.of(dose.getPatientId()).get(0).getId();

    Claim claim = claimUnderContractWithProgram(payer, dose);
    ClaimLine drug = claim.getLines().get(0);
    ClaimLine admin = claim.getLines().get(1);
    assertEquals("J2315", drug.getProcedureCode());
    // The payer allows 1,300.00 instead of the contracted 3.75 x 380 = 1,425.00: the last 250.00
    // of the deductible, 20% of 1,050.00 = 210.00 coinsurance, 840.00 paid. 96372 as contracted.
    List<LinePosting> lines =
        List.of(
            line(drug, "1300.00", "840.00", "250.00", "210.00"),
            line(admin, "40.00", "32.00", "0.00", "8.00"));
    long postingId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    ClaimPaymentPosted payment =
        new ClaimPaymentPosted(claim.getId(), postingId, "ICN1", "1", false, null, today, lines);
    followUp.follow(payment);
    followUp.follow(payment); // a posting seen twice changes nothing

    CoverageBenefit after = benefits.on(coverageId, dos).orElseThrow();
    assertEquals(0, m("1500.00").compareTo(after.getDeductibleMet()));
    assertEquals(0, m("1718.00").compareTo(after.getOopMet()), "1,250 + 250 + 210 + 8");

    Underpayment under =
        followUp.underpayments(UnderpaymentStatus.OPEN, 0, 500).items().stream()
            .filter(u -> u.getClaimId() == claim.getId())
            .findFirst()
            .orElseThrow();
    assertEquals("J2315", under.getProcedureCode());
    assertEquals(0, m("1425.00").compareTo(under.getExpectedAllowed()));
    assertEquals(0, m("125.00").compareTo(under.getShortfall()));
    assertTrue(under.getExpectedBasis().contains("contract IT CONTRACT 3.75 per unit x 380"));

    AssistanceClaim programClaim = programClaimOf(claim.getId());
    assertEquals(AssistanceClaimStatus.OPEN, programClaim.getStatus());
    assertEquals(0, m("460.00").compareTo(programClaim.getAmount()), "the drug's PR, not 96372");

    PaymentFollowUp.DoseMargin margin = marginOf(dose);
    assertEquals(0, m("493.00").compareTo(margin.estimatedPatient()), "250 + 235 + 8");
    assertEquals(0, m("468.00").compareTo(margin.actualPatient()));
    assertEquals(0, m("1512.00").compareTo(margin.acquisitionCost()));
    assertEquals(0, m("872.00").compareTo(margin.payerPaid()));
    assertEquals(0, m("460.00").compareTo(margin.programPaid()));
    assertEquals(0, m("8.00").compareTo(margin.patientPaid()));
    assertEquals(0, m("-172.00").compareTo(margin.margin()), "872 + 468 - 1,512");
    var payerMonth =
        followUp.margins(YearMonth.from(dos)).payers().stream()
            .filter(pm -> pm.payerId() == payer.getId())
            .findFirst()
            .orElseThrow();
    assertTrue(payerMonth.losing());
    assertEquals(1, payerMonth.doses());

    List<LinePosting> reversed = new ArrayList<>();
    lines.forEach(l -> reversed.add(negated(l)));
    followUp.follow(
        new ClaimPaymentPosted(
            claim.getId(), postingId + 1, "ICN1", "22", true, postingId, today, reversed));
    CoverageBenefit back = benefits.on(coverageId, dos).orElseThrow();
    assertEquals(0, m("1250.00").compareTo(back.getDeductibleMet()));
    assertEquals(0, m("1250.00").compareTo(back.getOopMet()));
    assertTrue(
        followUp.underpayments(UnderpaymentStatus.OPEN, 0, 500).items().stream()
            .noneMatch(u -> u.getClaimId() == claim.getId()));
    assertEquals(AssistanceClaimStatus.VOID, programClaimOf(claim.getId()).getStatus());
    assertEquals(0, m("-1512.00").compareTo(marginOf(dose).margin()), "nothing paid any more");

    // The corrected payment, at the contract: nothing short; the program's new claim is paid.
    followUp.follow(
        new ClaimPaymentPosted(
            claim.getId(),
            postingId + 2,
            "ICN2",
            "1",
            false,
            null,
            today,
            List.of(
                line(drug, "1425.00", "940.00", "250.00", "235.00"),
                line(admin, "40.00", "32.00", "0.00", "8.00"))));
    assertTrue(
        followUp.underpayments(UnderpaymentStatus.OPEN, 0, 500).items().stream()
            .noneMatch(u -> u.getClaimId() == claim.getId()));
    AssistanceClaim open =
        assistance.claims(AssistanceClaimStatus.OPEN).stream()
            .filter(c -> c.getClaimId() == claim.getId())
            .findFirst()
            .orElseThrow();
    assertEquals(0, m("485.00").compareTo(open.getAmount()), "250 + 235, under the 500 cap");
    ProgramPaymentData pay = new ProgramPaymentData();
    pay.paidOn = today;
    pay.amount = m("485.00");
    pay.reference = "EOB-" + claim.getId();
    assertEquals(AssistanceClaimStatus.PAID, assistance.paid(open.getId(), pay).getStatus());
    BusinessRuleException twice =
        assertThrows(BusinessRuleException.class, () -> assistance.paid(open.getId(), pay));
    assertEquals("status", twice.violations().get(0).field());
    PaymentFollowUp.DoseMargin corrected = marginOf(dose);
    assertEquals(0, m("972.00").compareTo(corrected.payerPaid()));
    assertEquals(0, m("485.00").compareTo(corrected.programPaid()));
    assertEquals(0, m("8.00").compareTo(corrected.patientPaid()));
    assertEquals(0, m("-47.00").compareTo(corrected.margin()), "972 + 493 - 1,512");
    assertEquals(0, m("1743.00").compareTo(benefits.on(coverageId, dos).orElseThrow().getOopMet()));
  }

  /**
   * A claim with two payments, each short of the contract (an underpayment and a program claim
   * each): reversing the first undoes what the first did, and only that.
   */
  @Test
  void aReversalUndoesWhatItsOwnPostingDidNotTheClaimsOtherPayments() {
    acquisitionPriceForVivitrol();
    Payer payer = scenario.payer(false);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    Claim claim = claimUnderContractWithProgram(payer, dose);
    ClaimLine drug = claim.getLines().get(0);
    ClaimLine admin = claim.getLines().get(1);
    List<LinePosting> firstLines =
        List.of(
            line(drug, "1300.00", "840.00", "250.00", "210.00"),
            line(admin, "40.00", "32.00", "0.00", "8.00"));
    long first = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE - 10);
    followUp.follow(
        new ClaimPaymentPosted(claim.getId(), first, "ICN1", "1", false, null, today, firstLines));
    followUp.follow(
        new ClaimPaymentPosted(
            claim.getId(),
            first + 1,
            "ICN1",
            "1",
            false,
            null,
            today,
            List.of(line(drug, "1350.00", "1080.00", "0.00", "270.00"))));
    assertEquals(1, underpaymentsOf(claim, first).size(), "the first payment is short");
    assertEquals(1, underpaymentsOf(claim, first + 1).size(), "so is the second");
    assertEquals(
        List.of(AssistanceClaimStatus.OPEN),
        programClaimsOf(claim, first).stream().map(AssistanceClaim::getStatus).toList());
    List<AssistanceClaimStatus> secondPrograms =
        programClaimsOf(claim, first + 1).stream().map(AssistanceClaim::getStatus).toList();

    List<LinePosting> reversed = new ArrayList<>();
    firstLines.forEach(l -> reversed.add(negated(l)));
    followUp.follow(
        new ClaimPaymentPosted(
            claim.getId(), first + 2, "ICN1", "22", true, first, today, reversed));

    assertEquals(
        List.of(UnderpaymentStatus.RESOLVED),
        underpaymentsOf(claim, first).stream().map(Underpayment::getStatus).toList());
    assertEquals(
        List.of(UnderpaymentStatus.OPEN),
        underpaymentsOf(claim, first + 1).stream().map(Underpayment::getStatus).toList(),
        "the second payment's underpayment stays open");
    assertEquals(
        List.of(AssistanceClaimStatus.VOID),
        programClaimsOf(claim, first).stream().map(AssistanceClaim::getStatus).toList());
    assertEquals(
        secondPrograms,
        programClaimsOf(claim, first + 1).stream().map(AssistanceClaim::getStatus).toList(),
        "the second payment's program claims are untouched");
  }

  private List<Underpayment> underpaymentsOf(Claim claim, long postingId) {
    List<Underpayment> found = new ArrayList<>();
    for (UnderpaymentStatus s : UnderpaymentStatus.values()) {
      followUp.underpayments(s, 0, 10_000).items().stream()
          .filter(u -> u.getClaimId() == claim.getId() && u.getPostingId() == postingId)
          .forEach(found::add);
    }
    return found;
  }

  private List<AssistanceClaim> programClaimsOf(Claim claim, long postingId) {
    List<AssistanceClaim> found = new ArrayList<>();
    for (AssistanceClaimStatus s : AssistanceClaimStatus.values()) {
      assistance.claims(s).stream()
          .filter(c -> c.getClaimId() == claim.getId() && c.getPostingId() == postingId)
          .forEach(found::add);
    }
    return found;
  }

  private AssistanceClaim programClaimOf(long claimId) {
    List<AssistanceClaim> all = new ArrayList<>();
    for (AssistanceClaimStatus s : AssistanceClaimStatus.values()) {
      all.addAll(assistance.claims(s));
    }
    return all.stream().filter(c -> c.getClaimId() == claimId).findFirst().orElseThrow();
  }

  private PaymentFollowUp.DoseMargin marginOf(Dose dose) {
    return followUp.margins(YearMonth.from(dose.getGivenOn())).doses().stream()
        .filter(d -> d.doseId() == dose.getId())
        .findFirst()
        .orElseThrow();
  }

  // ---- over REST, as the roles that do it ----

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private static String id(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.body());
    Matcher m = ID.matcher(r.body());
    assertTrue(m.find(), r.body());
    return m.group(1);
  }

  private static void badRequestNaming(HttpResponse<String> r, String field) {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(Json.namesField(r.body(), field), field + " in " + r.body());
  }

  private String vivitrolId(ApiClient admin) {
    Matcher m =
        Pattern.compile("\"id\":(\\d+)[^{}]*\"ndc11\":\"65757030001\"")
            .matcher(admin.get("api/drugs").body());
    if (m.find()) {
      return m.group(1);
    }
    return id(
        admin.post(
            "api/drugs",
            "{\"name\":\"Vivitrol 380 mg kit\",\"form\":\"INJECTION\",\"labeledNdc\":\"65757-300-01\","
                + "\"hcpcs\":\"J2315\",\"billingUnits\":380,\"strength\":\"380 mg\"}"));
  }

  private String prescriber(ApiClient admin) {
    Matcher m =
        Pattern.compile("\"id\":(\\d+)[^{}]*\"npi\":\"1932102084\"")
            .matcher(admin.get("api/providers").body());
    if (m.find()) {
      return m.group(1);
    }
    return id(
        admin.post(
            "api/providers",
            "{\"kind\":\"RENDERING\",\"lastName\":\"COST\",\"firstName\":\"DOC\","
                + "\"npi\":\"1932102084\",\"taxonomy\":\"2084P0800X\"}"));
  }

  @Test
  @RunAsClient
  void benefitsEstimateAndBarrierOverRestWithBadInputAndWrongRolesRefused() {
    ApiClient admin = ApiClient.as(base, "admin", ApiClient.adminPassword());
    ApiClient biller = ApiClient.newUserWithRole(base, "BILLER");
    ApiClient clinician = ApiClient.newUserWithRole(base, "CLINICIAN");
    String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String payer =
        id(
            admin.post(
                "api/payers",
                "{\"name\":\"COST PLAN\",\"payerId837\":\"CO"
                    + unique
                    + "\",\"payerId835\":\"CO"
                    + unique
                    + "\",\"claimFilingIndicator\":\"CI\",\"rules\":{\"ndcUnit\":\"UN\"}}"));
    String patient =
        id(
            biller.post(
                "api/patients",
                "{\"mrn\":\"COST-"
                    + unique
                    + "\",\"firstName\":\"CO\",\"lastName\":\"STER\",\"birthDate\":\"1985-05-05\","
                    + "\"sex\":\"M\",\"address\":{\"line1\":\"3 C ST\",\"city\":\"SPRINGFIELD\","
                    + "\"state\":\"IL\",\"zip\":\"62702\"}}"));
    String coverage =
        id(
            biller.post(
                "api/patients/" + patient + "/coverages",
                "{\"payerId\":"
                    + payer
                    + ",\"memberId\":\"COST"
                    + unique
                    + "\",\"planType\":\"COMMERCIAL\",\"relationship\":\"18\",\"effectiveFrom\":\""
                    + today.minusYears(1)
                    + "\",\"cobOrder\":\"PRIMARY\"}"));
    String rx =
        "{\"patientId\":"
            + patient
            + ",\"drugId\":"
            + vivitrolId(admin)
            + ",\"prescriberId\":"
            + prescriber(admin)
            + ",\"dose\":\"380 mg IM\",\"frequencyDays\":28,\"route\":\"BUY_AND_BILL\","
            + "\"startDate\":\""
            + today.minusDays(3)
            + "\",\"diagnosisCodes\":[\"F10.20\"]}";
    id(clinician.post("api/prescriptions", rx));

    String benefitsPath = "api/patients/" + patient + "/coverages/" + coverage + "/benefits";
    String benefitsJson =
        "{\"planYearStart\":\""
            + today.withDayOfYear(1)
            + "\",\"planYearEnd\":\""
            + today.withDayOfYear(1).plusYears(1).minusDays(1)
            + "\",\"deductible\":2000.00,\"deductibleMet\":0,\"coinsurancePercent\":%s,"
            + "\"oopMax\":6000.00,\"oopMet\":0,\"drugBenefit\":\"MEDICAL\",\"source\":\"IT call\"}";
    assertEquals(403, clinician.post(benefitsPath, String.format(benefitsJson, "20")).statusCode());
    badRequestNaming(
        biller.post(benefitsPath, String.format(benefitsJson, "120")), "coinsurancePercent");
    id(biller.post(benefitsPath, String.format(benefitsJson, "20")));
    badRequestNaming(biller.post(benefitsPath, String.format(benefitsJson, "20")), "planYearStart");
    for (String[] rate : new String[][] {{"J2315", "3.75"}, {"96372", "40.00"}}) {
      id(
          biller.post(
              "api/payers/" + payer + "/contract-rates",
              "{\"code\":\""
                  + rate[0]
                  + "\",\"basis\":\"PER_UNIT\",\"rate\":"
                  + rate[1]
                  + ",\"effectiveFrom\":\""
                  + today.minusYears(1)
                  + "\",\"contractName\":\"COST "
                  + unique
                  + "\"}"));
    }

    HttpResponse<String> estimate =
        clinician.get("api/patients/" + patient + "/cost-estimate?date=" + today);
    assertEquals(200, estimate.statusCode(), estimate.body());
    String body = estimate.body();
    assertTrue(
        body.contains("J2315: contract COST " + unique + " 3.75 per unit x 380 = 1,425.00"), body);
    assertTrue(body.contains("deductible 1,425.00 of the 2,000.00 still open of 2,000.00"), body);
    assertTrue(body.contains("\"patientOwes\":{\"amount\":1465.00"), body);
    assertTrue(body.contains("\"route\":\"SPECIALTY_PHARMACY\""), body);
    assertTrue(body.contains("\"oralMonthly\""), body);
    badRequestNaming(
        clinician.get("api/patients/" + patient + "/cost-estimate?date=tomorrow"), "date");

    HttpResponse<String> barriers = biller.get("api/cost-barriers");
    assertEquals(200, barriers.statusCode(), barriers.body());
    String mine =
        java.util.Arrays.stream(barriers.body().split("\\{\"estimatedPatientCost\":"))
            .filter(flag -> flag.contains("\"patientId\":" + patient + ","))
            .findFirst()
            .orElseThrow(() -> new AssertionError("patient not flagged: " + barriers.body()));
    assertTrue(mine.startsWith("1465.00,"), mine);
    assertTrue(mine.contains("\"kind\":\"SECONDARY_COVERAGE\",\"patientCost\":0.00"), mine);
    assertTrue(mine.contains("\"kind\":\"PAYMENT_PLAN\",\"patientCost\":1465.00"), mine);
    assertTrue(mine.contains("\"nextDoseDate\":\"" + today + "\""), mine);

    badRequestNaming(biller.get("api/margins?month=2026-13"), "month");
    badRequestNaming(biller.get("api/margins"), "month");
    HttpResponse<String> margins = biller.get("api/margins?month=" + YearMonth.from(today));
    assertEquals(200, margins.statusCode(), margins.body());
    assertTrue(margins.body().contains("\"month\":\"" + YearMonth.from(today) + "\""));
    assertEquals(403, clinician.get("api/margins?month=2026-01").statusCode());
    HttpResponse<String> queue = biller.get("api/underpayments");
    assertEquals(200, queue.statusCode(), queue.body());
    java.util.regex.Matcher total =
        java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(queue.body());
    assertTrue(total.find(), "a page with its total: " + queue.body());
    HttpResponse<String> onePage = biller.get("api/underpayments?max=1");
    assertEquals(200, onePage.statusCode(), onePage.body());
    assertTrue(onePage.body().contains("\"total\":" + total.group(1)), onePage.body());
    assertTrue(onePage.body().contains("\"max\":1"), onePage.body());
    int items = onePage.body().split("\"shortfall\"", -1).length - 1;
    assertEquals(Long.parseLong(total.group(1)) > 0 ? 1 : 0, items, onePage.body());
    assertEquals(403, clinician.get("api/underpayments").statusCode());
    badRequestNaming(biller.get("api/underpayments?status=LOST"), "status");

    HttpResponse<String> openapi = ApiClient.anonymous(ApiClient.serverRoot(base)).get("openapi");
    for (String path :
        List.of(
            "/api/patients/{patientId}/coverages/{coverageId}/benefits",
            "/api/payers/{payerId}/contract-rates",
            "/api/patients/{patientId}/cost-estimate",
            "/api/cost-barriers",
            "/api/copay-programs",
            "/api/patients/{patientId}/assistance-enrollments",
            "/api/assistance-claims",
            "/api/assistance-claims/{id}/payment",
            "/api/underpayments",
            "/api/margins")) {
      assertTrue(
          openapi.body().contains("\"" + path + "\""), path + " not in the OpenAPI document");
    }
  }
}
