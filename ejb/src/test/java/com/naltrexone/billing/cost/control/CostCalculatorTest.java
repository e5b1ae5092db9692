package com.naltrexone.billing.cost.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.cost.control.AllowedAmounts.ContractRate;
import com.naltrexone.billing.cost.control.AllowedAmounts.UnitPrice;
import com.naltrexone.billing.cost.control.CostCalculator.Benefit;
import com.naltrexone.billing.cost.control.CostCalculator.Component;
import com.naltrexone.billing.cost.control.CostCalculator.Estimate;
import com.naltrexone.billing.cost.control.CostCalculator.PayerShare;
import com.naltrexone.billing.cost.control.CostCalculator.Plan;
import com.naltrexone.billing.cost.control.CostCalculator.Program;
import com.naltrexone.billing.cost.control.CostCalculator.Service;
import com.naltrexone.billing.cost.control.CostCalculator.Terms;
import com.naltrexone.billing.cost.entity.RateBasis;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked numbers for the out-of-pocket estimate. The commercial contract allows J2315 at 3.75 per
 * unit (x 380 = 1,425.00) and 96372 at 40.00; Medicare allows the ASP payment limit 4.20 per unit
 * (1,596.00) and 20.00 for 96372.
 */
class CostCalculatorTest {

  private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
  static final List<ContractRate> ACME =
      List.of(
          new ContractRate(
              "J2315",
              RateBasis.PER_UNIT,
              new BigDecimal("3.75"),
              LocalDate.of(2026, 1, 1),
              null,
              "ACME 2026"),
          new ContractRate(
              "96372",
              RateBasis.PER_UNIT,
              new BigDecimal("40.00"),
              LocalDate.of(2026, 1, 1),
              null,
              "ACME 2026"));
  static final List<ContractRate> MEDICARE_PFS =
      List.of(
          new ContractRate(
              "96372",
              RateBasis.PER_UNIT,
              new BigDecimal("20.00"),
              LocalDate.of(2026, 1, 1),
              null,
              "Medicare PFS 2026"));
  private static final UnitPrice ASP = new UnitPrice(new BigDecimal("4.20"), "ASP file 2026Q1");

  static BigDecimal m(String s) {
    return new BigDecimal(s);
  }

  static List<Service> buyAndBill(List<ContractRate> rates) {
    return List.of(
        new Service(
            "J2315",
            m("380"),
            Component.DRUG,
            Benefit.MEDICAL,
            AllowedAmounts.resolve("J2315", m("380"), DOS, rates, ASP, null)),
        new Service(
            "96372",
            BigDecimal.ONE,
            Component.ADMINISTRATION,
            Benefit.MEDICAL,
            AllowedAmounts.resolve("96372", BigDecimal.ONE, DOS, rates, null, null)));
  }

  static Terms commercial(
      String deductible, String met, String coins, String oopMax, String oopMet) {
    return new Terms(
        m(deductible),
        m(met),
        m(coins),
        null,
        null,
        oopMax == null ? null : m(oopMax),
        m(oopMet),
        null,
        null,
        null,
        true,
        "benefits call");
  }

  static Plan plan(long id, String name, PlanType type, CobOrder order, Terms terms) {
    return new Plan(id, name, type, order, terms);
  }

  static Plan acme(Terms terms) {
    return plan(1, "ACME", PlanType.COMMERCIAL, CobOrder.PRIMARY, terms);
  }

  static Program copayCard(String used, int doses) {
    return new Program(
        9, "Co-pay program", true, true, m("500.00"), m("6000.00"), m(used), 12, doses);
  }

  @Test
  void allowedComesFromTheContractThenTheAspLimitThenTheCharge() {
    assertEquals(
        "J2315: contract ACME 2026 3.75 per unit x 380 = 1,425.00",
        AllowedAmounts.resolve("J2315", m("380"), DOS, ACME, ASP, null).explanation());
    var asp = AllowedAmounts.resolve("J2315", m("380"), DOS, List.of(), ASP, null);
    assertEquals(m("1596.00"), asp.amount());
    assertEquals(AllowedAmounts.Source.ASP_LIMIT, asp.source());
    var pct =
        AllowedAmounts.resolve(
            "J2315",
            m("380"),
            DOS,
            List.of(new ContractRate("J2315", RateBasis.PERCENT_OF_ASP, m("104"), DOS, null, "X")),
            ASP,
            null);
    assertEquals(m("1659.84"), pct.amount(), "4.20 x 104% = 4.368 x 380");
    var charge =
        AllowedAmounts.resolve(
            "96372",
            BigDecimal.ONE,
            DOS,
            List.of(),
            null,
            new UnitPrice(m("50.00"), "charge master"));
    assertEquals(m("50.00"), charge.amount());
    assertFalse(charge.isContracted());
    var expired =
        AllowedAmounts.resolve(
            "96372",
            BigDecimal.ONE,
            DOS,
            List.of(
                new ContractRate(
                    "96372",
                    RateBasis.PER_UNIT,
                    m("40"),
                    m2025(),
                    LocalDate.of(2025, 12, 31),
                    "OLD")),
            null,
            null);
    assertFalse(expired.known());
    assertEquals(
        "96372: no contract rate, ASP payment limit or charge in force on 2026-03-10",
        expired.explanation());
  }

  private static LocalDate m2025() {
    return LocalDate.of(2025, 1, 1);
  }

  @Test
  void deductibleNotMetThePatientPaysEverythingUpToIt() {
    Estimate e =
        CostCalculator.estimate(
            buyAndBill(ACME), List.of(acme(commercial("2000", "0", "20", "6000", "0"))), List.of());
    PayerShare drug = e.lines().get(0).payers().get(0);
    assertEquals(m("1425.00"), drug.deductible().amount());
    assertEquals(m("0.00"), drug.coinsurance().amount());
    assertEquals(m("0.00"), drug.payerPays().amount());
    PayerShare admin = e.lines().get(1).payers().get(0);
    assertEquals(m("40.00"), admin.deductible().amount());
    assertEquals(
        "deductible 40.00 of the 575.00 still open of 2,000.00", admin.deductible().explanation());
    assertEquals(m("1465.00"), e.patientBeforeAssistance().amount());
    assertEquals(m("0.00"), e.payersPay().amount());
    assertEquals(m("1465.00"), e.owes());
    assertTrue(e.complete());
  }

  @Test
  void deductibleMetMidClaimThenCoinsuranceOnTheRest() {
    Estimate e =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(acme(commercial("1500", "1250", "20", "6000", "1250"))),
            List.of());
    PayerShare drug = e.lines().get(0).payers().get(0);
    assertEquals(m("250.00"), drug.deductible().amount());
    assertTrue(drug.deductible().explanation().endsWith("the deductible is met with this line"));
    assertEquals(m("235.00"), drug.coinsurance().amount());
    assertEquals(
        "coinsurance 20% of the 1,175.00 left after the deductible from allowed 1,425.00 from"
            + " contract ACME 2026 = 235.00",
        drug.coinsurance().explanation());
    assertEquals(m("940.00"), drug.payerPays().amount());
    PayerShare admin = e.lines().get(1).payers().get(0);
    assertEquals(m("0.00"), admin.deductible().amount());
    assertTrue(admin.deductible().explanation().startsWith("deductible already met"));
    assertEquals(m("8.00"), admin.coinsurance().amount());
    assertEquals(
        "coinsurance 20% of allowed 40.00 from contract ACME 2026 = 8.00",
        admin.coinsurance().explanation());
    assertEquals(m("493.00"), e.owes());
    assertEquals(m("972.00"), e.payersPay().amount());
  }

  @Test
  void outOfPocketMaximumCapsTheVisit() {
    Estimate e =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(acme(commercial("1000", "1000", "20", "3000", "2900"))),
            List.of());
    PayerShare drug = e.lines().get(0).payers().get(0);
    assertEquals(m("100.00"), drug.coinsurance().amount());
    assertTrue(
        drug.coinsurance()
            .explanation()
            .endsWith(
                "= 285.00, capped at 100.00 (out-of-pocket maximum 3,000.00, 100.00 left before"
                    + " this)"),
        drug.coinsurance().explanation());
    assertEquals(m("1325.00"), drug.payerPays().amount());
    PayerShare admin = e.lines().get(1).payers().get(0);
    assertEquals(m("0.00"), admin.coinsurance().amount());
    assertEquals(m("40.00"), admin.payerPays().amount());
    assertEquals(m("100.00"), e.owes());
  }

  static Terms partB() {
    return new Terms(
        m("283.00"), m("0"), m("20"), null, null, null, m("0"), null, null, null, true, "Part B");
  }

  static Terms medigap(boolean coversPartBDeductible) {
    return new Terms(
        m("0"),
        m("0"),
        m("0"),
        null,
        null,
        null,
        m("0"),
        null,
        null,
        null,
        coversPartBDeductible,
        "Medigap");
  }

  @Test
  void medicareTwentyPercentWithMedigapPlanGLeavesOnlyThePartBDeductible() {
    List<Plan> plans =
        List.of(
            plan(1, "MEDICARE B", PlanType.MEDICARE, CobOrder.PRIMARY, partB()),
            plan(2, "MEDIGAP G", PlanType.COMMERCIAL, CobOrder.SECONDARY, medigap(false)));
    Estimate e =
        CostCalculator.estimate(buyAndBill(MEDICARE_PFS), plans, List.of(copayCard("0", 0)));
    var drug = e.lines().get(0);
    assertEquals(m("1596.00"), drug.allowed().amount());
    PayerShare medicare = drug.payers().get(0);
    assertEquals(m("283.00"), medicare.deductible().amount());
    assertEquals(m("262.60"), medicare.coinsurance().amount(), "20% of 1,313.00");
    assertEquals(m("1050.40"), medicare.payerPays().amount());
    PayerShare gap = drug.payers().get(1);
    assertEquals(m("262.60"), gap.considered().amount());
    assertTrue(
        gap.considered().explanation().contains("less the primary's deductible 283.00"),
        gap.considered().explanation());
    assertEquals(m("262.60"), gap.payerPays().amount());
    assertEquals(m("283.00"), drug.patientShare().amount());
    var admin = e.lines().get(1);
    assertEquals(m("4.00"), admin.payers().get(0).coinsurance().amount());
    assertEquals(m("4.00"), admin.payers().get(1).payerPays().amount());
    assertEquals(m("283.00"), e.owes());
    assertTrue(e.assistance().isEmpty(), "no copay card with Medicare");
    assertTrue(
        e.notes()
            .contains(
                "Co-pay program does not apply: commercially insured only, and MEDICARE B is a"
                    + " government plan (MEDICARE)"),
        e.notes().toString());
  }

  @Test
  void medigapPlanFPaysThePartBDeductibleToo() {
    List<Plan> plans =
        List.of(
            plan(1, "MEDICARE B", PlanType.MEDICARE, CobOrder.PRIMARY, partB()),
            plan(2, "MEDIGAP F", PlanType.COMMERCIAL, CobOrder.SECONDARY, medigap(true)));
    Estimate e = CostCalculator.estimate(buyAndBill(MEDICARE_PFS), plans, List.of());
    assertEquals(m("0.00"), e.owes());
    assertEquals(m("1616.00"), e.payersPay().amount());
  }

  @Test
  void medicaidPrimaryOrSecondaryLeavesTheWholeVisitAtZero() {
    Estimate alone =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(plan(3, "STATE MEDICAID", PlanType.MEDICAID, CobOrder.PRIMARY, null)),
            List.of());
    assertEquals(m("0.00"), alone.owes());
    assertEquals(m("1465.00"), alone.payersPay().amount());
    assertTrue(alone.complete());

    Estimate behindCommercial =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(
                acme(commercial("2000", "0", "20", "6000", "0")),
                plan(3, "STATE MEDICAID", PlanType.MEDICAID, CobOrder.SECONDARY, null)),
            List.of());
    assertEquals(m("0.00"), behindCommercial.owes());
    PayerShare medicaid = behindCommercial.lines().get(0).payers().get(1);
    assertEquals(m("1425.00"), medicaid.payerPays().amount());
  }

  @Test
  void copayCardPaysTheDrugOnlyUpToItsPerDoseCap() {
    Estimate e =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(acme(commercial("1000", "1000", "40", "8000", "1000"))),
            List.of(copayCard("0", 0)));
    // 40% of 1,425.00 = 570.00 on the drug, 40% of 40.00 = 16.00 on the administration
    assertEquals(m("586.00"), e.patientBeforeAssistance().amount());
    assertEquals(m("500.00"), e.assistance().get(0).pays().amount());
    assertEquals(m("86.00"), e.owes(), "70.00 drug above the cap + 16.00 administration");
    assertTrue(e.assistance().get(0).pays().explanation().contains("(not the administration)"));
  }

  @Test
  void copayCardHittingItsAnnualCap() {
    Estimate e =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(acme(commercial("1000", "1000", "30", "8000", "1000"))),
            List.of(copayCard("5800.00", 11)));
    // 30% of 1,425.00 = 427.50; 30% of 40.00 = 12.00
    assertEquals(m("439.50"), e.patientBeforeAssistance().amount());
    assertEquals(m("200.00"), e.assistance().get(0).pays().amount());
    assertEquals(
        "Co-pay program pays 200.00 of the patient's drug share 427.50 (not the administration);"
            + " cap 500.00 per dose; 200.00 left of the 6,000.00 annual cap (5,800.00 used this"
            + " year): the annual cap is reached",
        e.assistance().get(0).pays().explanation());
    assertEquals(m("239.50"), e.owes());

    Estimate twelfthUsed =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(acme(commercial("1000", "1000", "30", "8000", "1000"))),
            List.of(copayCard("4000.00", 12)));
    assertTrue(twelfthUsed.assistance().isEmpty());
    assertEquals(m("439.50"), twelfthUsed.owes());
  }

  /** Commercial, deductible 2,000.00 not met, 20%; specialty pharmacy copay 100.00. */
  static Terms withSpecialtyCopay() {
    return new Terms(
        m("2000"),
        m("0"),
        m("20"),
        null,
        null,
        m("6000"),
        m("0"),
        m("100.00"),
        null,
        m("10.00"),
        true,
        "benefits call");
  }

  @Test
  void specialtyPharmacyRouteIsCheaperWhenThePlanHasASpecialtyCopay() {
    Terms t = withSpecialtyCopay();
    Estimate buyAndBill = CostCalculator.estimate(buyAndBill(ACME), List.of(acme(t)), List.of());
    assertEquals(m("1465.00"), buyAndBill.owes());

    var kit =
        new AllowedAmounts.Allowed(
            m("1750.00"),
            AllowedAmounts.Source.CHARGE,
            "WAC",
            "Vivitrol kit: WAC 1,750.00 per kit");
    Estimate specialty =
        CostCalculator.estimate(
            List.of(
                new Service(
                    "65757030001", BigDecimal.ONE, Component.DRUG, Benefit.SPECIALTY_PHARMACY, kit),
                buyAndBill(ACME).get(1)),
            List.of(acme(t)),
            List.of());
    PayerShare fill = specialty.lines().get(0).payers().get(0);
    assertEquals(m("0.00"), fill.deductible().amount());
    assertEquals(m("100.00"), fill.copay().amount());
    assertEquals(m("1650.00"), fill.payerPays().amount());
    assertEquals(m("140.00"), specialty.owes(), "copay 100.00 + 96372 to the deductible 40.00");
    assertTrue(specialty.owes().compareTo(buyAndBill.owes()) < 0);
  }

  @Test
  void noBenefitsOnFileMakesTheEstimateIncomplete() {
    Estimate e =
        CostCalculator.estimate(
            buyAndBill(ACME),
            List.of(plan(1, "ACME", PlanType.COMMERCIAL, CobOrder.PRIMARY, null)),
            List.of());
    assertFalse(e.complete());
    assertEquals(m("1465.00"), e.owes());
    assertTrue(e.notes().get(0).startsWith("no benefits on file for coverage 1 (ACME)"));
  }

  @Test
  void copaysReplaceCoinsuranceForTheirComponent() {
    Terms t =
        new Terms(
            m("0"),
            m("0"),
            m("20"),
            m("75.00"),
            m("15.00"),
            null,
            m("0"),
            null,
            null,
            null,
            true,
            "271");
    Estimate e = CostCalculator.estimate(buyAndBill(ACME), List.of(acme(t)), List.of());
    assertEquals(m("75.00"), e.lines().get(0).payers().get(0).copay().amount());
    assertEquals(m("0.00"), e.lines().get(0).payers().get(0).coinsurance().amount());
    assertEquals(m("15.00"), e.lines().get(1).payers().get(0).copay().amount());
    assertEquals(m("90.00"), e.owes());
  }
}
