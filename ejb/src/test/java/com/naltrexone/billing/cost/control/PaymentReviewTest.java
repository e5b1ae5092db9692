package com.naltrexone.billing.cost.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.cost.control.AllowedAmounts.ContractRate;
import com.naltrexone.billing.cost.entity.RateBasis;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted.LinePosting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentReviewTest {

  private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
  private static final BigDecimal TOLERANCE = new BigDecimal("1.00");

  static BigDecimal m(String s) {
    return new BigDecimal(s);
  }

  static LinePosting line(String code, String paid, String deductible, String coins) {
    BigDecimal z = Money.ZERO;
    return new LinePosting(
        7L,
        code,
        DOS,
        m("1615.00"),
        m(paid).add(m(deductible)).add(m(coins)),
        m(paid),
        m(deductible),
        m(coins),
        z,
        z,
        z,
        z);
  }

  static AllowedAmounts.Allowed contract() {
    return AllowedAmounts.resolve(
        "J2315",
        m("380"),
        DOS,
        List.of(new ContractRate("J2315", RateBasis.PER_UNIT, m("3.75"), DOS, null, "ACME 2026")),
        null,
        null);
  }

  @Test
  void anUnderpaidJ2315LineIsFoundWithTheExpectedFigureAndTheContract() {
    var found =
        PaymentReview.underpayment(line("J2315", "1000.00", "0", "300.00"), contract(), TOLERANCE);
    assertTrue(found.isPresent());
    assertEquals(m("1425.00"), found.get().expected());
    assertEquals(m("1300.00"), found.get().actual());
    assertEquals(m("125.00"), found.get().shortfall());
    assertEquals(
        "expected allowed 1,425.00 (J2315: contract ACME 2026 3.75 per unit x 380 = 1,425.00) but"
            + " paid 1,000.00 + patient responsibility 300.00 = 1,300.00: 125.00 short (tolerance"
            + " 1.00)",
        found.get().explanation());
  }

  @Test
  void withinToleranceADenialOrAChargeBasedFigureIsNoUnderpayment() {
    assertTrue(
        PaymentReview.underpayment(line("J2315", "1140.00", "0", "284.00"), contract(), TOLERANCE)
            .isEmpty(),
        "1.00 short is within the tolerance");
    assertTrue(
        PaymentReview.underpayment(line("J2315", "0", "0", "0"), contract(), TOLERANCE).isEmpty(),
        "a denial goes to the denial queue");
    var charge =
        AllowedAmounts.resolve(
            "J2315",
            m("380"),
            DOS,
            List.of(),
            null,
            new AllowedAmounts.UnitPrice(m("4.25"), "charge master"));
    assertTrue(
        PaymentReview.underpayment(line("J2315", "100", "0", "0"), charge, TOLERANCE).isEmpty());
  }

  @Test
  void accumulatorsTakeDeductibleAndCostSharingAndReversalsTakeThemBack() {
    var posted =
        PaymentReview.accumulation(
            List.of(
                line("J2315", "900.00", "250.00", "235.00"), line("96372", "32.00", "0", "8.00")));
    assertEquals(m("250.00"), posted.deductible());
    assertEquals(m("493.00"), posted.outOfPocket());
    var reversed =
        PaymentReview.accumulation(List.of(line("J2315", "-900.00", "-250.00", "-235.00")));
    assertEquals(m("-250.00"), reversed.deductible());
    assertEquals(m("-485.00"), reversed.outOfPocket());
  }

  @Test
  void aMedicareDoseBoughtAbovePaymentIsANegativeMargin() {
    // ASP limit 1,596.00 + 96372 20.00; Medicare pays 80% after the 283.00 deductible less 2%
    // sequestration: (1,050.40 + 16.00) x 0.98 = 1,045.07; the patient owes 283.00 + 262.60 + 4.00
    var margin = PaymentReview.margin(m("1850.00"), m("1045.07"), m("549.60"), Money.ZERO);
    assertEquals(m("-255.33"), margin.margin());
    assertEquals(m("549.60"), margin.patientPaid());
    assertTrue(margin.explanation().endsWith("= -255.33 (a loss)"), margin.explanation());

    var withCard = PaymentReview.margin(m("1512.00"), m("997.50"), m("427.50"), m("427.50"));
    assertEquals(m("-87.00"), withCard.margin());
    assertEquals(m("0.00"), withCard.patientPaid());
  }

  @Test
  void aPostedEventAndItsReversalCancelOutInTheAccumulators() {
    ClaimPaymentPosted paid =
        new ClaimPaymentPosted(
            5L,
            6L,
            "ICN",
            "1",
            false,
            null,
            DOS,
            List.of(
                line("J2315", "840.00", "250.00", "210.00"), line("96372", "32.00", "0", "8.00")));
    ClaimPaymentPosted reversal =
        new ClaimPaymentPosted(
            5L,
            7L,
            "ICN",
            "22",
            true,
            6L,
            DOS,
            List.of(
                line("J2315", "-840.00", "-250.00", "-210.00"),
                line("96372", "-32.00", "0", "-8.00")));
    var in = PaymentReview.accumulation(paid.lines());
    var out = PaymentReview.accumulation(reversal.lines());
    assertEquals(m("468.00"), in.outOfPocket());
    assertEquals(0, in.deductible().add(out.deductible()).signum());
    assertEquals(0, in.outOfPocket().add(out.outOfPocket()).signum());
    assertTrue(
        PaymentReview.underpayment(paid.lines().get(0), contract(), TOLERANCE).isPresent(),
        "1,300.00 against 1,425.00");
    assertTrue(
        PaymentReview.underpayment(reversal.lines().get(0), contract(), TOLERANCE).isEmpty(),
        "a reversal line is never an underpayment");
  }
}
