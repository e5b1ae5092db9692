package com.naltrexone.billing.prescriptions.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import com.naltrexone.billing.prescriptions.entity.Icd10Code;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.providers.boundary.Providers;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** Prescriptions for Vivitrol and oral naltrexone. */
@Stateless
public class Prescriptions {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @EJB Patients patients;
  @EJB Providers providers;

  public Recorded<Prescription> create(PrescriptionData data) {
    Prescription p = new Prescription(patients.find(data.patientId));
    List<String> warnings = apply(p, data);
    em.persist(p);
    em.flush();
    audit.record("prescription.created", "Prescription", p.getId(), "patient=" + data.patientId);
    return new Recorded<>(p, warnings);
  }

  public Recorded<Prescription> update(long id, PrescriptionData data) {
    Prescription p = get(id);
    Versions.check(p, data.version);
    if (p.getPatientId() != data.patientId) {
      throw new BusinessRuleException("patientId", "a prescription cannot move to another patient");
    }
    List<String> warnings = apply(p, data);
    audit.record("prescription.updated", "Prescription", id, null);
    return new Recorded<>(p, warnings);
  }

  public Prescription get(long id) {
    Prescription p = em.find(Prescription.class, id);
    if (p == null) {
      throw new UnknownEntityException("prescription", id);
    }
    return p;
  }

  public List<Prescription> of(long patientId) {
    patients.find(patientId);
    return em.createNamedQuery(Prescription.OF_PATIENT, Prescription.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  private List<String> apply(Prescription p, PrescriptionData data) {
    List<Violation> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Icd10Code> diagnoses = diagnoses(data.diagnosisCodes, problems, warnings);
    Drug drug = em.find(Drug.class, data.drugId);
    if (drug == null) {
      problems.add(new Violation("drugId", "there is no drug " + data.drugId + " in the catalog"));
    }
    Provider prescriber = null;
    try {
      prescriber = providers.get(data.prescriberId);
      if (prescriber.getKind() != ProviderKind.RENDERING) {
        problems.add(
            new Violation(
                "prescriberId", "the prescriber must be a clinician, not an organisation"));
      }
    } catch (UnknownEntityException e) {
      problems.add(new Violation("prescriberId", "there is no provider " + data.prescriberId));
    }
    if (data.endDate != null && data.endDate.isBefore(data.startDate)) {
      problems.add(new Violation("endDate", "the prescription cannot end before it starts"));
    }
    if (drug != null && drug.getForm() == DrugForm.ORAL && data.route != Route.RETAIL_PHARMACY) {
      problems.add(
          new Violation("route", "oral naltrexone is dispensed by a retail pharmacy, not billed"));
    }
    if (drug != null
        && drug.getForm() == DrugForm.INJECTION
        && data.route == Route.RETAIL_PHARMACY) {
      problems.add(
          new Violation(
              "route", "Vivitrol is given in the clinic: buy-and-bill or specialty pharmacy"));
    }
    if (drug != null && drug.getForm() == DrugForm.INJECTION && data.frequencyDays < 28) {
      warnings.add("Vivitrol is labeled for one 380 mg injection every 4 weeks");
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    p.update(
        drug,
        prescriber,
        data.dose,
        data.frequencyDays,
        data.route,
        data.startDate,
        data.endDate,
        diagnoses);
    return warnings;
  }

  /** Parses each code; a bad one is a problem naming its position, a doubtful one a warning. */
  static List<Icd10Code> diagnoses(
      List<String> codes, List<Violation> problems, List<String> warnings) {
    List<Icd10Code> parsed = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      try {
        Icd10Code code = Icd10Code.parse(codes.get(i));
        if (parsed.contains(code)) {
          problems.add(new Violation("diagnosisCodes[" + i + "]", code + " is listed twice"));
        }
        parsed.add(code);
        code.naltrexoneWarning().ifPresent(warnings::add);
      } catch (IllegalArgumentException e) {
        problems.add(new Violation("diagnosisCodes[" + i + "]", e.getMessage()));
      }
    }
    return parsed;
  }
}
