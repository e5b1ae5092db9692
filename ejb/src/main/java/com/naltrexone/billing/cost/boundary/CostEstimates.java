package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.cost.control.AllowedAmounts;
import com.naltrexone.billing.cost.control.BarrierOptions;
import com.naltrexone.billing.cost.control.CostCalculator;
import com.naltrexone.billing.cost.control.CostCalculator.Benefit;
import com.naltrexone.billing.cost.control.CostCalculator.Component;
import com.naltrexone.billing.cost.control.CostCalculator.Estimate;
import com.naltrexone.billing.cost.control.CostCalculator.Plan;
import com.naltrexone.billing.cost.control.CostCalculator.Program;
import com.naltrexone.billing.cost.control.CostCalculator.Service;
import com.naltrexone.billing.cost.control.PriceBook;
import com.naltrexone.billing.cost.entity.CoverageBenefit;
import com.naltrexone.billing.cost.entity.DrugBenefit;
import com.naltrexone.billing.cost.entity.ProgramKind;
import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The patient's expected cost of the next Vivitrol dose, by route (buy-and-bill, specialty
 * pharmacy), with oral naltrexone for a month beside it; and the patients for whom that cost is a
 * barrier, with the options that would lower it.
 */
@Stateless
public class CostEstimates {

  static final String DRUG_CODE = Drug.J2315;
  static final String ADMINISTRATION_CODE = "96372";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PriceBook prices;
  @EJB Patients patients;
  @EJB Coverages coverages;
  @EJB Benefits benefits;
  @EJB Doses doses;
  @EJB CopayAssistance assistance;

  @Inject
  @ConfigProperty(name = "billing.cost.barrier-threshold", defaultValue = "50.00")
  BigDecimal threshold;

  @Inject
  @ConfigProperty(name = "billing.cost.oral-tablets-per-month", defaultValue = "30")
  int tabletsPerMonth;

  @Inject
  @ConfigProperty(name = "billing.cost.payment-plan-months", defaultValue = "6")
  int paymentPlanMonths;

  /** One way of giving the dose and what it costs the patient. */
  public record RouteEstimate(
      String route, boolean available, String unavailableBecause, Estimate estimate) {}

  /** The answer of {@code GET /patients/{id}/cost-estimate}. */
  public record CostEstimate(
      long patientId,
      LocalDate serviceDate,
      String dateBasis,
      String prescribedRoute,
      List<RouteEstimate> vivitrol,
      RouteEstimate oralMonthly) {

    /**
     * The estimate for the prescribed route (buy-and-bill when no prescription says), or the route
     * the plan allows when the prescribed one is not available.
     */
    public Optional<RouteEstimate> prescribed() {
      return vivitrol.stream()
          .filter(r -> r.route().equals(prescribedRoute) && r.available())
          .findFirst()
          .or(() -> vivitrol.stream().filter(RouteEstimate::available).findFirst());
    }
  }

  /** A patient whose next dose costs more than the threshold. */
  public record CostBarrier(
      long patientId,
      LocalDate nextDoseDate,
      String route,
      BigDecimal estimatedPatientCost,
      BigDecimal threshold,
      List<BarrierOptions.Option> options) {}

  /** The estimate for a dose on {@code date}, or the next dose due when it is null. */
  public CostEstimate estimate(long patientId, LocalDate date) {
    patients.recordRead(patientId, "cost-estimate");
    return compute(patientId, date);
  }

  private CostEstimate compute(long patientId, LocalDate requested) {
    LocalDate today = LocalDate.now(clock);
    LocalDate date;
    String basis;
    if (requested != null) {
      date = requested;
      basis = "the requested date";
    } else {
      Optional<LocalDate> due = doses.nextVivitrolDoseDue(patientId);
      if (due.isPresent() && due.get().isAfter(today)) {
        date = due.get();
        basis = "the next dose due (last injection + 28 days)";
      } else {
        date = today;
        basis =
            due.map(d -> "today: the next dose was due on " + d)
                .orElse("today: no injection recorded yet");
      }
    }
    Optional<Prescription> rx = prescription(patientId, DrugForm.INJECTION, date);
    String route =
        rx.map(p -> p.getRoute() == Route.SPECIALTY_PHARMACY ? p.getRoute() : Route.BUY_AND_BILL)
            .orElse(Route.BUY_AND_BILL)
            .name();
    Inputs in = inputs(patientId, date);
    List<RouteEstimate> vivitrol =
        List.of(
            buyAndBill(in, rx.map(Prescription::getDrug), date),
            specialtyPharmacy(in, rx.map(Prescription::getDrug), date));
    return new CostEstimate(patientId, date, basis, route, vivitrol, oral(in, patientId, date));
  }

  /** What every route shares: the coverages in COB order and the usable programs. */
  public record Inputs(List<Coverage> coverages, List<Plan> plans, List<Program> programs) {

    public Long primaryPayerId() {
      return coverages.isEmpty() ? null : coverages.get(0).getPayerId();
    }
  }

  public Inputs inputs(long patientId, LocalDate date) {
    List<Coverage> active =
        coverages.of(patientId).stream()
            .filter(c -> c.isActiveOn(date))
            .sorted(Comparator.comparing(Coverage::getCobOrder))
            .toList();
    List<Plan> plans = new ArrayList<>();
    for (Coverage c : active) {
      CostCalculator.Terms terms =
          benefits.on(c.getId(), date).map(CostEstimates::terms).orElse(null);
      plans.add(new Plan(c.getId(), c.getPayerName(), c.getPlanType(), c.getCobOrder(), terms));
    }
    List<Program> programs =
        assistance.usableOn(patientId, date).stream().map(CopayAssistance.Usage::program).toList();
    return new Inputs(active, plans, programs);
  }

  static CostCalculator.Terms terms(CoverageBenefit b) {
    return new CostCalculator.Terms(
        b.getDeductible(),
        b.getDeductibleMet(),
        b.getCoinsurancePercent(),
        b.getDrugCopay(),
        b.getAdministrationCopay(),
        b.getOopMax(),
        b.getOopMet(),
        b.getSpecialtyCopay(),
        b.getSpecialtyCoinsurancePercent(),
        b.getOralCopay(),
        b.isCoversPrimaryDeductible(),
        "benefits " + b.getPlanYearStart() + " to " + b.getPlanYearEnd() + ", " + b.getSource());
  }

  private RouteEstimate buyAndBill(Inputs in, Optional<Drug> rxDrug, LocalDate date) {
    Optional<String> pharmacyOnly =
        in.coverages().isEmpty()
            ? Optional.empty()
            : benefits
                .on(in.coverages().get(0).getId(), date)
                .filter(b -> b.getDrugBenefit() == DrugBenefit.PHARMACY)
                .map(
                    b ->
                        in.coverages().get(0).getPayerName()
                            + " pays Vivitrol under the pharmacy benefit only");
    Estimate e =
        CostCalculator.estimate(
            List.of(drugLine(in.primaryPayerId(), rxDrug, date), administration(in, date)),
            in.plans(),
            in.programs());
    return new RouteEstimate(
        Route.BUY_AND_BILL.name(), pharmacyOnly.isEmpty(), pharmacyOnly.orElse(null), e);
  }

  private Service drugLine(Long payerId, Optional<Drug> rxDrug, LocalDate date) {
    Drug drug = rxDrug.or(() -> prices.catalogDrug(DrugForm.INJECTION)).orElse(null);
    BigDecimal units = BigDecimal.valueOf(Drug.J2315_UNITS_PER_KIT);
    return new Service(
        DRUG_CODE,
        units,
        Component.DRUG,
        Benefit.MEDICAL,
        prices.allowed(payerId, DRUG_CODE, units, date, drug));
  }

  private Service administration(Inputs in, LocalDate date) {
    return new Service(
        ADMINISTRATION_CODE,
        BigDecimal.ONE,
        Component.ADMINISTRATION,
        Benefit.MEDICAL,
        prices.allowed(in.primaryPayerId(), ADMINISTRATION_CODE, BigDecimal.ONE, date, null));
  }

  private RouteEstimate specialtyPharmacy(Inputs in, Optional<Drug> rxDrug, LocalDate date) {
    Optional<Drug> drug = rxDrug.or(() -> prices.catalogDrug(DrugForm.INJECTION));
    AllowedAmounts.Allowed kit =
        AllowedAmounts.listPrice(
            "Vivitrol kit from a specialty pharmacy",
            BigDecimal.ONE,
            drug.flatMap(d -> prices.listPrice(d, date)).orElse(null));
    Service fill =
        new Service(
            drug.map(Drug::getNdc11).orElse("VIVITROL"),
            BigDecimal.ONE,
            Component.DRUG,
            Benefit.SPECIALTY_PHARMACY,
            kit);
    Estimate e =
        CostCalculator.estimate(List.of(fill, administration(in, date)), in.plans(), in.programs());
    return new RouteEstimate(Route.SPECIALTY_PHARMACY.name(), true, null, e);
  }

  private RouteEstimate oral(Inputs in, long patientId, LocalDate date) {
    Optional<Drug> drug =
        prescription(patientId, DrugForm.ORAL, date)
            .map(Prescription::getDrug)
            .or(() -> prices.catalogDrug(DrugForm.ORAL));
    if (drug.isEmpty()) {
      return new RouteEstimate("ORAL_MONTHLY", false, "no oral naltrexone in the catalog", null);
    }
    AllowedAmounts.Allowed month =
        AllowedAmounts.listPrice(
            drug.get().getName() + ", " + tabletsPerMonth + " tablets",
            BigDecimal.valueOf(tabletsPerMonth),
            prices.listPrice(drug.get(), date).orElse(null));
    Service fill =
        new Service(
            drug.get().getNdc11(),
            BigDecimal.valueOf(tabletsPerMonth),
            Component.DRUG,
            Benefit.RETAIL_PHARMACY,
            month);
    // The co-pay programs on file are for the injection; none is applied to the tablets.
    return new RouteEstimate(
        "ORAL_MONTHLY", true, null, CostCalculator.estimate(List.of(fill), in.plans(), List.of()));
  }

  private Optional<Prescription> prescription(long patientId, DrugForm form, LocalDate date) {
    return em.createNamedQuery(Prescription.OF_PATIENT, Prescription.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .filter(p -> p.getDrug().getForm() == form && p.isActiveOn(date))
        .findFirst();
  }

  /**
   * Every patient with an active Vivitrol prescription whose next dose is estimated to cost more
   * than {@code billing.cost.barrier-threshold}, with the options ranked by the cost they leave.
   * Estimates that rest on missing benefits are not flagged (they would flag everyone): the
   * estimate itself says what is missing.
   */
  public List<CostBarrier> barriers() {
    LocalDate today = LocalDate.now(clock);
    List<Long> ids =
        em.createQuery(
                "select distinct p.patient.id from Prescription p where p.drug.form = :form"
                    + " and p.startDate <= :today and (p.endDate is null or p.endDate >= :today)"
                    // Only a complete estimate is flagged, and it needs benefits on file: patients
                    // without any are not estimated at all (the home page lists barriers).
                    + " and exists (select b.id from CoverageBenefit b"
                    + " where b.coverage.patient = p.patient)",
                Long.class)
            .setParameter("form", DrugForm.INJECTION)
            .setParameter("today", today)
            .getResultList();
    List<CostBarrier> flagged = new ArrayList<>();
    for (long id : ids.stream().sorted().toList()) {
      barrier(compute(id, null)).ifPresent(flagged::add);
    }
    return flagged;
  }

  /**
   * The cost barrier an estimate shows: the prescribed route's complete estimate above the
   * threshold, with the options ranked; empty otherwise (an estimate resting on missing benefits is
   * not flagged, as in {@link #barriers()}).
   */
  public Optional<CostBarrier> barrier(CostEstimate ce) {
    Optional<RouteEstimate> current = ce.prescribed();
    if (current.isEmpty() || !current.get().estimate().complete()) {
      return Optional.empty();
    }
    BigDecimal owes = current.get().estimate().owes();
    if (owes.compareTo(threshold) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new CostBarrier(
            ce.patientId(), ce.serviceDate(), current.get().route(), owes, threshold, options(ce)));
  }

  private List<BarrierOptions.Option> options(CostEstimate ce) {
    Inputs in = inputs(ce.patientId(), ce.serviceDate());
    RouteEstimate current = ce.prescribed().orElseThrow();
    List<Long> enrolled = in.programs().stream().map(Program::programId).toList();
    List<BarrierOptions.Candidate> candidates =
        assistance.programs().stream()
            .filter(p -> p.isActive() && !enrolled.contains(p.getId()))
            .map(
                p ->
                    new BarrierOptions.Candidate(
                        CopayAssistance.asProgram(p, BigDecimal.ZERO, 0),
                        p.getKind() == ProgramKind.MANUFACTURER))
            .toList();
    List<BarrierOptions.OtherRoute> others =
        ce.vivitrol().stream()
            .filter(r -> r != current && r.available())
            .map(
                r ->
                    new BarrierOptions.OtherRoute(
                        BarrierOptions.Kind.valueOf(r.route()), r.estimate()))
            .toList();
    return BarrierOptions.rank(
        current.estimate(),
        in.plans(),
        in.programs(),
        candidates,
        others,
        ce.oralMonthly().available() ? ce.oralMonthly().estimate() : null,
        paymentPlanMonths);
  }
}
