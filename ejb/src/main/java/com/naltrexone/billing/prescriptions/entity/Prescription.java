package com.naltrexone.billing.prescriptions.entity;

import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import com.naltrexone.billing.providers.entity.Provider;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A prescriber's order for Vivitrol or oral naltrexone, with the diagnoses it is for. */
@Entity
@Table(name = "prescription")
@NamedQuery(
    name = Prescription.OF_PATIENT,
    query =
        "select p from Prescription p where p.patient.id = :patientId"
            + " order by p.startDate desc, p.id desc")
public class Prescription extends RegistryRecord {

  public static final String OF_PATIENT = "Prescription.ofPatient";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "drug_id")
  private Drug drug;

  @ManyToOne(optional = false)
  @JoinColumn(name = "prescriber_id")
  private Provider prescriber;

  @Column(nullable = false)
  private String dose;

  @Column(name = "frequency_days")
  private int frequencyDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Route route;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "prescription_diagnosis",
      joinColumns = @JoinColumn(name = "prescription_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", nullable = false)
  private List<String> diagnosisCodes = new ArrayList<>();

  protected Prescription() {}

  public Prescription(Patient patient) {
    this.patient = patient;
  }

  public void update(
      Drug drug,
      Provider prescriber,
      String dose,
      int frequencyDays,
      Route route,
      LocalDate startDate,
      LocalDate endDate,
      List<Icd10Code> diagnoses) {
    this.drug = drug;
    this.prescriber = prescriber;
    this.dose = dose;
    this.frequencyDays = frequencyDays;
    this.route = route;
    this.startDate = startDate;
    this.endDate = endDate;
    this.diagnosisCodes.clear();
    diagnoses.forEach(d -> this.diagnosisCodes.add(d.value()));
  }

  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
  }

  public List<Icd10Code> diagnoses() {
    return diagnosisCodes.stream().map(Icd10Code::new).toList();
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public Drug getDrug() {
    return drug;
  }

  @JsonbTransient
  public Provider getPrescriber() {
    return prescriber;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getDrugId() {
    return drug.getId();
  }

  public String getDrugName() {
    return drug.getName();
  }

  public long getPrescriberId() {
    return prescriber.getId();
  }

  public String getDose() {
    return dose;
  }

  public int getFrequencyDays() {
    return frequencyDays;
  }

  public Route getRoute() {
    return route;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public List<String> getDiagnosisCodes() {
    return List.copyOf(diagnosisCodes);
  }
}
