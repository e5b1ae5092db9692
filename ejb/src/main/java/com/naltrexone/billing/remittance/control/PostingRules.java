package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.entity.ClaimPayment.Outcome;
import com.naltrexone.billing.remittance.entity.PostedAmounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What posting one matched 835 claim means, decided without a database (domain.md 3.2, 3.3):
 *
 * <ul>
 *   <li>R1 CLP02 1/2/3 with money paid: PAID; 19/20/21: FORWARDED (posted, never re-billed).
 *   <li>R2 CLP02 4, or a processed claim with nothing paid: DENIED, into the denial queue; no CO
 *       amount of it is written off.
 *   <li>R3 CLP02 22: REVERSAL (the caller negates the original posting).
 *   <li>R4 Other CLP02 values (23 not our claim, 25 predetermination): not posted, unmatched.
 *   <li>R5 CO with an ordinary CARC (45, 253) is written off; CO with a denial CARC (197, 50, 16,
 *       29, an unknown code...) is held for the denial queue; PR splits into deductible (1),
 *       coinsurance (2), copay (3) and other; OA and PI are recorded.
 *   <li>R6 Allowed is AMT*B6 when given, else charge minus every CO amount.
 * </ul>
 */
public final class PostingRules {

  static final Set<String> PROCESSED = Set.of("1", "2", "3");
  static final Set<String> FORWARDED = Set.of("19", "20", "21");

  /**
   * One denial-queue entry to make.
   *
   * @param line index of the SVC in the claim, null for the claim level
   * @param group CAS01, null when the claim was denied without an adjustment (CLP02 4)
   * @param reason CARC, null likewise
   */
  public record DenialPlan(
      Integer line,
      String group,
      String reason,
      List<String> remarks,
      BigDecimal amount,
      String text,
      String action) {}

  /** The amounts of each line and of the claim, and the outcome. */
  public record ClaimPlan(
      Outcome outcome,
      PostedAmounts total,
      List<PostedAmounts> lines,
      List<DenialPlan> denials,
      String note) {}

  private PostingRules() {}

  public static ClaimPlan plan(Claim claim, ReasonCodes codes) {
    String status = claim.status();
    boolean reversal = claim.reversal();
    boolean processed = PROCESSED.contains(status) || FORWARDED.contains(status);
    if (!reversal && !processed && !"4".equals(status)) {
      return new ClaimPlan(
          Outcome.UNMATCHED,
          PostedAmounts.zero(),
          List.of(),
          List.of(),
          "CLP02 "
              + status
              + " is not posted automatically (23: not our claim, re-route; 25:"
              + " predetermination)");
    }
    BigDecimal paid = Objects.requireNonNullElse(claim.paid(), BigDecimal.ZERO);
    // Zero paid with nothing owed by the patient is a denial; zero paid because the whole allowed
    // amount went to the deductible (CLP05 > 0) is a processed claim: bill the patient, write off
    // CO.
    boolean denied =
        "4".equals(status)
            || (!reversal
                && paid.signum() == 0
                && Objects.requireNonNullElse(claim.patientResponsibility(), BigDecimal.ZERO)
                        .signum()
                    == 0
                && Objects.requireNonNullElse(claim.charge(), BigDecimal.ZERO).signum() != 0);

    List<PostedAmounts> lines = new ArrayList<>();
    List<DenialPlan> denials = new ArrayList<>();
    PostedAmounts total = PostedAmounts.zero();
    for (int i = 0; i < claim.lines().size(); i++) {
      Line line = claim.lines().get(i);
      PostedAmounts amounts =
          amounts(line.adjustments(), line.charge(), line.allowed(), denied, codes);
      lines.add(amounts);
      total = total.plus(amounts);
      if (!reversal) {
        denials.addAll(denials(i, line.adjustments(), line.remarkCodes(), denied, codes));
      }
    }
    BigDecimal claimCharge =
        claim.lines().isEmpty() ? claim.charge() : BigDecimal.ZERO; // lines carry the allowed
    PostedAmounts claimLevel =
        amounts(
            claim.adjustments(),
            claimCharge,
            claim.lines().isEmpty() ? null : BigDecimal.ZERO,
            denied,
            codes);
    total = total.plus(claimLevel);
    if (!reversal) {
      denials.addAll(denials(null, claim.adjustments(), claim.remarkCodes(), denied, codes));
    }
    if (denied && denials.isEmpty()) {
      denials.add(unexplained(claim, codes));
    }
    Outcome outcome;
    String note;
    if (reversal) {
      outcome = Outcome.REVERSAL;
      note = "payment reversed by the payer (CLP02 22); a correction may follow";
    } else if (denied) {
      outcome = Outcome.DENIED;
      note =
          "4".equals(status)
              ? "denied (CLP02 4: patient not recognized)"
              : "processed with nothing paid (CLP02 " + status + "): in the denial queue";
    } else {
      outcome = FORWARDED.contains(status) ? Outcome.FORWARDED : Outcome.PAID;
      note =
          "paid "
              + plain(paid)
              + " of "
              + plain(claim.charge())
              + ", patient owes "
              + plain(total.patientResponsibility())
              + (outcome == Outcome.FORWARDED
                  ? " (forwarded to the next payer, CLP02 " + status + ": do not re-bill)"
                  : "");
    }
    return new ClaimPlan(outcome, total, lines, denials, note);
  }

  /**
   * R5 and R6 for one set of CAS triples.
   *
   * @param holdAll the claim is denied: no CO amount is written off
   */
  public static PostedAmounts amounts(
      List<Adjustment> adjustments,
      BigDecimal charge,
      BigDecimal allowedAmount,
      boolean holdAll,
      ReasonCodes codes) {
    BigDecimal deductible = BigDecimal.ZERO;
    BigDecimal coinsurance = BigDecimal.ZERO;
    BigDecimal copay = BigDecimal.ZERO;
    BigDecimal otherPr = BigDecimal.ZERO;
    BigDecimal contractual = BigDecimal.ZERO;
    BigDecimal denied = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    for (Adjustment a : adjustments) {
      BigDecimal amount = Objects.requireNonNullElse(a.amount(), BigDecimal.ZERO);
      switch (a.group()) {
        case "PR" -> {
          switch (a.reason()) {
            case "1" -> deductible = deductible.add(amount);
            case "2" -> coinsurance = coinsurance.add(amount);
            case "3" -> copay = copay.add(amount);
            default -> otherPr = otherPr.add(amount);
          }
        }
        case "CO" -> {
          if (holdAll || codes.carc(a.reason()).denial()) {
            denied = denied.add(amount);
          } else {
            contractual = contractual.add(amount);
          }
        }
        default -> other = other.add(amount);
      }
    }
    BigDecimal allowed =
        allowedAmount != null
            ? allowedAmount
            : Objects.requireNonNullElse(charge, BigDecimal.ZERO)
                .subtract(contractual)
                .subtract(denied);
    return new PostedAmounts(
        allowed, deductible, coinsurance, copay, otherPr, contractual, denied, other);
  }

  private static List<DenialPlan> denials(
      Integer line,
      List<Adjustment> adjustments,
      List<String> remarks,
      boolean deniedClaim,
      ReasonCodes codes) {
    List<DenialPlan> plans = new ArrayList<>();
    for (Adjustment a : adjustments) {
      ReasonCodes.Code carc = codes.carc(a.reason());
      boolean denial = carc.denial() && !"PR".equals(a.group());
      if (!denial && !(deniedClaim && "CO".equals(a.group()))) {
        continue;
      }
      StringBuilder text = new StringBuilder(a.group()).append('-').append(a.reason()).append(": ");
      text.append(carc.description());
      for (String remark : remarks) {
        text.append("; ").append(remark).append(": ").append(codes.rarc(remark).description());
      }
      plans.add(
          new DenialPlan(
              line,
              a.group(),
              a.reason(),
              remarks,
              Objects.requireNonNullElse(a.amount(), BigDecimal.ZERO),
              text.toString(),
              carc.suggestedAction()));
    }
    return plans;
  }

  private static DenialPlan unexplained(Claim claim, ReasonCodes codes) {
    List<String> remarks = claim.remarkCodes();
    String text =
        "4".equals(claim.status())
            ? "CLP02 4: denied, the patient or subscriber was not recognized"
            : "CLP02 " + claim.status() + ": processed with nothing paid and no denial reason";
    StringBuilder full = new StringBuilder(text);
    remarks.forEach(
        r -> full.append("; ").append(r).append(": ").append(codes.rarc(r).description()));
    return new DenialPlan(
        null,
        null,
        null,
        remarks,
        Objects.requireNonNullElse(claim.charge(), BigDecimal.ZERO),
        full.toString(),
        "4".equals(claim.status())
            ? "Verify eligibility and the member id, then resubmit"
            : "Call the payer: find out why nothing was paid");
  }

  static String plain(BigDecimal value) {
    if (value == null) {
      return "-";
    }
    return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
  }
}
