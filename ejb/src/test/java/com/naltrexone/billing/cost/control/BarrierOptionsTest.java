package com.naltrexone.billing.cost.control;

import static com.naltrexone.billing.cost.control.CostCalculatorTest.acme;
import static com.naltrexone.billing.cost.control.CostCalculatorTest.buyAndBill;
import static com.naltrexone.billing.cost.control.CostCalculatorTest.commercial;
import static com.naltrexone.billing.cost.control.CostCalculatorTest.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.cost.control.BarrierOptions.Candidate;
import com.naltrexone.billing.cost.control.BarrierOptions.Kind;
import com.naltrexone.billing.cost.control.BarrierOptions.Option;
import com.naltrexone.billing.cost.control.BarrierOptions.OtherRoute;
import com.naltrexone.billing.cost.control.CostCalculator.Benefit;
import com.naltrexone.billing.cost.control.CostCalculator.Component;
import com.naltrexone.billing.cost.control.CostCalculator.Estimate;
import com.naltrexone.billing.cost.control.CostCalculator.Plan;
import com.naltrexone.billing.cost.control.CostCalculator.Program;
import com.naltrexone.billing.cost.control.CostCalculator.Service;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.PlanType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commercial patient before the deductible owes 1,465.00 for a buy-and-bill dose (see {@link
 * CostCalculatorTest}); the levers are ranked by what they leave the patient to pay.
 */
class BarrierOptionsTest {

  static final Program CARD =
      new Program(9, "Co-pay program", true, true, m("500.00"), m("6000.00"), m("0"), 12, 0);
  static final Program FOUNDATION =
      new Program(8, "SUD foundation", false, false, null, m("1000.00"), m("0"), null, 0);

  static Estimate oral() {
    var month =
        AllowedAmounts.listPrice(
            "naltrexone 50 mg, 30 tablets",
            m("30"),
            new AllowedAmounts.UnitPrice(m("0.85"), "ACQUISITION per tablet"));
    return CostCalculator.estimate(
        List.of(
            new Service("00406117001", m("30"), Component.DRUG, Benefit.RETAIL_PHARMACY, month)),
        List.of(),
        List.of());
  }

  @Test
  void commercialPatientBeforeTheDeductibleGetsEveryLeverCheapestFirst() {
    List<Plan> plans = List.of(acme(commercial("2000", "0", "20", "6000", "0")));
    Estimate current =
        CostCalculator.estimate(buyAndBill(CostCalculatorTest.ACME), plans, List.of());
    assertEquals(m("1465.00"), current.owes());
    Estimate specialty =
        CostCalculator.estimate(
            List.of(
                new Service(
                    "65757030001",
                    BigDecimal.ONE,
                    Component.DRUG,
                    Benefit.SPECIALTY_PHARMACY,
                    new AllowedAmounts.Allowed(
                        m("1750.00"), AllowedAmounts.Source.LIST_PRICE, "WAC", "kit at WAC")),
                current.lines().get(1).service()),
            List.of(acme(CostCalculatorTest.withSpecialtyCopay())),
            List.of());

    List<Option> options =
        BarrierOptions.rank(
            current,
            plans,
            List.of(),
            List.of(new Candidate(CARD, true), new Candidate(FOUNDATION, false)),
            List.of(new OtherRoute(Kind.SPECIALTY_PHARMACY, specialty)),
            oral(),
            6);

    assertEquals(
        List.of(
            Kind.SECONDARY_COVERAGE,
            Kind.ORAL_BRIDGE,
            Kind.SPECIALTY_PHARMACY,
            Kind.FOUNDATION,
            Kind.COPAY_PROGRAM,
            Kind.PAYMENT_PLAN),
        options.stream().map(Option::kind).toList());
    assertEquals(m("0.00"), options.get(0).patientCost(), "Medicaid secondary: nothing left");
    assertEquals(m("25.50"), options.get(1).patientCost(), "30 x 0.85 cash, no pharmacy terms");
    assertEquals(m("140.00"), options.get(2).patientCost(), "specialty copay 100 + 96372 40");
    assertEquals(m("465.00"), options.get(3).patientCost(), "foundation pays 1,000.00 of 1,465.00");
    assertEquals(m("965.00"), options.get(4).patientCost(), "card pays 500.00 of the drug only");
    assertTrue(
        options
            .get(4)
            .explanation()
            .startsWith("enroll in Co-pay program: Co-pay program pays 500.00"));
    assertEquals(m("1465.00"), options.get(5).patientCost());
    assertEquals(
        "a payment plan spreads 1,465.00 over 6 monthly payments of at most 244.17",
        options.get(5).explanation());
  }

  @Test
  void medicarePatientGetsNoCopayCardAndNoSecondaryScreeningWhenMedigapIsThere() {
    List<Plan> plans =
        List.of(
            new Plan(
                1, "MEDICARE B", PlanType.MEDICARE, CobOrder.PRIMARY, CostCalculatorTest.partB()),
            new Plan(
                2,
                "MEDIGAP G",
                PlanType.COMMERCIAL,
                CobOrder.SECONDARY,
                CostCalculatorTest.medigap(false)));
    Estimate current =
        CostCalculator.estimate(buyAndBill(CostCalculatorTest.MEDICARE_PFS), plans, List.of());
    assertEquals(m("283.00"), current.owes());

    List<Option> options =
        BarrierOptions.rank(
            current, plans, List.of(), List.of(new Candidate(CARD, true)), List.of(), null, 6);

    assertEquals(List.of(Kind.PAYMENT_PLAN), options.stream().map(Option::kind).toList());
  }
}
