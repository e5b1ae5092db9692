package com.naltrexone.billing.authorizations.entity;

import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A payer's prior authorization for a drug: the part claims need (number, approved span and units).
 * The full lifecycle, evidence and packet are the authorizations capability's.
 */
@Entity
@Table(name = "authorization_record")
@NamedQuery(
    name = Authorization.FOR_PATIENT_AND_PAYER,
    query =
        "select a from Authorization a where a.patient.id = :patientId and a.payer.id = :payerId"
            + " and a.drugCode = :drugCode order by a.approvedFrom desc, a.id desc")
public class Authorization extends RegistryRecord {

  public static final String FOR_PATIENT_AND_PAYER = "Authorization.forPatientAndPayer";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  /** HCPCS (J2315) for the medical benefit, or an 11-digit NDC for the pharmacy benefit. */
  @Column(name = "drug_code", nullable = false)
  private String drugCode;

  @Column(nullable = false)
  private String benefit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuthorizationStatus status;

  @Column(name = "auth_number")
  private String authNumber;

  @Column(name = "approved_from")
  private LocalDate approvedFrom;

  @Column(name = "approved_to")
  private LocalDate approvedTo;

  @Column(name = "approved_units")
  private Integer approvedUnits;

  @Column(name = "approved_doses")
  private Integer approvedDoses;

  @Column(nullable = false)
  private String channel;

  protected Authorization() {}

  public Authorization(
      Patient patient, Payer payer, String drugCode, String benefit, String channel) {
    this.patient = patient;
    this.payer = payer;
    this.drugCode = drugCode;
    this.benefit = benefit;
    this.channel = channel;
    this.status = AuthorizationStatus.DRAFT;
  }

  public void approve(String number, LocalDate from, LocalDate to, Integer units, Integer doses) {
    this.status = AuthorizationStatus.APPROVED;
    this.authNumber = number;
    this.approvedFrom = from;
    this.approvedTo = to;
    this.approvedUnits = units;
    this.approvedDoses = doses;
  }

  public boolean covers(LocalDate date) {
    return status == AuthorizationStatus.APPROVED
        && approvedFrom != null
        && !date.isBefore(approvedFrom)
        && (approvedTo == null || !date.isAfter(approvedTo));
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public Payer getPayer() {
    return payer;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getPayerId() {
    return payer.getId();
  }

  public String getDrugCode() {
    return drugCode;
  }

  public String getBenefit() {
    return benefit;
  }

  public AuthorizationStatus getStatus() {
    return status;
  }

  public String getAuthNumber() {
    return authNumber;
  }

  public LocalDate getApprovedFrom() {
    return approvedFrom;
  }

  public LocalDate getApprovedTo() {
    return approvedTo;
  }

  public Integer getApprovedUnits() {
    return approvedUnits;
  }

  public Integer getApprovedDoses() {
    return approvedDoses;
  }

  public String getChannel() {
    return channel;
  }
}
