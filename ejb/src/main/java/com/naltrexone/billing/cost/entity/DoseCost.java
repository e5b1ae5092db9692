package com.naltrexone.billing.cost.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The money of one posted payment for a dose (reversals negated), kept so that estimate against
 * actual and the margin per dose and per payer per month are sums over rows. Written once, never
 * changed.
 */
@Entity
@Table(name = "dose_cost")
@NamedQuery(
    name = DoseCost.BY_POSTING,
    query = "select d from DoseCost d where d.postingId = :postingId")
@NamedQuery(
    name = DoseCost.SERVED_BETWEEN,
    query =
        "select d from DoseCost d where d.serviceDate >= :from and d.serviceDate <= :to"
            + " order by d.payerId, d.doseId, d.id")
@NamedQuery(
    name = DoseCost.OF_DOSE,
    query = "select d from DoseCost d where d.doseId = :doseId order by d.id")
public class DoseCost {

  public static final String BY_POSTING = "DoseCost.byPosting";
  public static final String SERVED_BETWEEN = "DoseCost.servedBetween";
  public static final String OF_DOSE = "DoseCost.ofDose";

  /** The registry sequence declared on {@code RegistryRecord} (generator names are global). */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @Column(name = "posting_id", nullable = false)
  private long postingId;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Column(name = "dose_id", nullable = false)
  private long doseId;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @Column(name = "payer_id", nullable = false)
  private long payerId;

  @Column(nullable = false)
  private String route;

  @Column(name = "service_date", nullable = false)
  private LocalDate serviceDate;

  @Column(name = "paid_date", nullable = false)
  private LocalDate paidDate;

  private boolean reversal;

  @Column(nullable = false)
  private BigDecimal allowed;

  @Column(name = "payer_paid", nullable = false)
  private BigDecimal payerPaid;

  @Column(name = "patient_responsibility", nullable = false)
  private BigDecimal patientResponsibility;

  @Column(name = "program_paid", nullable = false)
  private BigDecimal programPaid;

  @Column(name = "estimated_patient")
  private BigDecimal estimatedPatient;

  @Column(name = "estimate_note")
  private String estimateNote;

  @Column(name = "acquisition_cost")
  private BigDecimal acquisitionCost;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DoseCost() {}

  /** The ids the row belongs to. */
  public record Keys(
      long postingId,
      long claimId,
      long doseId,
      long patientId,
      long payerId,
      String route,
      LocalDate serviceDate,
      LocalDate paidDate,
      boolean reversal) {}

  /** Its money. */
  public record Amounts(
      BigDecimal allowed,
      BigDecimal payerPaid,
      BigDecimal patientResponsibility,
      BigDecimal programPaid,
      BigDecimal estimatedPatient,
      String estimateNote,
      BigDecimal acquisitionCost) {}

  public DoseCost(Keys k, Amounts a, Instant recordedAt) {
    this.postingId = k.postingId();
    this.claimId = k.claimId();
    this.doseId = k.doseId();
    this.patientId = k.patientId();
    this.payerId = k.payerId();
    this.route = k.route();
    this.serviceDate = k.serviceDate();
    this.paidDate = k.paidDate();
    this.reversal = k.reversal();
    this.allowed = a.allowed();
    this.payerPaid = a.payerPaid();
    this.patientResponsibility = a.patientResponsibility();
    this.programPaid = a.programPaid();
    this.estimatedPatient = a.estimatedPatient();
    this.estimateNote = a.estimateNote() == null ? null : truncate(a.estimateNote(), 400);
    this.acquisitionCost = a.acquisitionCost();
    this.recordedAt = recordedAt;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getPostingId() {
    return postingId;
  }

  public long getClaimId() {
    return claimId;
  }

  public long getDoseId() {
    return doseId;
  }

  public long getPatientId() {
    return patientId;
  }

  public long getPayerId() {
    return payerId;
  }

  public String getRoute() {
    return route;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public LocalDate getPaidDate() {
    return paidDate;
  }

  public boolean isReversal() {
    return reversal;
  }

  public BigDecimal getAllowed() {
    return allowed;
  }

  public BigDecimal getPayerPaid() {
    return payerPaid;
  }

  public BigDecimal getPatientResponsibility() {
    return patientResponsibility;
  }

  public BigDecimal getProgramPaid() {
    return programPaid;
  }

  public BigDecimal getEstimatedPatient() {
    return estimatedPatient;
  }

  public String getEstimateNote() {
    return estimateNote;
  }

  public BigDecimal getAcquisitionCost() {
    return acquisitionCost;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
