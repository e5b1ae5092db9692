package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.PlbItem;
import com.naltrexone.billing.remittance.control.Remittance.ProviderAdjustment;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.Remittance.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 835 balancing rules (domain.md 3.5), pure and exact ({@link BigDecimal#compareTo}, no
 * rounding):
 *
 * <ol>
 *   <li>line: SVC02 − SVC03 = Σ CAS of that line;
 *   <li>claim: CLP03 − CLP04 = Σ claim-level CAS + Σ CAS of all its lines;
 *   <li>transaction: BPR02 = Σ CLP04 − Σ PLB amounts (a positive PLB amount reduces the payment).
 * </ol>
 *
 * Reversals (CLP02 = 22) carry negated amounts and must balance by the same rules. CLP05 = Σ PR
 * adjustments is only a {@link Severity#WARNING}: payers differ (and a reversal has no patient
 * responsibility, so it is checked there only when CLP05 is given and not zero). A missing amount
 * the rule needs is an error.
 *
 * <p>Streaming use: {@link #claim} as each claim arrives, {@link #transaction} at the trailer
 * (which carries Σ CLP04). Whole transactions: {@link #check}.
 */
public final class RemittanceBalance {

  public enum Severity {
    ERROR,
    WARNING
  }

  /**
   * One failed rule.
   *
   * @param rule LINE, CLAIM, TRANSACTION, PATIENT_RESPONSIBILITY or MISSING_AMOUNT
   * @param claim CLP01, null for a transaction rule
   * @param line "REF*6R value" or "SVC at segment n", null for claim and transaction rules
   * @param message a sentence naming the claim or line and the amounts
   */
  public record Finding(
      Severity severity, String rule, String claim, String line, String message) {}

  /** Findings of a whole transaction set, errors and warnings apart. */
  public record Result(List<Finding> errors, List<Finding> warnings) {
    public Result {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }

    public boolean balanced() {
      return errors.isEmpty();
    }
  }

  private RemittanceBalance() {}

  /** Every rule on a transaction held whole. */
  public static Result check(Transaction transaction) {
    List<Finding> all = new ArrayList<>();
    transaction.claims().forEach(c -> all.addAll(claim(c)));
    all.addAll(transaction(transaction.header(), transaction.trailer()));
    return new Result(
        all.stream().filter(f -> f.severity() == Severity.ERROR).toList(),
        all.stream().filter(f -> f.severity() == Severity.WARNING).toList());
  }

  /** Line rules for each line, the claim rule, and the CLP05 warning. */
  public static List<Finding> claim(Claim claim) {
    List<Finding> findings = new ArrayList<>();
    String pcn = claim.patientControlNumber();
    BigDecimal lineAdjustments = BigDecimal.ZERO;
    for (int i = 0; i < claim.lines().size(); i++) {
      Line line = claim.lines().get(i);
      BigDecimal adjusted = sum(line.adjustments());
      lineAdjustments = lineAdjustments.add(adjusted);
      if (line.charge() == null || line.paid() == null) {
        String name = lineName(line, i + 1);
        findings.add(
            new Finding(
                Severity.ERROR,
                "MISSING_AMOUNT",
                pcn,
                name,
                "claim %s %s: SVC02 charge or SVC03 paid is missing".formatted(pcn, name)));
        continue;
      }
      BigDecimal difference = line.charge().subtract(line.paid());
      if (difference.compareTo(adjusted) != 0) {
        // named only when it is reported: formatting the name of every balanced line was about
        // 2 % of the checked read
        String name = lineName(line, i + 1);
        findings.add(
            new Finding(
                Severity.ERROR,
                "LINE",
                pcn,
                name,
                ("claim %s %s does not balance: SVC02 charge %s − SVC03 paid %s = %s, but its CAS"
                        + " adjustments sum to %s (off by %s)")
                    .formatted(
                        pcn,
                        name,
                        plain(line.charge()),
                        plain(line.paid()),
                        plain(difference),
                        plain(adjusted),
                        plain(difference.subtract(adjusted)))));
      }
    }
    BigDecimal claimAdjustments = sum(claim.adjustments());
    if (claim.charge() == null || claim.paid() == null) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "MISSING_AMOUNT",
              pcn,
              null,
              "claim %s: CLP03 charge or CLP04 paid is missing".formatted(pcn)));
    } else {
      BigDecimal difference = claim.charge().subtract(claim.paid());
      BigDecimal adjusted = claimAdjustments.add(lineAdjustments);
      if (difference.compareTo(adjusted) != 0) {
        findings.add(
            new Finding(
                Severity.ERROR,
                "CLAIM",
                pcn,
                null,
                ("claim %s does not balance: CLP03 charge %s − CLP04 paid %s = %s, but CAS"
                        + " adjustments sum to %s (claim level %s + lines %s; off by %s)")
                    .formatted(
                        pcn,
                        plain(claim.charge()),
                        plain(claim.paid()),
                        plain(difference),
                        plain(adjusted),
                        plain(claimAdjustments),
                        plain(lineAdjustments),
                        plain(difference.subtract(adjusted)))));
      }
    }
    BigDecimal responsibility = Objects.requireNonNullElse(claim.patientResponsibility(), ZERO);
    BigDecimal pr = patientResponsibility(claim);
    boolean skip = claim.reversal() && responsibility.signum() == 0;
    if (!skip && responsibility.compareTo(pr) != 0) {
      findings.add(
          new Finding(
              Severity.WARNING,
              "PATIENT_RESPONSIBILITY",
              pcn,
              null,
              "claim %s: CLP05 patient responsibility %s differs from Σ PR adjustments %s"
                  .formatted(pcn, plain(responsibility), plain(pr))));
    }
    return findings;
  }

  /** BPR02 = Σ CLP04 − Σ PLB amounts. */
  public static List<Finding> transaction(Header header, Trailer trailer) {
    BigDecimal plb = BigDecimal.ZERO;
    for (ProviderAdjustment adjustment : trailer.providerAdjustments()) {
      for (PlbItem item : adjustment.items()) {
        if (item.amount() != null) {
          plb = plb.add(item.amount());
        }
      }
    }
    String st = "transaction ST02 %s (TRN02 %s)".formatted(header.controlNumber(), trace(header));
    if (header.totalPayment() == null) {
      return List.of(
          new Finding(
              Severity.ERROR, "MISSING_AMOUNT", null, null, st + ": BPR02 total is missing"));
    }
    BigDecimal expected = trailer.totalPaid().subtract(plb);
    if (header.totalPayment().compareTo(expected) == 0) {
      return List.of();
    }
    return List.of(
        new Finding(
            Severity.ERROR,
            "TRANSACTION",
            null,
            null,
            ("%s does not balance: BPR02 total payment %s, but Σ CLP04 %s over %d claims − Σ PLB"
                    + " %s = %s (off by %s)")
                .formatted(
                    st,
                    plain(header.totalPayment()),
                    plain(trailer.totalPaid()),
                    trailer.claimCount(),
                    plain(plb),
                    plain(expected),
                    plain(header.totalPayment().subtract(expected)))));
  }

  /** Σ PR adjustment amounts, claim level and lines. */
  public static BigDecimal patientResponsibility(Claim claim) {
    BigDecimal total = sumGroup(claim.adjustments(), "PR");
    for (Line line : claim.lines()) {
      total = total.add(sumGroup(line.adjustments(), "PR"));
    }
    return total;
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private static String lineName(Line line, int index) {
    String control = line.lineControlNumber();
    return control.isEmpty()
        ? "line %d (SVC at segment %d)".formatted(index, line.position())
        : "line %d (REF*6R %s)".formatted(index, control);
  }

  private static String trace(Header header) {
    return header.traceNumber().isEmpty() ? "-" : header.traceNumber();
  }

  private static BigDecimal sum(List<Adjustment> adjustments) {
    BigDecimal total = BigDecimal.ZERO;
    for (Adjustment a : adjustments) {
      if (a.amount() != null) {
        total = total.add(a.amount());
      }
    }
    return total;
  }

  private static BigDecimal sumGroup(List<Adjustment> adjustments, String group) {
    BigDecimal total = BigDecimal.ZERO;
    for (Adjustment a : adjustments) {
      if (group.equals(a.group()) && a.amount() != null) {
        total = total.add(a.amount());
      }
    }
    return total;
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
  }
}
