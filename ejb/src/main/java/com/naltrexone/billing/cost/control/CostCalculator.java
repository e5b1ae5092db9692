package com.naltrexone.billing.cost.control;

import static com.naltrexone.billing.cost.control.Money.ZERO;
import static com.naltrexone.billing.cost.control.Money.capped;
import static com.naltrexone.billing.cost.control.Money.min;
import static com.naltrexone.billing.cost.control.Money.positive;
import static com.naltrexone.billing.cost.control.Money.text;

import com.naltrexone.billing.cost.control.AllowedAmounts.Allowed;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.PlanType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a patient will owe for one visit (domain brief 5.6), as a pure computation with every figure
 * explained. For each service line, each coverage in COB order takes what the one before left to
 * the patient: the primary starts from the allowed amount; a secondary starts from the primary's
 * patient share (less the primary's deductible when it does not cover it, as Medigap plan G) and
 * applies its own deductible, copay or coinsurance and out-of-pocket maximum. Then the patient's
 * assistance programs pay, in the order given, within their caps.
 *
 * <p>Within a coverage the deductible comes first, then a copay when the plan has one for the
 * component (drug or administration), else coinsurance on the rest; the out-of-pocket maximum caps
 * the running total across the lines of the visit. Pharmacy-benefit lines (specialty or retail
 * fill) use the plan's pharmacy copay or coinsurance with no deductible (pharmacy deductibles are
 * not modelled). A Medicaid coverage without benefits on file shares no cost (payer of last
 * resort).
 */
public final class CostCalculator {

  private CostCalculator() {}

  /** The copay card pays the drug only; the administration is the other component. */
  public enum Component {
    DRUG,
    ADMINISTRATION
  }

  /** Which benefit pays the line. */
  public enum Benefit {
    MEDICAL,
    SPECIALTY_PHARMACY,
    RETAIL_PHARMACY
  }

  /** A priced line of the visit. */
  public record Service(
      String code, BigDecimal units, Component component, Benefit benefit, Allowed allowed) {}

  /**
   * One coverage's cost-sharing terms for the plan year, with the accumulators as they stand. Null
   * copays/percentages mean the plan has none; a null out-of-pocket maximum means no maximum.
   */
  public record Terms(
      BigDecimal deductible,
      BigDecimal deductibleMet,
      BigDecimal coinsurancePercent,
      BigDecimal drugCopay,
      BigDecimal administrationCopay,
      BigDecimal oopMax,
      BigDecimal oopMet,
      BigDecimal specialtyCopay,
      BigDecimal specialtyCoinsurancePercent,
      BigDecimal oralCopay,
      boolean coversPrimaryDeductible,
      String source) {

    /** Medicaid and similar: nothing for the patient to pay, on any benefit. */
    public static Terms noCostSharing(String source) {
      return new Terms(ZERO, ZERO, ZERO, null, null, null, ZERO, ZERO, null, ZERO, true, source);
    }

    BigDecimal copayFor(Benefit benefit, Component component) {
      return switch (benefit) {
        case MEDICAL -> component == Component.DRUG ? drugCopay : administrationCopay;
        case SPECIALTY_PHARMACY -> specialtyCopay;
        case RETAIL_PHARMACY -> oralCopay;
      };
    }

    BigDecimal coinsuranceFor(Benefit benefit) {
      return switch (benefit) {
        case MEDICAL -> coinsurancePercent;
        case SPECIALTY_PHARMACY -> specialtyCoinsurancePercent;
        case RETAIL_PHARMACY -> null;
      };
    }
  }

  /** A coverage in COB order; {@code terms} null when no benefits are on file for the date. */
  public record Plan(
      long coverageId, String payerName, PlanType planType, CobOrder order, Terms terms) {

    Terms effectiveTerms() {
      if (terms == null && planType == PlanType.MEDICAID) {
        return Terms.noCostSharing("Medicaid, no benefits on file: no patient cost sharing");
      }
      return terms;
    }
  }

  /**
   * An assistance program the patient is (or could be) enrolled in, with what is used this calendar
   * year. Null caps mean no cap.
   */
  public record Program(
      long programId,
      String name,
      boolean commercialOnly,
      boolean drugCostOnly,
      BigDecimal perDoseCap,
      BigDecimal annualCap,
      BigDecimal usedThisYear,
      Integer maxDosesPerYear,
      int dosesThisYear) {}

  /** One explained amount. */
  public record Figure(BigDecimal amount, String explanation) {}

  /** What one coverage did with one line. */
  public record PayerShare(
      long coverageId,
      String payerName,
      CobOrder order,
      Figure considered,
      Figure deductible,
      Figure copay,
      Figure coinsurance,
      Figure payerPays,
      Figure patientAfter) {}

  /** One line of the visit through every coverage. */
  public record LineEstimate(
      String code,
      BigDecimal units,
      Component component,
      Benefit benefit,
      AllowedAmounts.Source allowedSource,
      String allowedBasis,
      Figure allowed,
      List<PayerShare> payers,
      Figure patientShare) {

    /** The priced line this was made from, to estimate it again with other plans or programs. */
    public Service service() {
      return new Service(
          code,
          units,
          component,
          benefit,
          new Allowed(allowed.amount(), allowedSource, allowedBasis, allowed.explanation()));
    }
  }

  /** What an assistance program pays toward the visit. */
  public record AssistancePayment(long programId, String program, Figure pays) {}

  /** The whole visit. {@code complete} is false when a figure rests on missing data (see notes). */
  public record Estimate(
      List<LineEstimate> lines,
      Figure allowed,
      Figure payersPay,
      Figure patientBeforeAssistance,
      List<AssistancePayment> assistance,
      Figure patientOwes,
      List<String> notes,
      boolean complete) {

    public BigDecimal owes() {
      return patientOwes.amount();
    }

    /** The patient's share of the drug lines after insurance (what a copay card works on). */
    public BigDecimal drugShare() {
      return lines.stream()
          .filter(l -> l.component() == Component.DRUG)
          .map(l -> l.patientShare().amount())
          .reduce(ZERO, BigDecimal::add);
    }
  }

  /** Running deductible and out-of-pocket room of one coverage across the lines of a visit. */
  private static final class Room {
    BigDecimal deductibleLeft;
    BigDecimal oopLeft;

    Room(Terms t) {
      deductibleLeft = Money.cents(positive(t.deductible().subtract(t.deductibleMet())));
      oopLeft = t.oopMax() == null ? null : Money.cents(positive(t.oopMax().subtract(t.oopMet())));
    }

    BigDecimal take(BigDecimal wanted) {
      BigDecimal got = capped(wanted, oopLeft);
      if (oopLeft != null) {
        oopLeft = oopLeft.subtract(got);
      }
      return got;
    }
  }

  public static Estimate estimate(
      List<Service> services, List<Plan> plans, List<Program> programs) {
    List<String> notes = new ArrayList<>();
    boolean complete = true;
    List<Terms> terms = new ArrayList<>();
    List<Room> rooms = new ArrayList<>();
    for (Plan plan : plans) {
      Terms t = plan.effectiveTerms();
      terms.add(t);
      rooms.add(t == null ? null : new Room(t));
      if (t == null) {
        complete = false;
        notes.add(
            "no benefits on file for coverage "
                + plan.coverageId()
                + " ("
                + plan.payerName()
                + ") on the date: its share is not estimated");
      }
    }
    if (plans.isEmpty()) {
      notes.add("no coverage active on the date: the patient pays the whole allowed amount");
    }
    List<LineEstimate> lines = new ArrayList<>();
    for (Service s : services) {
      if (!s.allowed().known()) {
        complete = false;
        notes.add(s.allowed().explanation());
      }
      lines.add(line(s, plans, terms, rooms, notes));
    }
    BigDecimal allowed = sum(lines.stream().map(l -> l.allowed().amount()).toList());
    BigDecimal patient = sum(lines.stream().map(l -> l.patientShare().amount()).toList());
    BigDecimal payers = allowed.subtract(patient);

    BigDecimal drugShare =
        sum(
            lines.stream()
                .filter(l -> l.component() == Component.DRUG)
                .map(l -> l.patientShare().amount())
                .toList());
    List<AssistancePayment> assistance =
        assistance(drugShare, patient.subtract(drugShare), programs, plans, notes);
    BigDecimal assisted = sum(assistance.stream().map(a -> a.pays().amount()).toList());
    BigDecimal owes = patient.subtract(assisted);
    return new Estimate(
        lines,
        new Figure(allowed, "sum of the allowed amounts of " + lines.size() + " line(s)"),
        new Figure(
            payers, "allowed " + text(allowed) + " less the patient's share " + text(patient)),
        new Figure(patient, "deductible, copays and coinsurance left after every coverage"),
        assistance,
        new Figure(
            owes,
            assistance.isEmpty()
                ? "no assistance program applies"
                : "patient share " + text(patient) + " less assistance " + text(assisted)),
        notes,
        complete);
  }

  /**
   * What the programs pay, in order, toward the patient's share of a visit: the drug share only for
   * a drug-cost-only program (the copay card never pays the administration), within the per-dose
   * cap, what is left of the annual cap and the doses allowed a year. Used for estimates and, with
   * the posted patient responsibility, for the claims to the programs after a payment.
   */
  public static List<AssistancePayment> assistance(
      BigDecimal drugShare,
      BigDecimal otherShare,
      List<Program> programs,
      List<Plan> plans,
      List<String> notes) {
    BigDecimal drugLeft = drugShare;
    BigDecimal otherLeft = otherShare;
    List<AssistancePayment> assistance = new ArrayList<>();
    for (Program p : programs) {
      Optional<String> why = ineligibility(p, plans);
      if (why.isPresent()) {
        notes.add(p.name() + " does not apply: " + why.get());
        continue;
      }
      if (p.maxDosesPerYear() != null && p.dosesThisYear() >= p.maxDosesPerYear()) {
        notes.add(
            p.name() + " does not apply: all " + p.maxDosesPerYear() + " doses of the year used");
        continue;
      }
      BigDecimal base = p.drugCostOnly() ? drugLeft : drugLeft.add(otherLeft);
      BigDecimal annualLeft =
          p.annualCap() == null ? null : positive(p.annualCap().subtract(p.usedThisYear()));
      BigDecimal pays = capped(capped(base, p.perDoseCap()), annualLeft);
      StringBuilder why2 =
          new StringBuilder(p.name())
              .append(" pays ")
              .append(text(pays))
              .append(" of the patient's ")
              .append(p.drugCostOnly() ? "drug share " : "share ")
              .append(text(base));
      if (p.drugCostOnly() && otherLeft.signum() > 0) {
        why2.append(" (not the administration)");
      }
      if (p.perDoseCap() != null) {
        why2.append("; cap ").append(text(p.perDoseCap())).append(" per dose");
      }
      if (annualLeft != null) {
        why2.append("; ")
            .append(text(annualLeft))
            .append(" left of the ")
            .append(text(p.annualCap()))
            .append(" annual cap (")
            .append(text(p.usedThisYear()))
            .append(" used this year)");
        if (pays.compareTo(annualLeft) == 0 && annualLeft.compareTo(base) < 0) {
          why2.append(": the annual cap is reached");
        }
      }
      assistance.add(
          new AssistancePayment(p.programId(), p.name(), new Figure(pays, why2.toString())));
      BigDecimal fromDrug = min(pays, drugLeft);
      drugLeft = drugLeft.subtract(fromDrug);
      otherLeft = otherLeft.subtract(pays.subtract(fromDrug));
    }
    return assistance;
  }

  /** Why a program cannot pay for this patient, if it cannot. */
  public static Optional<String> ineligibility(Program p, List<Plan> plans) {
    if (!p.commercialOnly()) {
      return Optional.empty();
    }
    if (plans.isEmpty()) {
      return Optional.of("it needs commercial coverage and the patient has none");
    }
    return plans.stream()
        .filter(plan -> plan.planType().isGovernment())
        .findFirst()
        .map(
            plan ->
                "commercially insured only, and "
                    + plan.payerName()
                    + " is a government plan ("
                    + plan.planType()
                    + ")");
  }

  private static LineEstimate line(
      Service s, List<Plan> plans, List<Terms> terms, List<Room> rooms, List<String> notes) {
    BigDecimal allowed = s.allowed().amount();
    BigDecimal patient = allowed;
    BigDecimal primaryDeductible = ZERO;
    String left = "allowed " + text(allowed) + " from " + s.allowed().basis();
    List<PayerShare> shares = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Terms t = terms.get(i);
      if (t == null) {
        continue;
      }
      BigDecimal kept =
          i > 0 && !t.coversPrimaryDeductible() ? min(primaryDeductible, patient) : ZERO;
      BigDecimal considered = patient.subtract(kept);
      String consideredWhy =
          kept.signum() > 0
              ? left + " less the primary's deductible " + text(kept) + " it does not cover"
              : left;
      PayerShare share = adjudicate(plan, t, rooms.get(i), s, considered, consideredWhy, notes);
      if (shares.isEmpty()) {
        primaryDeductible = share.deductible().amount();
      }
      shares.add(share);
      patient = kept.add(share.patientAfter().amount());
      left = "the patient share " + text(patient) + " left by " + plan.payerName();
    }
    return new LineEstimate(
        s.code(),
        s.units(),
        s.component(),
        s.benefit(),
        s.allowed().source(),
        s.allowed().basis(),
        new Figure(allowed, s.allowed().explanation()),
        shares,
        new Figure(patient, "what the patient owes for " + s.code() + " after every coverage"));
  }

  private static PayerShare adjudicate(
      Plan plan,
      Terms t,
      Room room,
      Service s,
      BigDecimal considered,
      String consideredWhy,
      List<String> notes) {
    String who = plan.payerName();
    BigDecimal copayRate = t.copayFor(s.benefit(), s.component());
    BigDecimal coinsRate = t.coinsuranceFor(s.benefit());
    if (s.benefit() != Benefit.MEDICAL && copayRate == null && coinsRate == null) {
      notes.add(
          "no pharmacy-benefit terms on file for "
              + who
              + ": the estimate assumes it pays nothing for "
              + s.code());
      return new PayerShare(
          plan.coverageId(),
          who,
          plan.order(),
          new Figure(considered, consideredWhy),
          new Figure(ZERO, "no pharmacy deductible modelled"),
          new Figure(ZERO, "no pharmacy copay on file"),
          new Figure(ZERO, "no pharmacy coinsurance on file"),
          new Figure(ZERO, who + " pays nothing known for the pharmacy fill"),
          new Figure(considered, "the whole amount, for lack of pharmacy terms"));
    }

    BigDecimal deductible = ZERO;
    String deductibleWhy;
    if (s.benefit() != Benefit.MEDICAL) {
      deductibleWhy = "pharmacy benefit: no deductible applied";
    } else if (t.deductible().signum() == 0) {
      deductibleWhy = "no deductible";
    } else if (room.deductibleLeft.signum() == 0) {
      deductibleWhy =
          "deductible already met ("
              + text(t.deductibleMet().max(t.deductible()))
              + " of "
              + text(t.deductible())
              + " this plan year)";
    } else {
      BigDecimal wanted = min(considered, room.deductibleLeft);
      deductible = room.take(wanted);
      deductibleWhy =
          "deductible "
              + text(deductible)
              + " of the "
              + text(room.deductibleLeft)
              + " still open of "
              + text(t.deductible())
              + (deductible.compareTo(wanted) < 0 ? " (out-of-pocket maximum reached)" : "");
      room.deductibleLeft = room.deductibleLeft.subtract(deductible);
      if (room.deductibleLeft.signum() == 0 && deductible.compareTo(wanted) == 0) {
        deductibleWhy += "; the deductible is met with this line";
      }
    }
    BigDecimal rest = considered.subtract(deductible);

    BigDecimal copay = ZERO;
    String copayWhy = "no copay";
    BigDecimal coinsurance = ZERO;
    String coinsWhy = "no coinsurance";
    String capNote =
        room.oopLeft == null
            ? ""
            : " (out-of-pocket maximum "
                + text(t.oopMax())
                + ", "
                + text(room.oopLeft)
                + " left before this)";
    if (copayRate != null) {
      BigDecimal wanted = min(Money.cents(copayRate), rest);
      copay = room.take(wanted);
      copayWhy =
          "copay "
              + text(copayRate)
              + " for the "
              + describe(s)
              + (copay.compareTo(wanted) < 0 ? ", capped at " + text(copay) + capNote : "");
      if (copay.signum() > 0 && coinsRate != null && s.benefit() == Benefit.MEDICAL) {
        coinsWhy = "none: the plan charges a copay for the " + describe(s);
      }
    } else if (coinsRate != null) {
      BigDecimal wanted = Money.percentOf(coinsRate, rest);
      coinsurance = room.take(wanted);
      coinsWhy =
          "coinsurance "
              + Money.percent(coinsRate)
              + " of "
              + (deductible.signum() > 0
                  ? "the " + text(rest) + " left after the deductible from "
                  : "")
              + consideredWhy
              + " = "
              + text(wanted)
              + (coinsurance.compareTo(wanted) < 0
                  ? ", capped at " + text(coinsurance) + capNote
                  : "");
    }
    BigDecimal patient = deductible.add(copay).add(coinsurance);
    BigDecimal pays = considered.subtract(patient);
    return new PayerShare(
        plan.coverageId(),
        who,
        plan.order(),
        new Figure(considered, consideredWhy),
        new Figure(deductible, deductibleWhy),
        new Figure(copay, copayWhy),
        new Figure(coinsurance, coinsWhy),
        new Figure(
            pays,
            who
                + " ("
                + plan.order().name().toLowerCase()
                + ", "
                + t.source()
                + ") pays "
                + text(considered)
                + " less the patient's "
                + text(patient)),
        new Figure(patient, "deductible + copay + coinsurance under " + who));
  }

  private static String describe(Service s) {
    return switch (s.benefit()) {
      case MEDICAL ->
          s.component() == Component.DRUG
              ? "office-administered drug " + s.code()
              : "administration " + s.code();
      case SPECIALTY_PHARMACY -> "specialty-pharmacy fill of " + s.code();
      case RETAIL_PHARMACY -> "pharmacy fill of " + s.code();
    };
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().reduce(ZERO, BigDecimal::add);
  }
}
