package com.naltrexone.billing.authorizations.entity;

import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A prior authorization request for a drug and, once the payer decides, its answer: reference
 * number, approved span, approved units (in total, and per period such as 380 per 28 days) or
 * doses. Every status move is kept with who and when. Claims use the approved ones (REF*G1); doses
 * consume their units (see {@code authorizations.control.UnitLedger}).
 */
@Entity
@Table(name = "authorization_record")
@NamedQuery(
    name = Authorization.FOR_PATIENT_AND_PAYER,
    query =
        "select a from Authorization a where a.patient.id = :patientId and a.payer.id = :payerId"
            + " and a.drugCode = :drugCode order by a.approvedFrom desc, a.id desc")
@NamedQuery(
    name = Authorization.OF_PATIENT,
    query = "select a from Authorization a where a.patient.id = :patientId order by a.id desc")
@NamedQuery(
    name = Authorization.BY_STATUS,
    query = "select a from Authorization a where a.status in :statuses order by a.id")
public class Authorization extends RegistryRecord {

  public static final String FOR_PATIENT_AND_PAYER = "Authorization.forPatientAndPayer";
  public static final String OF_PATIENT = "Authorization.ofPatient";
  public static final String BY_STATUS = "Authorization.byStatus";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @ManyToOne
  @JoinColumn(name = "coverage_id")
  private Coverage coverage;

  @ManyToOne
  @JoinColumn(name = "prescription_id")
  private Prescription prescription;

  /** HCPCS (J2315) for the medical benefit, or an 11-digit NDC for the pharmacy benefit. */
  @Column(name = "drug_code", nullable = false)
  private String drugCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Benefit benefit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuthorizationStatus status;

  @Column(name = "auth_number")
  private String authNumber;

  @Column(name = "requested_from")
  private LocalDate requestedFrom;

  @Column(name = "requested_to")
  private LocalDate requestedTo;

  @Column(name = "approved_from")
  private LocalDate approvedFrom;

  @Column(name = "approved_to")
  private LocalDate approvedTo;

  /** Units approved over the whole span (J2315: 380 a dose), or null when only doses are. */
  @Column(name = "approved_units")
  private Integer approvedUnits;

  @Column(name = "approved_doses")
  private Integer approvedDoses;

  /** A rate limit as the payer states it, e.g. 380 units per 28 days; both or neither. */
  @Column(name = "units_per_period")
  private Integer unitsPerPeriod;

  @Column(name = "period_days")
  private Integer periodDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "appeal_deadline")
  private LocalDate appealDeadline;

  /** The payer's words: the denial reason, or what the pend is waiting for. */
  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "created_at")
  private Instant createdAt;

  @OneToMany(mappedBy = "authorization", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private List<StatusChange> history = new ArrayList<>();

  protected Authorization() {}

  public Authorization(
      Patient patient, Payer payer, String drugCode, Benefit benefit, Channel channel) {
    this.patient = patient;
    this.payer = payer;
    this.drugCode = drugCode;
    this.benefit = benefit;
    this.channel = channel;
    this.status = AuthorizationStatus.DRAFT;
  }

  /** A new request, as a draft, with its first history entry. */
  public static Authorization draft(
      Coverage coverage,
      Prescription prescription,
      String drugCode,
      Benefit benefit,
      Channel channel,
      LocalDate requestedFrom,
      LocalDate requestedTo,
      Instant at,
      String actor) {
    Authorization a =
        new Authorization(coverage.getPatient(), coverage.getPayer(), drugCode, benefit, channel);
    a.coverage = coverage;
    a.prescription = prescription;
    a.requestedFrom = requestedFrom;
    a.requestedTo = requestedTo;
    a.createdAt = at;
    a.history.add(new StatusChange(a, null, AuthorizationStatus.DRAFT, at, actor, "created"));
    return a;
  }

  /**
   * Moves to {@code to} if the lifecycle allows it, recording who and when; returns false (nothing
   * changed) when it does not.
   */
  public boolean moveTo(AuthorizationStatus to, Instant at, String actor, String note) {
    if (!status.canMoveTo(to)) {
      return false;
    }
    history.add(new StatusChange(this, status, to, at, actor, note));
    status = to;
    if (to == AuthorizationStatus.SUBMITTED && submittedOn == null) {
      submittedOn = LocalDate.ofInstant(at, ZoneId.systemDefault());
    }
    return true;
  }

  /** Sets the approved terms (the status move is {@link #moveTo}). */
  public void approvedTerms(
      String number,
      LocalDate from,
      LocalDate to,
      Integer units,
      Integer doses,
      Integer unitsPerPeriod,
      Integer periodDays) {
    this.authNumber = number;
    this.approvedFrom = from;
    this.approvedTo = to;
    this.approvedUnits = units;
    this.approvedDoses = doses;
    this.unitsPerPeriod = unitsPerPeriod;
    this.periodDays = periodDays;
  }

  public void decided(LocalDate on, String note, LocalDate appealDeadline) {
    this.decidedOn = on;
    this.decisionNote = note;
    this.appealDeadline = appealDeadline;
  }

  /** The payer's reference number, known from submission on for most portals. */
  public void referenceNumber(String number) {
    this.authNumber = number;
  }

  /**
   * Records an approval the payer already gave (claims and demo data): draft and approved in one
   * step, with both moves in the history.
   */
  public void approve(
      String number,
      LocalDate from,
      LocalDate to,
      Integer units,
      Integer doses,
      Instant at,
      String actor) {
    approvedTerms(number, from, to, units, doses, null, null);
    if (history.isEmpty()) {
      history.add(new StatusChange(this, null, AuthorizationStatus.DRAFT, at, actor, "created"));
      createdAt = at;
    }
    history.add(
        new StatusChange(
            this, status, AuthorizationStatus.APPROVED, at, actor, "approval recorded"));
    this.status = AuthorizationStatus.APPROVED;
    this.decidedOn = LocalDate.ofInstant(at, ZoneId.systemDefault());
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

  @JsonbTransient
  public Coverage getCoverage() {
    return coverage;
  }

  @JsonbTransient
  public Prescription getPrescription() {
    return prescription;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getPayerId() {
    return payer.getId();
  }

  public String getPayerName() {
    return payer.getName();
  }

  public Long getCoverageId() {
    return coverage == null ? null : coverage.getId();
  }

  public Long getPrescriptionId() {
    return prescription == null ? null : prescription.getId();
  }

  public String getDrugCode() {
    return drugCode;
  }

  public Benefit getBenefit() {
    return benefit;
  }

  public AuthorizationStatus getStatus() {
    return status;
  }

  public String getAuthNumber() {
    return authNumber;
  }

  public LocalDate getRequestedFrom() {
    return requestedFrom;
  }

  public LocalDate getRequestedTo() {
    return requestedTo;
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

  public Integer getUnitsPerPeriod() {
    return unitsPerPeriod;
  }

  public Integer getPeriodDays() {
    return periodDays;
  }

  public Channel getChannel() {
    return channel;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public LocalDate getAppealDeadline() {
    return appealDeadline;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }
}
