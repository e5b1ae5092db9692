package com.naltrexone.billing.patients.ui;

import com.naltrexone.billing.authorizations.boundary.Authorizations;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.ClaimWorklists.ClaimRow;
import com.naltrexone.billing.claims.control.ClaimQuery;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.entity.Part2Consent;
import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.boundary.Prescriptions;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.web.Feedback;
import com.naltrexone.billing.web.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient's record for staff: coverages in COB order, Part 2 consents, prescriptions, doses with
 * the next injection due, authorizations with units left, and (for billing roles) the claims. Every
 * part read is audited, as through the REST API.
 */
@Named
@ViewScoped
public class PatientRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Patients patients;
  @EJB Coverages coverages;
  @EJB Part2Consents consents;
  @EJB Prescriptions prescriptions;
  @EJB Doses doses;
  @EJB Authorizations authorizations;
  @EJB ClaimWorklists worklists;
  @Inject StaffAccess access;

  /** An authorization with its dose-aware units and doses used and left. */
  public record AuthorizationLine(Authorization authorization, Authorizations.Usage usage) {}

  private Long id;
  private transient Patient patient;
  private transient List<Coverage> coverageList = List.of();
  private transient List<Part2Consent> consentList = List.of();
  private transient List<Prescription> prescriptionList = List.of();
  private transient List<Dose> doseList = List.of();
  private transient List<AuthorizationLine> authorizationList = List.of();
  private transient List<ClaimRow> claimList = List.of();
  private LocalDate nextDoseDue;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      patient = patients.read(id);
      nextDoseDue = doses.nextVivitrolDoseDue(id).orElse(null);
      patients.recordRead(id, "coverages");
      coverageList = coverages.of(id);
      patients.recordRead(id, "consents");
      consentList = consents.forPatient(id);
      patients.recordRead(id, "prescriptions");
      prescriptionList = prescriptions.of(id);
      patients.recordRead(id, "doses");
      doseList = doses.of(id);
      patients.recordRead(id, "authorizations");
      authorizationList =
          authorizations.list(id, null, null, 0, 200).items().stream()
              .map(a -> new AuthorizationLine(a, authorizations.usage(a)))
              .toList();
      if (access.isBilling()) {
        claimList =
            worklists.search(ClaimQuery.ofPatient(id), 0, 100, "serviceDate", false).items();
      }
    } catch (RuntimeException e) {
      patient = null;
      Feedback.failed(e);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Patient getPatient() {
    return patient;
  }

  public LocalDate getNextDoseDue() {
    return nextDoseDue;
  }

  /** The next injection is due today or is overdue. */
  public boolean isDoseDue() {
    return nextDoseDue != null && !nextDoseDue.isAfter(LocalDate.now());
  }

  public List<Coverage> getCoverages() {
    return coverageList;
  }

  public List<Part2Consent> getConsents() {
    return consentList;
  }

  public List<Prescription> getPrescriptions() {
    return prescriptionList;
  }

  public List<Dose> getDoses() {
    return doseList;
  }

  public List<AuthorizationLine> getAuthorizations() {
    return authorizationList;
  }

  public List<ClaimRow> getClaims() {
    return claimList;
  }
}
