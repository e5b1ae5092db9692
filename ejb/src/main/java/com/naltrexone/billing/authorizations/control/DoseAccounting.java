package com.naltrexone.billing.authorizations.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.DoseKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads what the ledger needs for one patient, payer and drug: the authorizations the payer
 * approved (expired ones too: doses given while they were in force still count against them) and
 * the doses given while the patient was covered by that payer. J2315 counts Vivitrol injections at
 * 380 units each; an oral NDC counts fills by their days' supply.
 */
@Dependent
public class DoseAccounting {

  @PersistenceContext EntityManager em;

  /** Units one dose uses for this drug code (J2315: a kit; oral: a 30-day fill). */
  public static int unitsPerDose(String drugCode) {
    return Drug.J2315.equals(drugCode) ? Drug.J2315_UNITS_PER_KIT : 30;
  }

  public List<Authorization> authorizations(long patientId, long payerId, String drugCode) {
    return em.createNamedQuery(Authorization.FOR_PATIENT_AND_PAYER, Authorization.class)
        .setParameter("patientId", patientId)
        .setParameter("payerId", payerId)
        .setParameter("drugCode", drugCode)
        .getResultList();
  }

  public UnitLedger.Result ledger(
      long patientId, long payerId, String drugCode, List<Authorization> authorizations) {
    List<UnitLedger.Approval> approvals =
        authorizations.stream()
            .filter(
                a ->
                    a.getApprovedFrom() != null
                        && (a.getStatus() == AuthorizationStatus.APPROVED
                            || a.getStatus() == AuthorizationStatus.EXPIRED))
            .map(DoseAccounting::approval)
            .toList();
    List<Coverage> withPayer =
        em.createNamedQuery(Coverage.OF_PATIENT, Coverage.class)
            .setParameter("patientId", patientId)
            .getResultStream()
            .filter(c -> c.getPayerId() == payerId)
            .toList();
    boolean injection = Drug.J2315.equals(drugCode);
    List<UnitLedger.DoseUse> uses =
        em.createNamedQuery(Dose.OF_PATIENT, Dose.class)
            .setParameter("patientId", patientId)
            .getResultStream()
            .filter(
                d ->
                    injection
                        ? d.getKind() == DoseKind.INJECTION
                        : d.getKind() == DoseKind.ORAL_FILL && drugCode.equals(d.getNdc11()))
            .filter(d -> withPayer.stream().anyMatch(c -> c.isActiveOn(d.getGivenOn())))
            .map(
                d ->
                    new UnitLedger.DoseUse(
                        d.getId(),
                        d.getGivenOn(),
                        injection
                            ? Drug.J2315_UNITS_PER_KIT
                            : d.getDaysSupply() == null ? 30 : d.getDaysSupply()))
            .toList();
    return UnitLedger.charge(approvals, uses, unitsPerDose(drugCode));
  }

  public static UnitLedger.Approval approval(Authorization a) {
    return new UnitLedger.Approval(
        a.getId(),
        a.getApprovedFrom(),
        a.getApprovedTo(),
        a.getApprovedUnits(),
        a.getApprovedDoses(),
        a.getUnitsPerPeriod(),
        a.getPeriodDays());
  }
}
