package com.naltrexone.billing.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated payer's benefit rules. Every claim line is paid at 80% of its charge, 5% is a
 * contractual reduction (CO-45) and the rest is coinsurance (PR-2), so lines and claims balance to
 * the cent. Member id markers steer other outcomes: {@code DENY...} denies with CO-197 and
 * LQ*HE*N54 (processed as primary, $0), {@code REVERSE...} produces a reversal (CLP02 22, negated)
 * followed by a correction in the same 835.
 */
final class Adjudication {

  static final String DENY = "DENY";
  static final String REVERSE = "REVERSE";

  /**
   * CLP06 values the 835 guide allows; the 837's commercial CI / BL have no 835 equivalent, so the
   * simulated payer reports them as 12 (PPO), as in the domain brief's worked 835.
   */
  private static final java.util.Set<String> CLP06 =
      java.util.Set.of(
          "12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM", "MA", "MB", "MC", "OF",
          "TV", "VA", "WC", "ZZ");

  private static final BigDecimal PAID_RATE = new BigDecimal("0.80");
  private static final BigDecimal CONTRACT_RATE = new BigDecimal("0.05");

  private Adjudication() {}

  record Adjustment(String group, String reason, BigDecimal amount) {}

  /**
   * One 2110 SVC loop.
   *
   * @param allowed AMT*B6
   * @param remark LQ*HE code or null
   */
  record PaidLine(
      List<String> procedure,
      BigDecimal charge,
      BigDecimal paid,
      String units,
      String serviceDate,
      List<Adjustment> adjustments,
      String lineControlNumber,
      BigDecimal allowed,
      String remark) {

    boolean balanced() {
      return charge.subtract(paid).compareTo(sum(adjustments)) == 0;
    }
  }

  /** One 2100 CLP loop. */
  record PaidClaim(
      String patientControlNumber,
      String status,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal patientResponsibility,
      String filingIndicator,
      String payerClaimControlNumber,
      Submission.Claim source,
      List<PaidLine> lines) {

    boolean balanced() {
      BigDecimal adjustments =
          lines.stream().map(l -> sum(l.adjustments())).reduce(BigDecimal.ZERO, BigDecimal::add);
      return charge.subtract(paid).compareTo(adjustments) == 0
          && lines.stream().allMatch(PaidLine::balanced);
    }
  }

  /**
   * The 835 claims for one accepted claim: one normally, two (reversal, correction) for REVERSE.
   */
  static List<PaidClaim> adjudicate(Submission.Claim claim, String icn) {
    if (claim.memberStartsWith(DENY)) {
      return List.of(deny(claim, icn));
    }
    PaidClaim paid = pay(claim, icn);
    if (claim.memberStartsWith(REVERSE)) {
      return List.of(reverse(paid), pay(claim, icn + "C"));
    }
    return List.of(paid);
  }

  private static PaidClaim pay(Submission.Claim claim, String icn) {
    List<PaidLine> lines = new ArrayList<>();
    for (Submission.Line line : claim.lines()) {
      BigDecimal charge = line.charge();
      BigDecimal paid = charge.multiply(PAID_RATE).setScale(2, RoundingMode.HALF_UP);
      BigDecimal contractual = charge.multiply(CONTRACT_RATE).setScale(2, RoundingMode.HALF_UP);
      BigDecimal coinsurance = charge.subtract(paid).subtract(contractual);
      lines.add(
          new PaidLine(
              line.procedure(),
              charge,
              paid,
              line.units(),
              line.serviceDate(),
              List.of(
                  new Adjustment("CO", "45", contractual), new Adjustment("PR", "2", coinsurance)),
              line.lineControlNumber(),
              charge.subtract(contractual),
              null));
    }
    return claim(claim, "1", icn, lines);
  }

  private static PaidClaim deny(Submission.Claim claim, String icn) {
    List<PaidLine> lines =
        claim.lines().stream()
            .map(
                line ->
                    new PaidLine(
                        line.procedure(),
                        line.charge(),
                        BigDecimal.ZERO,
                        line.units(),
                        line.serviceDate(),
                        List.of(new Adjustment("CO", "197", line.charge())),
                        line.lineControlNumber(),
                        null,
                        "N54"))
            .toList();
    return claim(claim, "1", icn, lines);
  }

  /** Every amount negated, same group/reason codes, no patient responsibility (domain 3.6). */
  private static PaidClaim reverse(PaidClaim original) {
    List<PaidLine> lines =
        original.lines().stream()
            .map(
                l ->
                    new PaidLine(
                        l.procedure(),
                        l.charge().negate(),
                        l.paid().negate(),
                        l.units(),
                        l.serviceDate(),
                        l.adjustments().stream()
                            .map(a -> new Adjustment(a.group(), a.reason(), a.amount().negate()))
                            .toList(),
                        l.lineControlNumber(),
                        l.allowed() == null ? null : l.allowed().negate(),
                        l.remark()))
            .toList();
    return new PaidClaim(
        original.patientControlNumber(),
        "22",
        original.charge().negate(),
        original.paid().negate(),
        null,
        original.filingIndicator(),
        original.payerClaimControlNumber(),
        original.source(),
        lines);
  }

  private static PaidClaim claim(
      Submission.Claim claim, String status, String icn, List<PaidLine> lines) {
    BigDecimal paid = lines.stream().map(PaidLine::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal patient =
        lines.stream()
            .flatMap(l -> l.adjustments().stream())
            .filter(a -> "PR".equals(a.group()))
            .map(Adjustment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    String filing = CLP06.contains(claim.filingIndicator()) ? claim.filingIndicator() : "12";
    return new PaidClaim(
        claim.patientControlNumber(),
        status,
        claim.charge(),
        paid,
        patient,
        filing,
        icn,
        claim,
        lines);
  }

  static BigDecimal sum(List<Adjustment> adjustments) {
    return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
