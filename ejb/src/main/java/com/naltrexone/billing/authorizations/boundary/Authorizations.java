package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.coverage.boundary.Payers;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Prior authorizations. For now only recording one the payer has approved (what claims need:
 * number, dates, units); the request lifecycle, evidence and packet come with issue 6.
 */
@Stateless
public class Authorizations {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @EJB Patients patients;
  @EJB Payers payers;

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
            patients.find(patientId), payers.get(payerId), drugCode, "MEDICAL", "PORTAL");
    a.approve(number, from, to, units, doses);
    em.persist(a);
    em.flush();
    audit.record("authorization.approved", "Authorization", a.getId(), "patient=" + patientId);
    return a;
  }

  /** A patient's authorizations, newest approval first (for the staff screens). */
  public java.util.List<Authorization> ofPatient(long patientId) {
    return em.createQuery(
            "select a from Authorization a where a.patient.id = :patientId"
                + " order by a.approvedFrom desc, a.id desc",
            Authorization.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }
}
