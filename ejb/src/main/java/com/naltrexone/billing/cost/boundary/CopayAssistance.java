package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.cost.control.CostCalculator;
import com.naltrexone.billing.cost.entity.AssistanceClaim;
import com.naltrexone.billing.cost.entity.AssistanceClaimStatus;
import com.naltrexone.billing.cost.entity.AssistanceEnrollment;
import com.naltrexone.billing.cost.entity.CopayProgram;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.UnknownEntityException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Assistance programs (manufacturer co-pay program, foundations) as data, patients' enrollments
 * with what each has used this calendar year, and the claims to a program that follow a posted
 * payment, each a receivable until the program pays.
 */
@Stateless
public class CopayAssistance {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @EJB Patients patients;

  public CopayProgram createProgram(ProgramData d) {
    boolean taken = programs().stream().anyMatch(p -> p.getName().equalsIgnoreCase(d.name.trim()));
    if (taken) {
      throw new BusinessRuleException("name", "a program named " + d.name.trim() + " exists");
    }
    CopayProgram p = new CopayProgram(terms(d));
    em.persist(p);
    em.flush();
    audit.record("program.created", "CopayProgram", p.getId(), p.getName());
    return p;
  }

  public List<CopayProgram> programs() {
    return em.createNamedQuery(CopayProgram.ALL, CopayProgram.class).getResultList();
  }

  public CopayProgram program(long id) {
    CopayProgram p = em.find(CopayProgram.class, id);
    if (p == null) {
      throw new UnknownEntityException("program", id);
    }
    return p;
  }

  private static CopayProgram.Terms terms(ProgramData d) {
    return new CopayProgram.Terms(
        d.name.trim(),
        d.kind,
        d.commercialOnly,
        d.drugCostOnly,
        d.perDoseCap,
        d.annualCap,
        d.maxDosesPerYear,
        d.lookbackDays,
        d.active);
  }

  public AssistanceEnrollment enroll(long patientId, EnrollmentData d) {
    Patient patient = patients.find(patientId);
    CopayProgram program = em.find(CopayProgram.class, d.programId);
    if (program == null) {
      throw new BusinessRuleException("programId", "there is no program " + d.programId);
    }
    if (!program.isActive()) {
      throw new BusinessRuleException("programId", program.getName() + " is no longer active");
    }
    if (d.endsOn != null && d.endsOn.isBefore(d.enrolledOn)) {
      throw new BusinessRuleException("endsOn", "the enrollment cannot end before it starts");
    }
    if (program.getAnnualCap() != null && d.usedThisYear.compareTo(program.getAnnualCap()) > 0) {
      throw new BusinessRuleException(
          "usedThisYear", "more than the program's annual cap " + program.getAnnualCap());
    }
    boolean numberTaken =
        em.createQuery(
                    "select count(e) from AssistanceEnrollment e where e.program.id = :programId"
                        + " and e.enrollmentNumber = :number",
                    Long.class)
                .setParameter("programId", program.getId())
                .setParameter("number", d.enrollmentNumber.trim())
                .getSingleResult()
            > 0;
    if (numberTaken) {
      throw new BusinessRuleException(
          "enrollmentNumber", "this enrollment id is already used in " + program.getName());
    }
    AssistanceEnrollment e =
        new AssistanceEnrollment(
            patient,
            program,
            d.enrollmentNumber.trim(),
            d.enrolledOn,
            d.endsOn,
            d.usedThisYear,
            d.dosesThisYear);
    em.persist(e);
    em.flush();
    audit.record(
        "assistance.enrolled",
        "AssistanceEnrollment",
        e.getId(),
        "patient=" + patientId + " program=" + program.getId());
    return e;
  }

  public List<AssistanceEnrollment> enrollments(long patientId) {
    patients.find(patientId);
    return em.createNamedQuery(AssistanceEnrollment.OF_PATIENT, AssistanceEnrollment.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /** An enrollment with what it has used in the calendar year of a date. */
  public record Usage(AssistanceEnrollment enrollment, BigDecimal used, int doses) {

    public CostCalculator.Program program() {
      return asProgram(enrollment.getProgram(), used, doses);
    }
  }

  /** A program's terms with what is used of them, as the calculator takes them. */
  public static CostCalculator.Program asProgram(CopayProgram p, BigDecimal used, int doses) {
    return new CostCalculator.Program(
        p.getId(),
        p.getName(),
        p.isCommercialOnly(),
        p.isDrugCostOnly(),
        p.getPerDoseCap(),
        p.getAnnualCap(),
        used,
        p.getMaxDosesPerYear(),
        doses);
  }

  /**
   * The patient's enrollments that reach a dose given on {@code date} (active program, inside the
   * enrollment and its lookback), manufacturer programs first, with their use this calendar year.
   */
  public List<Usage> usableOn(long patientId, LocalDate date) {
    return em.createNamedQuery(AssistanceEnrollment.OF_PATIENT, AssistanceEnrollment.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .filter(e -> e.getProgram().isActive() && e.reaches(date))
        .map(e -> usage(e, date.getYear()))
        .toList();
  }

  private Usage usage(AssistanceEnrollment e, int year) {
    List<AssistanceClaim> claims =
        em.createNamedQuery(AssistanceClaim.OF_ENROLLMENT, AssistanceClaim.class)
            .setParameter("enrollmentId", e.getId())
            .getResultStream()
            .filter(c -> c.getServiceDate().getYear() == year)
            .filter(c -> c.getStatus() != AssistanceClaimStatus.VOID)
            .toList();
    BigDecimal used =
        claims.stream().map(AssistanceClaim::used).reduce(e.openingUsedIn(year), BigDecimal::add);
    long doses = claims.stream().map(AssistanceClaim::getClaimId).distinct().count();
    return new Usage(e, used, e.openingDosesIn(year) + (int) doses);
  }

  /** The receivable for a program's share of a posted payment (called by the payment observer). */
  public AssistanceClaim claim(
      AssistanceEnrollment e, long claimId, long postingId, LocalDate dos, BigDecimal amount) {
    AssistanceClaim c = new AssistanceClaim(e, claimId, postingId, dos, amount, clock.instant());
    em.persist(c);
    audit.record(
        "assistance.claimed",
        "AssistanceClaim",
        c.getId(),
        "enrollment=" + e.getId() + " claim=" + claimId);
    return c;
  }

  /**
   * A reversal takes back what was claimed from programs that have not paid yet for the posting it
   * reverses ({@code postingId}; null: for every posting of the claim).
   */
  public List<AssistanceClaim> voidOpen(long claimId, Long postingId) {
    List<AssistanceClaim> open =
        em.createNamedQuery(AssistanceClaim.OF_CLAIM, AssistanceClaim.class)
            .setParameter("claimId", claimId)
            .getResultStream()
            .filter(c -> c.getStatus() == AssistanceClaimStatus.OPEN)
            .filter(c -> postingId == null || c.getPostingId() == postingId)
            .toList();
    open.forEach(
        c -> {
          c.voided();
          audit.record("assistance.voided", "AssistanceClaim", c.getId(), "claim=" + claimId);
        });
    return open;
  }

  public List<AssistanceClaim> claims(AssistanceClaimStatus status) {
    return em.createNamedQuery(AssistanceClaim.BY_STATUS, AssistanceClaim.class)
        .setParameter("status", status)
        .getResultList();
  }

  public AssistanceClaim paid(long id, ProgramPaymentData d) {
    AssistanceClaim c = em.find(AssistanceClaim.class, id);
    if (c == null) {
      throw new UnknownEntityException("assistance claim", id);
    }
    if (c.getStatus() != AssistanceClaimStatus.OPEN) {
      throw new BusinessRuleException("status", "the claim is " + c.getStatus() + ", not OPEN");
    }
    if (d.paidOn.isAfter(LocalDate.now(clock))) {
      throw new BusinessRuleException("paidOn", "a payment cannot be dated in the future");
    }
    c.paid(d.paidOn, d.amount, d.reference.trim());
    audit.record("assistance.paid", "AssistanceClaim", id, "amount=" + d.amount);
    return c;
  }
}
