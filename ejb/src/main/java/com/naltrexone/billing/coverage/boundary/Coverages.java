package com.naltrexone.billing.coverage.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A patient's coverages in COB order. Two coverages with the same order may not overlap in time.
 */
@Stateless
public class Coverages {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @EJB Patients patients;
  @EJB Payers payers;

  public Coverage add(long patientId, CoverageData data) {
    Patient patient = patients.find(patientId);
    Coverage c = new Coverage(patient, payers.get(data.payerId));
    apply(c, data, null);
    em.persist(c);
    em.flush();
    audit.record("coverage.created", "Coverage", c.getId(), "patient=" + patientId);
    return c;
  }

  public Coverage update(long patientId, long coverageId, CoverageData data) {
    Coverage c = get(patientId, coverageId);
    Versions.check(c, data.version);
    apply(c, data, coverageId);
    audit.record("coverage.updated", "Coverage", coverageId, "patient=" + patientId);
    return c;
  }

  public List<Coverage> of(long patientId) {
    patients.find(patientId);
    return em.createNamedQuery(Coverage.OF_PATIENT, Coverage.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /** The coverage in the given COB position that is active on a date, if any. */
  public Optional<Coverage> activeOn(long patientId, CobOrder order, LocalDate date) {
    return of(patientId).stream()
        .filter(c -> c.getCobOrder() == order && c.isActiveOn(date))
        .findFirst();
  }

  public Coverage get(long patientId, long coverageId) {
    Coverage c = em.find(Coverage.class, coverageId);
    if (c == null || c.getPatientId() != patientId) {
      throw new UnknownEntityException("coverage", coverageId);
    }
    return c;
  }

  private void apply(Coverage c, CoverageData data, Long self) {
    if (data.effectiveTo != null && data.effectiveTo.isBefore(data.effectiveFrom)) {
      throw new BusinessRuleException("effectiveTo", "the coverage cannot end before it starts");
    }
    em.createNamedQuery(Coverage.OF_PATIENT, Coverage.class)
        .setParameter("patientId", c.getPatientId())
        .getResultStream()
        .filter(other -> !other.getId().equals(self))
        .filter(other -> other.getCobOrder() == data.cobOrder)
        .filter(other -> other.overlaps(data.effectiveFrom, data.effectiveTo))
        .findFirst()
        .ifPresent(
            other -> {
              throw new BusinessRuleException(
                  "cobOrder",
                  "coverage "
                      + other.getId()
                      + " is already "
                      + data.cobOrder.name().toLowerCase()
                      + " for overlapping dates; end it first or choose another COB order");
            });
    c.update(
        payers.get(data.payerId),
        data.memberId,
        data.groupNumber,
        data.planType,
        data.subscriberName,
        data.relationship,
        data.effectiveFrom,
        data.effectiveTo,
        data.cobOrder);
  }
}
