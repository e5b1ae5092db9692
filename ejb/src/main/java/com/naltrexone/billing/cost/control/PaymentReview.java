package com.naltrexone.billing.cost.control;

import static com.naltrexone.billing.cost.control.Money.text;

import com.naltrexone.billing.cost.control.AllowedAmounts.Allowed;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted.LinePosting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a posted payment shows after the fact, as pure computations: whether a line was paid below
 * what the contract promises, how a posting moves the benefit accumulators, and the margin of a
 * buy-and-bill dose.
 */
public final class PaymentReview {

  private PaymentReview() {}

  /** A line paid below its expected allowed amount by more than the tolerance. */
  public record Shortfall(
      BigDecimal expected, BigDecimal actual, BigDecimal shortfall, String explanation) {}

  /**
   * Paid plus patient responsibility below the contracted allowed amount (or the ASP payment limit
   * when there is no contract) by more than {@code tolerance}. A line with nothing paid and nothing
   * on the patient is a denial, not an underpayment; an amount based on our own charge promises
   * nothing.
   */
  public static Optional<Shortfall> underpayment(
      LinePosting line, Allowed expected, BigDecimal tolerance) {
    if (!expected.isContracted()) {
      return Optional.empty();
    }
    BigDecimal actual = line.paid().add(line.patientResponsibility());
    if (actual.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal shortfall = expected.amount().subtract(actual);
    if (shortfall.compareTo(tolerance) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Shortfall(
            expected.amount(),
            actual,
            shortfall,
            "expected allowed "
                + text(expected.amount())
                + " ("
                + expected.explanation()
                + ") but paid "
                + text(line.paid())
                + " + patient responsibility "
                + text(line.patientResponsibility())
                + " = "
                + text(actual)
                + ": "
                + text(shortfall)
                + " short (tolerance "
                + text(tolerance)
                + ")"));
  }

  /** What a posting adds to a plan year's accumulators (negative for a reversal). */
  public record Accumulation(BigDecimal deductible, BigDecimal outOfPocket) {

    public boolean isZero() {
      return deductible.signum() == 0 && outOfPocket.signum() == 0;
    }
  }

  /** PR-1 counts toward the deductible; PR-1, PR-2 and PR-3 toward the out-of-pocket maximum. */
  public static Accumulation accumulation(List<LinePosting> lines) {
    BigDecimal deductible = Money.ZERO;
    BigDecimal oop = Money.ZERO;
    for (LinePosting l : lines) {
      deductible = deductible.add(l.deductible());
      oop = oop.add(l.deductible()).add(l.coinsurance()).add(l.copay());
    }
    return new Accumulation(deductible, oop);
  }

  /**
   * The money of one buy-and-bill dose.
   *
   * @param patientPaid the patient's responsibility less what an assistance program pays of it
   */
  public record Margin(
      BigDecimal acquisitionCost,
      BigDecimal payerPaid,
      BigDecimal patientPaid,
      BigDecimal programPaid,
      BigDecimal margin,
      String explanation) {}

  public static Margin margin(
      BigDecimal acquisitionCost,
      BigDecimal payerPaid,
      BigDecimal patientResponsibility,
      BigDecimal programPaid) {
    BigDecimal patientPaid = patientResponsibility.subtract(programPaid);
    BigDecimal revenue = payerPaid.add(patientResponsibility);
    BigDecimal margin = revenue.subtract(acquisitionCost);
    return new Margin(
        acquisitionCost,
        payerPaid,
        patientPaid,
        programPaid,
        margin,
        "payer paid "
            + text(payerPaid)
            + " + patient "
            + text(patientPaid)
            + " + assistance program "
            + text(programPaid)
            + " - acquisition cost "
            + text(acquisitionCost)
            + " = "
            + text(margin)
            + (margin.signum() < 0 ? " (a loss)" : ""));
  }
}
