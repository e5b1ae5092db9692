package com.naltrexone.billing.patients.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Patients: every create, change and read of a patient's record is audited (by id, never by name).
 */
@Stateless
public class Patients {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public Patient create(PatientData data) {
    if (!em.createNamedQuery(Patient.BY_MRN, Patient.class)
        .setParameter("mrn", data.mrn)
        .getResultList()
        .isEmpty()) {
      throw new BusinessRuleException("mrn", "another patient already has MRN " + data.mrn);
    }
    Patient p =
        new Patient(
            data.mrn,
            data.firstName,
            data.lastName,
            data.birthDate,
            data.sex,
            data.address,
            data.phone);
    em.persist(p);
    em.flush();
    audit.record("patient.created", "Patient", p.getId(), null);
    return p;
  }

  public Patient update(long id, PatientData data) {
    Patient p = find(id);
    Versions.check(p, data.version);
    if (!p.getMrn().equals(data.mrn)) {
      throw new BusinessRuleException("mrn", "the MRN of a patient cannot be changed");
    }
    p.update(data.firstName, data.lastName, data.birthDate, data.sex, data.address, data.phone);
    audit.record("patient.updated", "Patient", id, null);
    return p;
  }

  /** Reads a patient's demographics for a person: audited. */
  public Patient read(long id) {
    Patient p = find(id);
    audit.record("patient.read", "Patient", id, "demographics");
    return p;
  }

  /**
   * Records that a person read a part of a patient's record (coverages, prescriptions, doses,
   * consents, disclosures): every read of the record is audited, by id only.
   */
  public void recordRead(long patientId, String part) {
    find(patientId);
    audit.record("patient.read", "Patient", patientId, part);
  }

  /** For other boundaries inside the application: not a disclosure to a person, not audited. */
  public Patient find(long id) {
    Patient p = em.find(Patient.class, id);
    if (p == null) {
      throw new UnknownEntityException("patient", id);
    }
    return p;
  }

  /** Patients whose last name starts with {@code query} or whose MRN is {@code query}. */
  public Page<Patient> search(String query, int first, int max) {
    String q = query == null ? "" : query.trim();
    List<Patient> items =
        em.createNamedQuery(Patient.SEARCH, Patient.class)
            .setParameter("name", q.toLowerCase() + "%")
            .setParameter("mrn", q)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    long total =
        em.createQuery(
                "select count(p) from Patient p where lower(p.lastName) like :name or p.mrn = :mrn",
                Long.class)
            .setParameter("name", q.toLowerCase() + "%")
            .setParameter("mrn", q)
            .getSingleResult();
    audit.record("patient.searched", "Patient", "*", "results=" + items.size());
    return new Page<>(items, total, first, max);
  }

  public long count() {
    return em.createNamedQuery(Patient.COUNT, Long.class).getSingleResult();
  }

  /** Columns a patients table may sort on, by the name the table uses. */
  static final java.util.Map<String, String> SORTABLE =
      java.util.Map.of(
          "mrn", "p.mrn",
          "lastName", "p.lastName",
          "firstName", "p.firstName",
          "birthDate", "p.birthDate");

  /**
   * A page of patients for a table: all of them, or those whose last name starts with {@code query}
   * or whose MRN starts with it; sorted on one of {@link #SORTABLE} (else by name).
   */
  public Page<Patient> list(String query, int first, int max, String sortField, boolean asc) {
    String path = sortField == null ? null : SORTABLE.get(sortField);
    String order =
        path == null
            ? " order by p.lastName, p.firstName, p.id"
            : " order by " + path + (asc ? " asc" : " desc") + ", p.id";
    List<Patient> items =
        em.createQuery("select p from Patient p" + LIST_WHERE + order, Patient.class)
            .setParameter("q", listPattern(query))
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    audit.record("patient.searched", "Patient", "*", "results=" + items.size());
    return new Page<>(items, countMatching(query), first, max);
  }

  /** How many patients {@link #list} finds for {@code query} (a count discloses no record). */
  public long countMatching(String query) {
    return em.createQuery("select count(p) from Patient p" + LIST_WHERE, Long.class)
        .setParameter("q", listPattern(query))
        .getSingleResult();
  }

  private static final String LIST_WHERE =
      " where lower(p.lastName) like :q or lower(p.mrn) like :q";

  private static String listPattern(String query) {
    String q = query == null ? "" : query.trim().toLowerCase();
    return q.replace("%", "").replace("_", "") + "%";
  }
}
