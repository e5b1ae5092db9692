package com.naltrexone.billing.cost.control;

import static com.naltrexone.billing.cost.control.Money.text;

import com.naltrexone.billing.cost.control.CostCalculator.Estimate;
import com.naltrexone.billing.cost.control.CostCalculator.LineEstimate;
import com.naltrexone.billing.cost.control.CostCalculator.Plan;
import com.naltrexone.billing.cost.control.CostCalculator.Program;
import com.naltrexone.billing.cost.control.CostCalculator.Service;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.PlanType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The levers that lower what a patient pays for the next dose (domain brief 5.7), each with the
 * patient cost it leaves, cheapest first: enrolling in a copay program or a foundation the patient
 * is eligible for, the other route (specialty pharmacy or buy-and-bill) when cheaper, screening for
 * secondary coverage (priced as Medicaid secondary), a payment plan (same total, spread), and
 * bridging with oral naltrexone (a month's cost).
 */
public final class BarrierOptions {

  private BarrierOptions() {}

  /** What kind of lever. */
  public enum Kind {
    COPAY_PROGRAM,
    FOUNDATION,
    SPECIALTY_PHARMACY,
    BUY_AND_BILL,
    SECONDARY_COVERAGE,
    PAYMENT_PLAN,
    ORAL_BRIDGE
  }

  /** One lever and the patient cost it leaves. */
  public record Option(Kind kind, BigDecimal patientCost, String explanation) {}

  /** A program the patient is not enrolled in yet; {@code manufacturer} false for a foundation. */
  public record Candidate(Program program, boolean manufacturer) {}

  /** Another available route with its estimate. */
  public record OtherRoute(Kind kind, Estimate estimate) {}

  /**
   * @param current the estimate for the route the patient is on (with the enrolled programs)
   * @param oral the monthly oral estimate, or null when there is none
   */
  public static List<Option> rank(
      Estimate current,
      List<Plan> plans,
      List<Program> enrolled,
      List<Candidate> candidates,
      List<OtherRoute> otherRoutes,
      Estimate oral,
      int paymentPlanMonths) {
    BigDecimal owes = current.owes();
    List<Service> services = current.lines().stream().map(LineEstimate::service).toList();
    List<Option> options = new ArrayList<>();
    for (Candidate c : candidates) {
      if (CostCalculator.ineligibility(c.program(), plans).isPresent()) {
        continue;
      }
      List<Program> with = new ArrayList<>(enrolled);
      with.add(c.program());
      Estimate e = CostCalculator.estimate(services, plans, with);
      if (e.owes().compareTo(owes) < 0) {
        options.add(
            new Option(
                c.manufacturer() ? Kind.COPAY_PROGRAM : Kind.FOUNDATION,
                e.owes(),
                "enroll in "
                    + c.program().name()
                    + ": "
                    + e.assistance().get(e.assistance().size() - 1).pays().explanation()));
      }
    }
    for (OtherRoute r : otherRoutes) {
      if (r.estimate().complete() && r.estimate().owes().compareTo(owes) < 0) {
        options.add(
            new Option(
                r.kind(),
                r.estimate().owes(),
                "switch to the "
                    + r.kind().name().toLowerCase().replace('_', ' ')
                    + " route: the patient would owe "
                    + text(r.estimate().owes())
                    + " instead of "
                    + text(owes)));
      }
    }
    boolean hasSecondary = plans.stream().anyMatch(p -> p.order() != CobOrder.PRIMARY);
    boolean hasMedicaid = plans.stream().anyMatch(p -> p.planType() == PlanType.MEDICAID);
    if (!plans.isEmpty() && !hasSecondary && !hasMedicaid) {
      List<Plan> withMedicaid = new ArrayList<>(plans);
      withMedicaid.add(
          new Plan(0, "Medicaid (if eligible)", PlanType.MEDICAID, CobOrder.SECONDARY, null));
      Estimate e = CostCalculator.estimate(services, withMedicaid, List.of());
      options.add(
          new Option(
              Kind.SECONDARY_COVERAGE,
              e.owes(),
              "screen for secondary coverage: with Medicaid as secondary (payer of last resort) the"
                  + " patient would owe "
                  + text(e.owes())
                  + "; a Medigap or a spouse's plan would lower it by its own benefits"));
    }
    BigDecimal monthly = owes.divide(BigDecimal.valueOf(paymentPlanMonths), 2, RoundingMode.UP);
    options.add(
        new Option(
            Kind.PAYMENT_PLAN,
            owes,
            "a payment plan spreads "
                + text(owes)
                + " over "
                + paymentPlanMonths
                + " monthly payments of at most "
                + text(monthly)));
    if (oral != null) {
      options.add(
          new Option(
              Kind.ORAL_BRIDGE,
              oral.owes(),
              "bridge with oral naltrexone (a clinical decision): about "
                  + text(oral.owes())
                  + " a month for the patient"
                  + (oral.complete()
                      ? ""
                      : " (incomplete: " + String.join("; ", oral.notes()) + ")")));
    }
    options.sort(Comparator.comparing(Option::patientCost));
    return options;
  }
}
