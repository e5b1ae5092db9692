package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.authorizations.control.DoseAccounting;
import com.naltrexone.billing.authorizations.control.LapseAlerts;
import com.naltrexone.billing.authorizations.control.UnitLedger;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PA coordinator's alert queue: for every patient on an active Vivitrol prescription, what the
 * payer's approvals, the doses given and the next dose due say needs doing (see {@link
 * LapseAlerts}); plus denials whose appeal deadline is near for anyone. Computed on each call from
 * the database, never stored, so it cannot go stale.
 */
@Stateless
public class AuthorizationAlerts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject DoseAccounting accounting;
  @EJB Doses doses;

  @Inject
  @ConfigProperty(name = "billing.authorizations.expiry-alert-days", defaultValue = "21")
  int expiryAlertDays;

  @Inject
  @ConfigProperty(name = "billing.authorizations.appeal-alert-days", defaultValue = "14")
  int appealAlertDays;

  public List<LapseAlerts.Alert> all() {
    LocalDate today = LocalDate.now(clock);
    LapseAlerts.Horizon horizon = new LapseAlerts.Horizon(today, expiryAlertDays, appealAlertDays);
    List<LapseAlerts.Alert> alerts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Without an authorization on file and without a payer that requires one, a patient can have
    // no alert (LapseAlerts): such patients are not looked at (a clinic's whole Vivitrol roster
    // would otherwise cost a few queries a patient on every home page view). The payers are
    // filtered in Java: a boolean column is never compared in JPQL (H2 refuses EclipseLink's 1/0).
    List<Long> paPayers =
        em.createQuery("select y from Payer y", Payer.class).getResultList().stream()
            .filter(Payer::isPaRequiredInjection)
            .map(Payer::getId)
            .toList();
    TypedQuery<Prescription> query =
        em.createQuery(
                "select p from Prescription p where p.drug.form = :form and p.startDate <= :horizon"
                    + " and (p.endDate is null or p.endDate >= :today)"
                    + " and (p.patient.id in (select a.patient.id from Authorization a)"
                    + (paPayers.isEmpty()
                        ? ""
                        : " or p.patient.id in (select c.patient.id from Coverage c"
                            + " where c.payer.id in :paPayers)")
                    + ") order by p.id",
                Prescription.class)
            .setParameter("form", DrugForm.INJECTION)
            .setParameter("horizon", today.plusDays(expiryAlertDays))
            .setParameter("today", today);
    if (!paPayers.isEmpty()) {
      query.setParameter("paPayers", paPayers);
    }
    List<Prescription> onVivitrol = query.getResultList();
    for (Prescription rx : onVivitrol) {
      long patientId = rx.getPatientId();
      Coverage primary =
          em.createNamedQuery(Coverage.OF_PATIENT, Coverage.class)
              .setParameter("patientId", patientId)
              .getResultStream()
              .filter(c -> c.getCobOrder() == CobOrder.PRIMARY && c.isActiveOn(today))
              .findFirst()
              .orElse(null);
      if (primary == null || !seen.add(patientId + ":" + primary.getPayerId())) {
        continue;
      }
      LocalDate due =
          doses
              .nextVivitrolDoseDue(patientId)
              .orElse(rx.getStartDate().isBefore(today) ? today : rx.getStartDate());
      Set<Long> billed = billedDoses(patientId);
      LapseAlerts.of(situation(patientId, primary.getPayer(), Drug.J2315, due), horizon).stream()
          .filter(alert -> alert.doseId() == null || !billed.contains(alert.doseId()))
          .forEach(alerts::add);
    }
    List<Authorization> denied =
        em.createNamedQuery(Authorization.BY_STATUS, Authorization.class)
            .setParameter("statuses", List.of(AuthorizationStatus.DENIED))
            .getResultList();
    for (Authorization a : denied) {
      if (!seen.contains(a.getPatientId() + ":" + a.getPayerId())) {
        LapseAlerts.Situation s =
            new LapseAlerts.Situation(
                a.getPatientId(),
                a.getPayerId(),
                false,
                null,
                DoseAccounting.unitsPerDose(a.getDrugCode()),
                List.of(auth(a)),
                UnitLedger.charge(List.of(), List.of(), 1));
        alerts.addAll(LapseAlerts.of(s, horizon));
      }
    }
    alerts.sort(
        Comparator.comparing(
                LapseAlerts.Alert::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LapseAlerts.Alert::patientId));
    return alerts;
  }

  /**
   * Doses whose claim went past the scrubber (sent or later): their problems are the claim's now,
   * so the dose alerts stop; a dose with no claim or a HELD / READY one still shows.
   */
  private Set<Long> billedDoses(long patientId) {
    return new HashSet<>(
        em.createQuery(
                "select c.dose.id from Claim c where c.patient.id = :patientId"
                    + " and c.status not in :unsent",
                Long.class)
            .setParameter("patientId", patientId)
            .setParameter("unsent", List.of(ClaimStatus.HELD, ClaimStatus.READY))
            .getResultList());
  }

  /** The facts about one patient with one payer for one drug. */
  public LapseAlerts.Situation situation(
      long patientId, Payer payer, String drugCode, LocalDate nextDoseDue) {
    List<Authorization> auths = accounting.authorizations(patientId, payer.getId(), drugCode);
    return new LapseAlerts.Situation(
        patientId,
        payer.getId(),
        Drug.J2315.equals(drugCode) ? payer.isPaRequiredInjection() : payer.isPaRequiredOral(),
        nextDoseDue,
        DoseAccounting.unitsPerDose(drugCode),
        auths.stream().map(AuthorizationAlerts::auth).toList(),
        accounting.ledger(patientId, payer.getId(), drugCode, auths));
  }

  private static LapseAlerts.Auth auth(Authorization a) {
    return new LapseAlerts.Auth(
        a.getId(), a.getStatus(), DoseAccounting.approval(a), a.getAppealDeadline());
  }
}
