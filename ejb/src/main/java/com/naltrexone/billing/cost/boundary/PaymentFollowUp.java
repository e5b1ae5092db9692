package com.naltrexone.billing.cost.boundary;

import static com.naltrexone.billing.cost.control.Money.text;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.cost.control.AllowedAmounts.Allowed;
import com.naltrexone.billing.cost.control.CostCalculator;
import com.naltrexone.billing.cost.control.CostCalculator.AssistancePayment;
import com.naltrexone.billing.cost.control.CostCalculator.Component;
import com.naltrexone.billing.cost.control.CostCalculator.Estimate;
import com.naltrexone.billing.cost.control.CostCalculator.Plan;
import com.naltrexone.billing.cost.control.CostCalculator.Service;
import com.naltrexone.billing.cost.control.Money;
import com.naltrexone.billing.cost.control.PaymentReview;
import com.naltrexone.billing.cost.control.PriceBook;
import com.naltrexone.billing.cost.entity.AssistanceClaim;
import com.naltrexone.billing.cost.entity.CoverageBenefit;
import com.naltrexone.billing.cost.entity.DoseCost;
import com.naltrexone.billing.cost.entity.Underpayment;
import com.naltrexone.billing.cost.entity.UnderpaymentStatus;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.drugs.entity.PriceKind;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted.LinePosting;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows the money after each posted 835 claim payment ({@link ClaimPaymentPosted}, read back
 * after the import committed and handed over by {@link PaymentFollowUpQueue}): moves the plan
 * year's deductible and out-of-pocket accumulators, records estimate against actual for the dose,
 * claims the assistance programs' share as receivables, queues lines paid below the contract, and
 * keeps what the margin needs. A posting seen twice is ignored; missing benefits or prices leave
 * their part out but never fail the posting.
 */
@Stateless
public class PaymentFollowUp {

  private static final Logger LOG = Logger.getLogger(PaymentFollowUp.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject PriceBook prices;
  @EJB Benefits benefits;
  @EJB CopayAssistance assistance;
  @EJB CostEstimates estimates;

  @Inject
  @ConfigProperty(name = "billing.cost.underpayment-tolerance", defaultValue = "1.00")
  BigDecimal tolerance;

  public void follow(ClaimPaymentPosted event) {
    boolean seen =
        !em.createNamedQuery(DoseCost.BY_POSTING, DoseCost.class)
            .setParameter("postingId", event.postingId())
            .getResultList()
            .isEmpty();
    if (seen) {
      LOG.info(() -> "posting " + event.postingId() + " already followed up; ignored");
      return;
    }
    Claim claim = em.find(Claim.class, event.claimId());
    if (claim == null) {
      LOG.warning(() -> "posting " + event.postingId() + " names unknown claim " + event.claimId());
      return;
    }
    Dose dose = claim.getDose();
    Coverage coverage = claim.getCoverage();
    LocalDate dos = claim.getServiceDate();

    // Each table is read once for this posting: the coverage's benefits (for the estimate, then
    // to move its accumulators) and, through the memo, the payer's contract and the drug's prices.
    Optional<CoverageBenefit> benefit = benefits.on(coverage.getId(), dos);
    PriceBook.Memo priced = prices.memo();
    Optional<Estimate> estimate =
        event.reversal() ? Optional.empty() : estimateFor(claim, benefit, priced);
    PaymentReview.Accumulation moved = PaymentReview.accumulation(event.lines());
    if (!moved.isZero()) {
      benefit.ifPresent(b -> b.accumulate(moved.deductible(), moved.outOfPocket()));
    }
    BigDecimal programPaid =
        event.reversal() ? voidPrograms(claim, event.reverses()) : claimPrograms(claim, event, dos);
    if (event.reversal()) {
      resolveUnderpayments(
          claim.getId(), event.reverses(), "payment reversed (posting " + event.postingId() + ")");
    } else if (coverage.getCobOrder() == CobOrder.PRIMARY) {
      findUnderpayments(claim, event, priced);
    }

    BigDecimal allowed = sum(event.lines().stream().map(LinePosting::allowed).toList());
    BigDecimal paid = sum(event.lines().stream().map(LinePosting::paid).toList());
    BigDecimal pr = sum(event.lines().stream().map(LinePosting::patientResponsibility).toList());
    BigDecimal estimated = estimate.map(e -> e.patientBeforeAssistance().amount()).orElse(null);
    String note =
        event.reversal()
            ? "reversal"
            : estimate
                .map(
                    e ->
                        "estimated "
                            + text(e.patientBeforeAssistance().amount())
                            + " for the patient under "
                            + coverage.getPayerName()
                            + ", actual "
                            + text(pr)
                            + (e.complete() ? "" : " (estimate incomplete: " + e.notes() + ")"))
                .orElse("no estimate: no benefits on file for the date");
    DoseCost row =
        new DoseCost(
            new DoseCost.Keys(
                event.postingId(),
                claim.getId(),
                dose.getId(),
                claim.getPatientId(),
                claim.getPayerId(),
                dose.getRoute().name(),
                dos,
                event.paidDate(),
                event.reversal()),
            new DoseCost.Amounts(
                allowed,
                paid,
                pr,
                programPaid,
                estimated,
                note,
                event.reversal() ? null : acquisitionCost(dose, priced).orElse(null)),
            clock.instant());
    em.persist(row);
    audit.record(
        "cost.payment-followed",
        "Claim",
        claim.getId(),
        "posting=" + event.postingId() + (event.reversal() ? " reversal" : ""));
  }

  /** The patient share under the claim's coverage, as the estimate would have put it. */
  private Optional<Estimate> estimateFor(
      Claim claim, Optional<CoverageBenefit> benefit, PriceBook.Memo priced) {
    Coverage c = claim.getCoverage();
    LocalDate dos = claim.getServiceDate();
    Optional<CostCalculator.Terms> terms = benefit.map(CostEstimates::terms);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    Drug drug = claim.getDose().getPrescription().getDrug();
    List<Service> services = new ArrayList<>();
    for (ClaimLine line : claim.getLines()) {
      services.add(
          new Service(
              line.getProcedureCode(),
              line.getUnits(),
              Drug.J2315.equals(line.getProcedureCode())
                  ? Component.DRUG
                  : Component.ADMINISTRATION,
              CostCalculator.Benefit.MEDICAL,
              priced.allowed(c.getPayerId(), line.getProcedureCode(), line.getUnits(), dos, drug)));
    }
    Plan plan =
        new Plan(c.getId(), c.getPayerName(), c.getPlanType(), c.getCobOrder(), terms.get());
    return Optional.of(CostCalculator.estimate(services, List.of(plan), List.of()));
  }

  /**
   * Claims each usable program's share of the posted patient responsibility (drug lines only for a
   * drug-cost-only program). Only when the claim's coverage is the patient's last: a secondary
   * still to pay would change the share.
   */
  private BigDecimal claimPrograms(Claim claim, ClaimPaymentPosted event, LocalDate dos) {
    CostEstimates.Inputs in = estimates.inputs(claim.getPatientId(), dos);
    boolean lastCoverage =
        in.coverages().isEmpty()
            || in.coverages().get(in.coverages().size() - 1).getId().equals(claim.getCoverageId());
    if (!lastCoverage) {
      return Money.ZERO;
    }
    BigDecimal drug =
        sum(
            event.lines().stream()
                .filter(l -> Drug.J2315.equals(l.procedureCode()))
                .map(LinePosting::patientResponsibility)
                .toList());
    BigDecimal all = sum(event.lines().stream().map(LinePosting::patientResponsibility).toList());
    if (all.signum() <= 0) {
      return Money.ZERO;
    }
    List<CopayAssistance.Usage> usable = assistance.usableOn(claim.getPatientId(), dos);
    List<String> notes = new ArrayList<>();
    List<AssistancePayment> pays =
        CostCalculator.assistance(
            drug,
            all.subtract(drug),
            usable.stream().map(CopayAssistance.Usage::program).toList(),
            in.plans(),
            notes);
    BigDecimal total = Money.ZERO;
    for (AssistancePayment p : pays) {
      if (p.pays().amount().signum() <= 0) {
        continue;
      }
      CopayAssistance.Usage u =
          usable.stream()
              .filter(x -> x.enrollment().getProgramId() == p.programId())
              .findFirst()
              .orElseThrow();
      assistance.claim(u.enrollment(), claim.getId(), event.postingId(), dos, p.pays().amount());
      total = total.add(p.pays().amount());
    }
    return total;
  }

  /**
   * Voids the open program claims made for the reversed posting ({@code reversed}), or, when a
   * reversal does not say which posting it negates, for every posting of the claim.
   */
  private BigDecimal voidPrograms(Claim claim, Long reversed) {
    List<AssistanceClaim> voided = assistance.voidOpen(claim.getId(), reversed);
    return sum(voided.stream().map(AssistanceClaim::getAmount).toList()).negate();
  }

  private void findUnderpayments(Claim claim, ClaimPaymentPosted event, PriceBook.Memo priced) {
    Drug drug = claim.getDose().getPrescription().getDrug();
    List<LinePosting> lines = event.lines();
    for (int i = 0; i < lines.size(); i++) {
      LinePosting line = lines.get(i);
      BigDecimal units = units(claim, line);
      LocalDate dos = line.serviceDate() != null ? line.serviceDate() : claim.getServiceDate();
      Allowed expected = priced.allowed(claim.getPayerId(), line.procedureCode(), units, dos, drug);
      int index = i;
      PaymentReview.underpayment(line, expected, tolerance)
          .ifPresent(
              s -> {
                Underpayment u =
                    new Underpayment(
                        new Underpayment.Line(
                            event.postingId(),
                            index,
                            claim.getId(),
                            line.claimLineId(),
                            claim.getPayerId(),
                            line.procedureCode(),
                            dos),
                        s.expected(),
                        line.paid(),
                        line.patientResponsibility(),
                        s.shortfall(),
                        s.explanation(),
                        clock.instant());
                em.persist(u);
                LOG.info(
                    () ->
                        "underpayment on claim "
                            + claim.getId()
                            + " line "
                            + line.procedureCode()
                            + ": "
                            + s.shortfall()
                            + " short");
              });
    }
  }

  /** The claim line's units when the SVC was matched to one, else one kit / one injection. */
  private static BigDecimal units(Claim claim, LinePosting line) {
    return claim.getLines().stream()
        .filter(l -> line.claimLineId() != null && line.claimLineId().equals(l.getId()))
        .map(ClaimLine::getUnits)
        .findFirst()
        .orElse(
            Drug.J2315.equals(line.procedureCode())
                ? BigDecimal.valueOf(Drug.J2315_UNITS_PER_KIT)
                : BigDecimal.ONE);
  }

  /** As {@link #voidPrograms}: the reversed posting's open underpayments, or all the claim's. */
  private void resolveUnderpayments(long claimId, Long reversed, String why) {
    em.createNamedQuery(Underpayment.OF_CLAIM, Underpayment.class)
        .setParameter("claimId", claimId)
        .getResultStream()
        .filter(u -> u.getStatus() == UnderpaymentStatus.OPEN)
        .filter(u -> reversed == null || u.getPostingId() == reversed)
        .forEach(u -> u.resolve(why));
  }

  /** What the clinic paid for the kit: the acquisition price in force when the lot came in. */
  private Optional<BigDecimal> acquisitionCost(Dose dose, PriceBook.Memo priced) {
    DrugLot lot = dose.getLot();
    if (dose.getRoute() != Route.BUY_AND_BILL || lot == null) {
      return Optional.empty();
    }
    return priced
        .price(lot.getDrug(), PriceKind.ACQUISITION, lot.getReceivedOn())
        .or(() -> priced.price(lot.getDrug(), PriceKind.ACQUISITION, dose.getGivenOn()))
        .map(p -> Money.cents(p.amountPerUnit()));
  }

  /** One page of the underpayment queue in this status, oldest first, with its total. */
  public Page<Underpayment> underpayments(UnderpaymentStatus status, int first, int max) {
    return new Page<>(
        em.createNamedQuery(Underpayment.BY_STATUS, Underpayment.class)
            .setParameter("status", status)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        em.createNamedQuery(Underpayment.COUNT_BY_STATUS, Long.class)
            .setParameter("status", status)
            .getSingleResult(),
        first,
        max);
  }

  /** One dose's money over all its postings in the month's report. */
  public record DoseMargin(
      long doseId,
      long patientId,
      long payerId,
      String route,
      LocalDate serviceDate,
      BigDecimal estimatedPatient,
      BigDecimal actualPatient,
      String estimateNote,
      BigDecimal acquisitionCost,
      BigDecimal payerPaid,
      BigDecimal patientPaid,
      BigDecimal programPaid,
      BigDecimal margin,
      String explanation) {}

  /** One payer's buy-and-bill doses served in the month. */
  public record PayerMonth(
      long payerId,
      String payerName,
      int doses,
      BigDecimal acquisitionCost,
      BigDecimal payerPaid,
      BigDecimal patientPaid,
      BigDecimal programPaid,
      BigDecimal margin,
      boolean losing) {}

  /** The answer of {@code GET /margins?month=}. */
  public record MarginReport(String month, List<PayerMonth> payers, List<DoseMargin> doses) {}

  /**
   * Doses served in {@code month} that have a posted payment: estimate against actual patient
   * responsibility for each, and for buy-and-bill doses the margin (payer paid + patient + program
   * against the lot's acquisition cost), summed per payer. Program money is what the program paid,
   * or what was claimed while the claim is open. A margin needs the acquisition price: doses
   * without one show no margin and are left out of the payer sums.
   */
  public MarginReport margins(java.time.YearMonth month) {
    List<DoseCost> rows =
        em.createNamedQuery(DoseCost.SERVED_BETWEEN, DoseCost.class)
            .setParameter("from", month.atDay(1))
            .setParameter("to", month.atEndOfMonth())
            .getResultList();
    java.util.Map<Long, List<DoseCost>> byDose = new java.util.LinkedHashMap<>();
    rows.forEach(r -> byDose.computeIfAbsent(r.getDoseId(), k -> new ArrayList<>()).add(r));
    List<DoseMargin> doses = new ArrayList<>();
    for (List<DoseCost> d : byDose.values()) {
      doses.add(doseMargin(d));
    }
    java.util.Map<Long, List<DoseMargin>> byPayer = new java.util.TreeMap<>();
    doses.stream()
        .filter(d -> d.margin() != null)
        .forEach(d -> byPayer.computeIfAbsent(d.payerId(), k -> new ArrayList<>()).add(d));
    List<PayerMonth> payers = new ArrayList<>();
    byPayer.forEach(
        (payerId, list) -> {
          BigDecimal margin = sum(list.stream().map(DoseMargin::margin).toList());
          payers.add(
              new PayerMonth(
                  payerId,
                  em.find(com.naltrexone.billing.coverage.entity.Payer.class, payerId).getName(),
                  list.size(),
                  sum(list.stream().map(DoseMargin::acquisitionCost).toList()),
                  sum(list.stream().map(DoseMargin::payerPaid).toList()),
                  sum(list.stream().map(DoseMargin::patientPaid).toList()),
                  sum(list.stream().map(DoseMargin::programPaid).toList()),
                  margin,
                  margin.signum() < 0));
        });
    return new MarginReport(month.toString(), payers, doses);
  }

  private DoseMargin doseMargin(List<DoseCost> rows) {
    DoseCost first = rows.get(0);
    BigDecimal paid = sum(rows.stream().map(DoseCost::getPayerPaid).toList());
    BigDecimal pr = sum(rows.stream().map(DoseCost::getPatientResponsibility).toList());
    BigDecimal program =
        sum(
            rows.stream()
                .map(DoseCost::getClaimId)
                .distinct()
                .flatMap(
                    claimId ->
                        em.createNamedQuery(AssistanceClaim.OF_CLAIM, AssistanceClaim.class)
                            .setParameter("claimId", claimId)
                            .getResultStream())
                .map(c -> c.getPaidAmount() != null ? c.getPaidAmount() : c.used())
                .toList());
    DoseCost estimated =
        rows.stream().filter(r -> r.getEstimatedPatient() != null).findFirst().orElse(null);
    Optional<BigDecimal> acquisition =
        rows.stream().map(DoseCost::getAcquisitionCost).filter(a -> a != null).findFirst();
    PaymentReview.Margin m =
        acquisition.map(a -> PaymentReview.margin(a, paid, pr, program)).orElse(null);
    return new DoseMargin(
        first.getDoseId(),
        first.getPatientId(),
        first.getPayerId(),
        first.getRoute(),
        first.getServiceDate(),
        estimated == null ? null : estimated.getEstimatedPatient(),
        pr,
        estimated == null ? "no estimate on file" : estimated.getEstimateNote(),
        acquisition.orElse(null),
        paid,
        pr.subtract(program),
        program,
        m == null ? null : m.margin(),
        m == null
            ? (Route.BUY_AND_BILL.name().equals(first.getRoute())
                ? "no acquisition price for the lot: no margin"
                : "not buy-and-bill: the drug is not ours")
            : m.explanation());
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
  }
}
