package com.naltrexone.billing.cost.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A posted line whose paid amount plus patient responsibility fell short of the contracted allowed
 * amount by more than the tolerance: the expected figure, how it was computed, and the shortfall.
 */
@Entity
@Table(name = "underpayment")
@NamedQuery(
    name = Underpayment.BY_STATUS,
    query = "select u from Underpayment u where u.status = :status order by u.id")
@NamedQuery(
    name = Underpayment.COUNT_BY_STATUS,
    query = "select count(u) from Underpayment u where u.status = :status")
@NamedQuery(
    name = Underpayment.OF_CLAIM,
    query = "select u from Underpayment u where u.claimId = :claimId order by u.id")
public class Underpayment extends RegistryRecord {

  public static final String BY_STATUS = "Underpayment.byStatus";
  public static final String COUNT_BY_STATUS = "Underpayment.countByStatus";
  public static final String OF_CLAIM = "Underpayment.ofClaim";

  @Column(name = "posting_id", nullable = false, updatable = false)
  private long postingId;

  @Column(name = "line_index", nullable = false, updatable = false)
  private int lineIndex;

  @Column(name = "claim_id", nullable = false, updatable = false)
  private long claimId;

  @Column(name = "claim_line_id", updatable = false)
  private Long claimLineId;

  @Column(name = "payer_id", nullable = false, updatable = false)
  private long payerId;

  @Column(name = "procedure_code", nullable = false, updatable = false)
  private String procedureCode;

  @Column(name = "service_date", nullable = false, updatable = false)
  private LocalDate serviceDate;

  @Column(name = "expected_allowed", nullable = false, updatable = false)
  private BigDecimal expectedAllowed;

  @Column(nullable = false, updatable = false)
  private BigDecimal paid;

  @Column(name = "patient_responsibility", nullable = false, updatable = false)
  private BigDecimal patientResponsibility;

  @Column(nullable = false, updatable = false)
  private BigDecimal shortfall;

  @Column(name = "expected_basis", nullable = false, updatable = false)
  private String expectedBasis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnderpaymentStatus status;

  @Column(name = "detected_at", nullable = false, updatable = false)
  private Instant detectedAt;

  private String resolution;

  protected Underpayment() {}

  /** Where the line is. */
  public record Line(
      long postingId,
      int lineIndex,
      long claimId,
      Long claimLineId,
      long payerId,
      String procedureCode,
      LocalDate serviceDate) {}

  public Underpayment(
      Line line,
      BigDecimal expectedAllowed,
      BigDecimal paid,
      BigDecimal patientResponsibility,
      BigDecimal shortfall,
      String expectedBasis,
      Instant detectedAt) {
    this.postingId = line.postingId();
    this.lineIndex = line.lineIndex();
    this.claimId = line.claimId();
    this.claimLineId = line.claimLineId();
    this.payerId = line.payerId();
    this.procedureCode = line.procedureCode();
    this.serviceDate = line.serviceDate();
    this.expectedAllowed = expectedAllowed;
    this.paid = paid;
    this.patientResponsibility = patientResponsibility;
    this.shortfall = shortfall;
    this.expectedBasis =
        expectedBasis.length() <= 300 ? expectedBasis : expectedBasis.substring(0, 300);
    this.detectedAt = detectedAt;
    this.status = UnderpaymentStatus.OPEN;
  }

  public void resolve(String why) {
    this.status = UnderpaymentStatus.RESOLVED;
    this.resolution = why.length() <= 200 ? why : why.substring(0, 200);
  }

  public long getPostingId() {
    return postingId;
  }

  public long getClaimId() {
    return claimId;
  }

  public Long getClaimLineId() {
    return claimLineId;
  }

  public long getPayerId() {
    return payerId;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public BigDecimal getExpectedAllowed() {
    return expectedAllowed;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public BigDecimal getPatientResponsibility() {
    return patientResponsibility;
  }

  public BigDecimal getShortfall() {
    return shortfall;
  }

  public String getExpectedBasis() {
    return expectedBasis;
  }

  public UnderpaymentStatus getStatus() {
    return status;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }

  public String getResolution() {
    return resolution;
  }
}
