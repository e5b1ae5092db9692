package com.naltrexone.billing.remittance.control;

import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.only;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.remittance.control.PostingRules.ClaimPlan;
import com.naltrexone.billing.remittance.control.PostingRules.DenialPlan;
import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.entity.ClaimPayment.Outcome;
import com.naltrexone.billing.remittance.entity.PostedAmounts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Posting rules R1-R6 with the worked numbers of the Vivitrol fixtures. */
class PostingRulesTest {

  /** The seeded subset (V6__remittance.sql) that matters here. */
  static final ReasonCodes CODES =
      new ReasonCodes(
          "2025-1",
          List.of(
              new ReasonCodes.Code("CARC", "1", "Deductible amount", "-", false, "V"),
              new ReasonCodes.Code("CARC", "2", "Coinsurance amount", "-", false, "V"),
              new ReasonCodes.Code("CARC", "3", "Co-payment amount", "-", false, "V"),
              new ReasonCodes.Code("CARC", "45", "Charge exceeds fee schedule", "-", false, "V"),
              new ReasonCodes.Code("CARC", "253", "Sequestration", "-", false, "V"),
              new ReasonCodes.Code(
                  "CARC",
                  "197",
                  "Precertification/authorization/notification/pre-treatment absent",
                  "Obtain a retro-authorization or appeal",
                  true,
                  "V"),
              new ReasonCodes.Code(
                  "RARC",
                  "N54",
                  "Claim information is inconsistent with pre-certified/authorized services",
                  "-",
                  false,
                  "V")));

  static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  static void assertMoney(String expected, BigDecimal actual, String what) {
    assertEquals(0, money(expected).compareTo(actual), what + ": " + actual);
  }

  static Claim claim(String resource, int index) {
    return only(read(resource)).claims().get(index);
  }

  @Test
  void paidVivitrolWritesOffCo45AndBillsThePatientTheCoinsurance() {
    ClaimPlan plan = PostingRules.plan(claim("/remittance/vivitrol_paid.edi", 0), CODES);
    assertEquals(Outcome.PAID, plan.outcome());
    PostedAmounts drug = plan.lines().get(0);
    assertMoney("1544", drug.getAllowed(), "J2315 allowed (AMT*B6)");
    assertMoney("56", drug.getContractual(), "J2315 CO-45 written off");
    assertMoney("308.8", drug.getCoinsurance(), "J2315 PR-2");
    PostedAmounts admin = plan.lines().get(1);
    assertMoney("46.5", admin.getAllowed(), "96372 allowed");
    assertMoney("3.5", admin.getContractual(), "96372 CO-45");
    assertMoney("9.3", admin.getCoinsurance(), "96372 PR-2");
    // Claim: 1650 charged = 1272.40 paid + 59.50 written off + 318.10 patient.
    assertMoney("1590.5", plan.total().getAllowed(), "claim allowed");
    assertMoney("59.5", plan.total().getContractual(), "claim write-off");
    assertMoney("318.1", plan.total().patientResponsibility(), "claim patient responsibility");
    assertMoney("0", plan.total().getDenied(), "nothing held");
    assertEquals(List.of(), plan.denials());
    assertEquals("paid 1272.40 of 1650.00, patient owes 318.10", plan.note());
  }

  @Test
  void medicarePartialPaymentSplitsDeductibleFromCoinsuranceAndWritesOffSequestration() {
    ClaimPlan plan = PostingRules.plan(claim("/remittance/vivitrol_coinsurance.edi", 0), CODES);
    assertEquals(Outcome.PAID, plan.outcome());
    PostedAmounts drug = plan.lines().get(0);
    // 1600 = 1019.20 paid + (100 CO-45 + 20.80 CO-253) + (200 PR-1 + 260 PR-2).
    assertMoney("120.8", drug.getContractual(), "CO-45 + CO-253");
    assertMoney("200", drug.getDeductible(), "PR-1");
    assertMoney("260", drug.getCoinsurance(), "PR-2");
    assertMoney("1500", drug.getAllowed(), "AMT*B6");
    assertMoney("200", plan.total().getDeductible(), "claim deductible");
    assertMoney("268", plan.total().getCoinsurance(), "claim coinsurance 260 + 8");
    assertMoney("131.44", plan.total().getContractual(), "claim write-off 120.80 + 10.64");
    assertMoney("468", plan.total().patientResponsibility(), "= CLP05");
  }

  @Test
  void zeroPaidForMissingPaGoesToTheDenialQueueAndNothingIsWrittenOff() {
    ClaimPlan plan = PostingRules.plan(claim("/remittance/vivitrol_denied_pa.edi", 0), CODES);
    assertEquals(Outcome.DENIED, plan.outcome());
    assertMoney("0", plan.total().getContractual(), "never written off");
    assertMoney("1650", plan.total().getDenied(), "held for the denial queue");
    assertEquals(2, plan.denials().size());
    DenialPlan drug = plan.denials().get(0);
    assertEquals(0, drug.line());
    assertEquals("CO", drug.group());
    assertEquals("197", drug.reason());
    assertEquals(List.of("N54"), drug.remarks());
    assertMoney("1600", drug.amount(), "J2315 denied");
    assertEquals(
        "CO-197: Precertification/authorization/notification/pre-treatment absent; N54: Claim"
            + " information is inconsistent with pre-certified/authorized services",
        drug.text());
    assertEquals("Obtain a retro-authorization or appeal", drug.action());
  }

  @Test
  void zeroPaidBecauseAllWentToTheDeductibleIsProcessedNotDenied() {
    ClaimPlan plan = PostingRules.plan(claim("/remittance/vivitrol_all_deductible.edi", 0), CODES);
    assertEquals(Outcome.PAID, plan.outcome());
    assertEquals(List.of(), plan.denials(), "nothing goes to the denial queue");
    assertMoney("59.5", plan.total().getContractual(), "CO-45 written off");
    assertMoney("1590.5", plan.total().getDeductible(), "the patient owes the deductible");
    assertMoney("0", plan.total().getDenied(), "nothing held");
  }

  @Test
  void aReversalNegatesEveryAmountAndMakesNoDenial() {
    Claim reversal = claim("/remittance/vivitrol_reversal_correction.edi", 0);
    ClaimPlan plan = PostingRules.plan(reversal, CODES);
    assertEquals(Outcome.REVERSAL, plan.outcome());
    assertMoney("-59.5", plan.total().getContractual(), "negated write-off");
    assertMoney("-318.1", plan.total().getCoinsurance(), "negated coinsurance");
    assertMoney("-1590.5", plan.total().getAllowed(), "negated allowed");
    assertEquals(List.of(), plan.denials());

    ClaimPlan correction =
        PostingRules.plan(claim("/remittance/vivitrol_reversal_correction.edi", 1), CODES);
    assertEquals(Outcome.PAID, correction.outcome());
    assertMoney("28.5", correction.total().getContractual(), "25 + 3.50");
    assertMoney("324.3", correction.total().getCoinsurance(), "315 + 9.30");
  }

  @Test
  void aPaidClaimWithOneLineDeniedForPaHoldsThatLineOnly() {
    List<Adjustment> line = List.of(new Adjustment("CO", "197", money("50"), null));
    PostedAmounts amounts = PostingRules.amounts(line, money("50"), null, false, CODES);
    assertMoney("50", amounts.getDenied(), "CO-197 held");
    assertMoney("0", amounts.getContractual(), "not written off");
    assertMoney("0", amounts.getAllowed(), "50 charge - 50 CO");
  }

  @Test
  void anUnknownCarcIsNeverWrittenOff() {
    PostedAmounts amounts =
        PostingRules.amounts(
            List.of(new Adjustment("CO", "999", money("12.34"), null)),
            money("100"),
            null,
            false,
            CODES);
    assertMoney("12.34", amounts.getDenied(), "unknown CO held");
    assertMoney("87.66", amounts.getAllowed(), "charge - CO");
    assertTrue(CODES.carc("999").description().contains("not in reference list 2025-1"));
  }

  @Test
  void oaAndPiAreRecordedAndPrOtherThan123IsOtherPatientResponsibility() {
    PostedAmounts amounts =
        PostingRules.amounts(
            List.of(
                new Adjustment("OA", "23", money("10"), null),
                new Adjustment("PI", "45", money("5"), null),
                new Adjustment("PR", "96", money("7"), null)),
            money("100"),
            money("90"),
            false,
            CODES);
    assertMoney("15", amounts.getOtherAdjustments(), "OA + PI");
    assertMoney("7", amounts.getOtherPr(), "PR-96");
    assertMoney("90", amounts.getAllowed(), "AMT*B6 wins");
  }

  @Test
  void statusFourIsADenialEvenWithoutAdjustmentsAndStatus23IsNotPosted() {
    Claim paid = claim("/remittance/vivitrol_paid.edi", 0);
    Claim four = withStatus(paid, "4", money("0"), List.of());
    ClaimPlan plan = PostingRules.plan(four, CODES);
    assertEquals(Outcome.DENIED, plan.outcome());
    DenialPlan unexplained = plan.denials().get(plan.denials().size() - 1);
    assertNull(unexplained.line());
    assertEquals(
        "CLP02 4: denied, the patient or subscriber was not recognized", unexplained.text());

    ClaimPlan forwarded = PostingRules.plan(withStatus(paid, "19", paid.paid(), null), CODES);
    assertEquals(Outcome.FORWARDED, forwarded.outcome());
    assertTrue(forwarded.note().contains("do not re-bill"), forwarded.note());

    assertEquals(
        Outcome.UNMATCHED,
        PostingRules.plan(withStatus(paid, "23", paid.paid(), null), CODES).outcome());
  }

  /** The same claim with another CLP02 / CLP04 (and lines replaced when given). */
  static Claim withStatus(Claim c, String status, BigDecimal paid, List<Remittance.Line> lines) {
    return new Claim(
        c.position(),
        c.headerNumber(),
        c.patientControlNumber(),
        status,
        c.charge(),
        paid,
        c.patientResponsibility(),
        c.filingIndicator(),
        c.payerClaimNumber(),
        c.facilityCode(),
        c.frequency(),
        c.adjustments(),
        c.entities(),
        c.remarkCodes(),
        c.references(),
        c.dates(),
        c.amounts(),
        c.quantities(),
        lines == null ? c.lines() : lines,
        c.issues(),
        c.warnings());
  }
}
