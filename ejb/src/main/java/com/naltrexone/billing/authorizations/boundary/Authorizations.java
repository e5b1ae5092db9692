package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.authorizations.control.ChecklistCheck;
import com.naltrexone.billing.authorizations.control.DoseAccounting;
import com.naltrexone.billing.authorizations.control.UnitLedger;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.authorizations.entity.Benefit;
import com.naltrexone.billing.authorizations.entity.Channel;
import com.naltrexone.billing.authorizations.entity.ChecklistItem;
import com.naltrexone.billing.authorizations.entity.Evidence;
import com.naltrexone.billing.authorizations.entity.EvidenceKind;
import com.naltrexone.billing.coverage.boundary.Payers;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.Inputs;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.security.entity.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prior authorizations: requests from draft to the payer's decision and beyond, with every move in
 * the history (who, when), the evidence attached, the payer's checklist and what the approval has
 * left after the doses given. The packet is {@link PaPackets}, the work queue {@link
 * AuthorizationAlerts}.
 */
@Stateless
@jakarta.annotation.security.DeclareRoles(Role.CLINICIAN_NAME)
public class Authorizations {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext caller;
  @Inject Clock clock;
  @Inject Validator validator;
  @Inject DoseAccounting accounting;
  @EJB Patients patients;
  @EJB Payers payers;

  /**
   * An authorization with what is computed about it: units and doses used and left, the doses
   * charged to it, the payer's checklist (satisfied or missing), and its evidence (no bytes).
   */
  public record Detail(
      Authorization authorization,
      Usage usage,
      List<ChecklistCheck.ItemResult> checklist,
      List<Evidence> evidence) {}

  /** Null remaining values mean the payer set no such limit. */
  public record Usage(
      Integer approvedUnitsTotal,
      int unitsUsed,
      int dosesUsed,
      Integer unitsRemaining,
      Integer dosesRemaining,
      List<UnitLedger.Charge> doses) {}

  // ---- lifecycle ----

  public Authorization create(AuthorizationData data) {
    Inputs.valid(validator, "authorization", data);
    patients.find(data.patientId);
    List<Violation> problems = new ArrayList<>();
    Coverage coverage = em.find(Coverage.class, data.coverageId);
    if (coverage == null || coverage.getPatientId() != data.patientId) {
      problems.add(new Violation("coverageId", "the patient has no coverage " + data.coverageId));
    }
    Prescription rx = em.find(Prescription.class, data.prescriptionId);
    if (rx == null || rx.getPatientId() != data.patientId) {
      problems.add(
          new Violation(
              "prescriptionId", "the patient has no prescription " + data.prescriptionId));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    String drugCode = drugCode(rx.getDrug(), data.benefit);
    if (drugCode == null) {
      throw new BusinessRuleException(
          "benefit",
          "the prescribed drug has no "
              + (data.benefit == Benefit.MEDICAL ? "HCPCS code" : "NDC")
              + " for the "
              + data.benefit
              + " benefit");
    }
    if (data.drugCode != null && !data.drugCode.equals(drugCode)) {
      throw new BusinessRuleException(
          "drugCode", "the prescription is for " + drugCode + ", not " + data.drugCode);
    }
    LocalDate from = data.requestedFrom == null ? today() : data.requestedFrom;
    LocalDate to =
        data.requestedTo == null
            ? from.plusDays(coverage.getPayer().getPaApprovalDays() - 1L)
            : data.requestedTo;
    if (to.isBefore(from)) {
      throw new BusinessRuleException("requestedTo", "the request cannot end before it starts");
    }
    Authorization a =
        Authorization.draft(
            coverage,
            rx,
            drugCode,
            data.benefit,
            data.channel,
            from,
            to,
            clock.instant(),
            audit.actor());
    em.persist(a);
    em.flush();
    audit.record(
        "authorization.created",
        "Authorization",
        a.getId(),
        "patient=" + data.patientId + " payer=" + a.getPayerId() + " drug=" + drugCode);
    return a;
  }

  /** J2315 under the medical benefit; the 11-digit NDC under the pharmacy benefit. */
  static String drugCode(Drug drug, Benefit benefit) {
    return benefit == Benefit.MEDICAL ? drug.getHcpcs() : drug.getNdc11();
  }

  /** A move of ours (submit, pend, appeal, withdraw, expire); 400 naming status when illegal. */
  public Authorization transition(long id, StatusData data) {
    Inputs.valid(validator, "status change", data);
    Authorization a = get(id);
    Versions.check(a, data.version);
    if (data.status.isDecision()) {
      throw new BusinessRuleException(
          "status",
          data.status
              + " is the payer's decision: record it with POST /authorizations/"
              + id
              + "/decision (reference number, dates and units)");
    }
    if (data.status == AuthorizationStatus.EXPIRED
        && a.getApprovedTo() != null
        && !a.getApprovedTo().isBefore(today())) {
      throw new BusinessRuleException(
          "status", "the approval runs until " + a.getApprovedTo() + "; it has not expired");
    }
    move(a, data.status, data.note);
    if (data.authNumber != null && !data.authNumber.isBlank()) {
      a.referenceNumber(data.authNumber.trim());
    }
    return a;
  }

  /** The payer's answer: approval terms, a denial with its appeal deadline, or a pend. */
  public Authorization decide(long id, DecisionData data) {
    Inputs.valid(validator, "decision", data);
    Authorization a = get(id);
    Versions.check(a, data.version);
    LocalDate on = data.decidedOn == null ? today() : data.decidedOn;
    List<Violation> problems = new ArrayList<>();
    if (on.isAfter(today())) {
      problems.add(new Violation("decidedOn", "a decision cannot be dated in the future"));
    }
    switch (data.decision) {
      case APPROVED -> approvalProblems(data, problems);
      case DENIED -> {
        if (data.appealDeadline != null && data.appealDeadline.isBefore(on)) {
          problems.add(
              new Violation("appealDeadline", "the appeal deadline is before the decision"));
        }
      }
      case PENDED -> {}
      default ->
          problems.add(new Violation("decision", "a payer decision is APPROVED, DENIED or PENDED"));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    move(a, data.decision, data.note);
    if (data.decision == AuthorizationStatus.APPROVED) {
      a.approvedTerms(
          data.authNumber.trim(),
          data.approvedFrom,
          data.approvedTo,
          data.approvedUnits,
          data.approvedDoses,
          data.unitsPerPeriod,
          data.periodDays);
    } else if (data.authNumber != null && !data.authNumber.isBlank()) {
      a.referenceNumber(data.authNumber.trim());
    }
    if (data.decision != AuthorizationStatus.PENDED) {
      a.decided(on, data.note, data.appealDeadline);
    }
    return a;
  }

  private static void approvalProblems(DecisionData d, List<Violation> problems) {
    if (d.authNumber == null || d.authNumber.isBlank()) {
      problems.add(new Violation("authNumber", "give the payer's authorization number"));
    }
    if (d.approvedFrom == null) {
      problems.add(new Violation("approvedFrom", "give the first day the approval covers"));
    }
    if (d.approvedTo == null) {
      problems.add(new Violation("approvedTo", "give the last day the approval covers"));
    } else if (d.approvedFrom != null && d.approvedTo.isBefore(d.approvedFrom)) {
      problems.add(new Violation("approvedTo", "the approval cannot end before it starts"));
    }
    if ((d.unitsPerPeriod == null) != (d.periodDays == null)) {
      problems.add(
          new Violation(
              d.unitsPerPeriod == null ? "unitsPerPeriod" : "periodDays",
              "a rate limit needs both units per period and period days (e.g. 380 per 28)"));
    }
    if (d.approvedUnits == null && d.approvedDoses == null && d.unitsPerPeriod == null) {
      problems.add(
          new Violation("approvedUnits", "give the approved units, doses, or units per period"));
    }
  }

  private void move(Authorization a, AuthorizationStatus to, String note) {
    AuthorizationStatus from = a.getStatus();
    if (!a.moveTo(to, clock.instant(), audit.actor(), note)) {
      throw new BusinessRuleException(
          "status",
          "authorization "
              + a.getId()
              + " is "
              + from
              + "; from there it can go to "
              + (from.next().isEmpty() ? "nothing (it is final)" : from.next().toString())
              + ", not "
              + to);
    }
    audit.record("authorization.status", "Authorization", a.getId(), "from=" + from + " to=" + to);
  }

  /**
   * Records an approval the payer already gave (demo data and tests of claims): created and
   * approved in one step, both in the history.
   */
  public Authorization recordApproved(
      long patientId,
      long payerId,
      String drugCode,
      String number,
      LocalDate from,
      LocalDate to,
      Integer units,
      Integer doses) {
    if (number == null || number.isBlank()) {
      throw new BusinessRuleException("authNumber", "give the payer's authorization number");
    }
    if (to != null && to.isBefore(from)) {
      throw new BusinessRuleException("approvedTo", "the approval cannot end before it starts");
    }
    Authorization a =
        new Authorization(
            patients.find(patientId),
            payers.get(payerId),
            drugCode,
            Drug.J2315.equals(drugCode) ? Benefit.MEDICAL : Benefit.PHARMACY,
            Channel.PORTAL);
    a.approve(number, from, to, units, doses, clock.instant(), audit.actor());
    em.persist(a);
    em.flush();
    audit.record("authorization.approved", "Authorization", a.getId(), "patient=" + patientId);
    return a;
  }

  /**
   * Approvals whose span ended before today become EXPIRED, with "system" and the end date in their
   * history; returns how many. Run every night by {@link AuthorizationExpiry}; safe to run again.
   */
  public int expireEnded() {
    List<Authorization> ended =
        em.createQuery(
                "select a from Authorization a where a.status = :approved"
                    + " and a.approvedTo < :today order by a.id",
                Authorization.class)
            .setParameter("approved", AuthorizationStatus.APPROVED)
            .setParameter("today", today())
            .getResultList();
    for (Authorization a : ended) {
      a.moveTo(
          AuthorizationStatus.EXPIRED,
          clock.instant(),
          "system",
          "the approval ended on " + a.getApprovedTo());
      audit.record(
          "authorization.expired", "Authorization", a.getId(), "ended " + a.getApprovedTo());
    }
    return ended.size();
  }

  // ---- reads ----

  public Authorization get(long id) {
    Authorization a = em.find(Authorization.class, id);
    if (a == null) {
      throw new UnknownEntityException("authorization", id);
    }
    return a;
  }

  /** The authorization with its usage, checklist and evidence; the read is audited. */
  public Detail detail(long id) {
    Authorization a = get(id);
    patients.recordRead(a.getPatientId(), "authorization " + id);
    return new Detail(a, usage(a), checklist(a), evidenceShownTo(id));
  }

  public Usage usage(Authorization a) {
    UnitLedger.Result ledger =
        accounting.ledger(
            a.getPatientId(),
            a.getPayerId(),
            a.getDrugCode(),
            accounting.authorizations(a.getPatientId(), a.getPayerId(), a.getDrugCode()));
    UnitLedger.Balance b = ledger.balance(a.getId());
    List<UnitLedger.Charge> charged =
        ledger.charges().stream()
            .filter(c -> c.approvalId() != null && c.approvalId().equals(a.getId()))
            .toList();
    Integer total = DoseAccounting.approval(a).totalUnits();
    if (b == null) {
      return new Usage(total, 0, 0, total, a.getApprovedDoses(), charged);
    }
    return new Usage(
        total, b.unitsUsed(), b.dosesUsed(), b.unitsRemaining(), b.dosesRemaining(), charged);
  }

  public List<ChecklistCheck.ItemResult> checklist(Authorization a) {
    LocalDate requestDate = a.getSubmittedOn() != null ? a.getSubmittedOn() : today();
    List<String> diagnoses =
        a.getPrescription() == null ? List.of() : a.getPrescription().getDiagnosisCodes();
    List<ChecklistCheck.Fact> facts =
        evidence(a.getId()).stream()
            .map(
                e ->
                    new ChecklistCheck.Fact(
                        e.getId(), e.getKind(), e.getItemCode(), e.getObservedOn(), e.getResult()))
            .toList();
    return ChecklistCheck.evaluate(
        checklistItems(a),
        new ChecklistCheck.Facts(a.getPatient().getBirthDate(), diagnoses, requestDate, facts));
  }

  /** The payer's checklist for the authorization's drug (its own, else the default list). */
  public List<ChecklistItem> checklistItems(Authorization a) {
    return ChecklistCheck.forPayer(
        em.createNamedQuery(ChecklistItem.FOR_DRUG, ChecklistItem.class)
            .setParameter("drugCode", a.getDrugCode())
            .setParameter("payerId", a.getPayerId())
            .getResultList(),
        a.getPayerId());
  }

  public List<Evidence> evidence(long authorizationId) {
    return em.createQuery(
            "select e from Evidence e where e.authorization.id = :id order by e.id", Evidence.class)
        .setParameter("id", authorizationId)
        .getResultList();
  }

  /**
   * The evidence a caller may see: psychotherapy notes only by clinicians (HIPAA gives them special
   * protection; they never go into a packet either).
   */
  private List<Evidence> evidenceShownTo(long authorizationId) {
    boolean clinician = caller.isCallerInRole(Role.CLINICIAN_NAME);
    return evidence(authorizationId).stream()
        .filter(e -> clinician || e.getKind() != EvidenceKind.PSYCHOTHERAPY_NOTE)
        .toList();
  }

  /** Authorizations, newest first, filtered by any of patient, payer and status. */
  public Page<Authorization> list(
      Long patientId, Long payerId, AuthorizationStatus status, int first, int max) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (patientId != null) {
      where.append(" and a.patient.id = :patientId");
      params.put("patientId", patientId);
    }
    if (payerId != null) {
      where.append(" and a.payer.id = :payerId");
      params.put("payerId", payerId);
    }
    if (status != null) {
      where.append(" and a.status = :status");
      params.put("status", status);
    }
    TypedQuery<Authorization> q =
        em.createQuery(
            "select a from Authorization a" + where + " order by a.id desc", Authorization.class);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from Authorization a" + where, Long.class);
    params.forEach(
        (k, v) -> {
          q.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<Authorization> items = q.setFirstResult(first).setMaxResults(max).getResultList();
    return new Page<>(items, count.getSingleResult(), first, max);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
