package com.naltrexone.billing.prescriptions.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.DoseKind;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.providers.boundary.Providers;
import com.naltrexone.billing.providers.entity.Location;
import com.naltrexone.billing.providers.entity.Provider;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Injections given and oral fills. An expired lot is refused; an injection sooner than 28 days
 * after the previous one is saved with a warning (payers deny it as too frequent, CARC 151).
 */
@Stateless
public class Doses {

  /** Vivitrol is labeled every 4 weeks. */
  public static final int VIVITROL_INTERVAL_DAYS = 28;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @EJB Prescriptions prescriptions;
  @EJB Providers providers;
  @EJB Patients patients;

  public Recorded<Dose> record(DoseData data) {
    Prescription rx = prescriptions.get(data.prescriptionId);
    List<Violation> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (data.givenOn.isAfter(LocalDate.now(clock))) {
      problems.add(new Violation("givenOn", "a dose cannot be recorded for a future date"));
    }
    if (!rx.isActiveOn(data.givenOn)) {
      problems.add(
          new Violation(
              "givenOn", "prescription " + rx.getId() + " is not active on " + data.givenOn));
    }
    Dose dose =
        data.kind == DoseKind.INJECTION
            ? injection(rx, data, problems, warnings)
            : oralFill(rx, data, problems);
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    em.persist(dose);
    em.flush();
    audit.record(
        "dose.recorded",
        "Dose",
        dose.getId(),
        "patient=" + rx.getPatientId() + " kind=" + data.kind + " billable=" + dose.isBillable());
    return new Recorded<>(dose, warnings);
  }

  private Dose injection(
      Prescription rx, DoseData data, List<Violation> problems, List<String> warnings) {
    if (rx.getDrug().getForm() != DrugForm.INJECTION) {
      problems.add(new Violation("kind", "this prescription is for tablets: record an ORAL_FILL"));
      return null;
    }
    DrugLot lot = data.lotId == null ? null : em.find(DrugLot.class, data.lotId);
    if (lot == null) {
      problems.add(new Violation("lotId", "give the lot the kit came from"));
    } else if (lot.getDrugId() != rx.getDrugId()) {
      problems.add(new Violation("lotId", "lot " + lot.getLotNumber() + " is of another drug"));
    } else if (lot.isExpiredOn(data.givenOn)) {
      problems.add(
          new Violation(
              "lotId",
              "lot "
                  + lot.getLotNumber()
                  + " expired on "
                  + lot.getExpiresOn()
                  + ": do not use it"));
    }
    Location location = find(Location.class, data.locationId, "locationId", problems);
    Provider by = find(Provider.class, data.administeredById, "administeredById", problems);
    if (data.site == null) {
      problems.add(new Violation("site", "give the injection site (left or right gluteal)"));
    }
    lastInjectionBefore(rx.getPatientId(), data.givenOn)
        .ifPresent(
            previous -> {
              long days = ChronoUnit.DAYS.between(previous.getGivenOn(), data.givenOn);
              if (days < VIVITROL_INTERVAL_DAYS) {
                warnings.add(
                    "only "
                        + days
                        + " days since the previous injection on "
                        + previous.getGivenOn()
                        + "; payers usually allow one every "
                        + VIVITROL_INTERVAL_DAYS
                        + " days");
              }
            });
    if (!problems.isEmpty()) {
      return null;
    }
    return Dose.injection(rx, location, data.givenOn, lot, data.site, by, data.wasteMg);
  }

  private static Dose oralFill(Prescription rx, DoseData data, List<Violation> problems) {
    if (rx.getDrug().getForm() != DrugForm.ORAL) {
      problems.add(new Violation("kind", "this prescription is for injections: record INJECTION"));
      return null;
    }
    if (data.daysSupply == null) {
      problems.add(new Violation("daysSupply", "give the days' supply of the fill"));
      return null;
    }
    return problems.isEmpty() ? Dose.oralFill(rx, data.givenOn, data.daysSupply) : null;
  }

  private <T> T find(Class<T> type, Long id, String field, List<Violation> problems) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      problems.add(new Violation(field, id == null ? "required" : "there is no record " + id));
    }
    return found;
  }

  public Dose get(long id) {
    Dose d = em.find(Dose.class, id);
    if (d == null) {
      throw new UnknownEntityException("dose", id);
    }
    return d;
  }

  public List<Dose> of(long patientId) {
    patients.find(patientId);
    return em.createNamedQuery(Dose.OF_PATIENT, Dose.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /** When the next Vivitrol injection is due: the last one plus 28 days, if there was one. */
  public Optional<LocalDate> nextVivitrolDoseDue(long patientId) {
    return lastInjectionBefore(patientId, LocalDate.now(clock).plusYears(1))
        .map(d -> d.getGivenOn().plusDays(VIVITROL_INTERVAL_DAYS));
  }

  private Optional<Dose> lastInjectionBefore(long patientId, LocalDate on) {
    return em.createNamedQuery(Dose.LAST_INJECTION, Dose.class)
        .setParameter("patientId", patientId)
        .setParameter("kind", DoseKind.INJECTION)
        .setParameter("on", on)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
