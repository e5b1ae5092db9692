package com.naltrexone.billing.cost.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What we claim from an assistance program after a payer's payment is posted: the program's share
 * of the patient responsibility, tracked as its own receivable (OPEN until the program pays).
 */
@Entity
@Table(name = "assistance_claim")
@NamedQuery(
    name = AssistanceClaim.BY_STATUS,
    query = "select c from AssistanceClaim c where c.status = :status order by c.id")
@NamedQuery(
    name = AssistanceClaim.OF_ENROLLMENT,
    query = "select c from AssistanceClaim c where c.enrollment.id = :enrollmentId order by c.id")
@NamedQuery(
    name = AssistanceClaim.OF_CLAIM,
    query = "select c from AssistanceClaim c where c.claimId = :claimId order by c.id")
public class AssistanceClaim extends RegistryRecord {

  public static final String BY_STATUS = "AssistanceClaim.byStatus";
  public static final String OF_ENROLLMENT = "AssistanceClaim.ofEnrollment";
  public static final String OF_CLAIM = "AssistanceClaim.ofClaim";

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrollment_id", updatable = false)
  private AssistanceEnrollment enrollment;

  @Column(name = "claim_id", nullable = false, updatable = false)
  private long claimId;

  @Column(name = "posting_id", nullable = false, updatable = false)
  private long postingId;

  @Column(name = "service_date", nullable = false, updatable = false)
  private LocalDate serviceDate;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssistanceClaimStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @Column(name = "paid_amount")
  private BigDecimal paidAmount;

  @Column(name = "paid_reference")
  private String paidReference;

  protected AssistanceClaim() {}

  public AssistanceClaim(
      AssistanceEnrollment enrollment,
      long claimId,
      long postingId,
      LocalDate serviceDate,
      BigDecimal amount,
      Instant createdAt) {
    this.enrollment = enrollment;
    this.claimId = claimId;
    this.postingId = postingId;
    this.serviceDate = serviceDate;
    this.amount = amount;
    this.createdAt = createdAt;
    this.status = AssistanceClaimStatus.OPEN;
  }

  public void paid(LocalDate on, BigDecimal amount, String reference) {
    this.status = AssistanceClaimStatus.PAID;
    this.paidOn = on;
    this.paidAmount = amount;
    this.paidReference = reference;
  }

  public void voided() {
    this.status = AssistanceClaimStatus.VOID;
  }

  /** What counts against the program's caps: nothing once void. */
  public BigDecimal used() {
    return status == AssistanceClaimStatus.VOID ? BigDecimal.ZERO : amount;
  }

  @JsonbTransient
  public AssistanceEnrollment getEnrollment() {
    return enrollment;
  }

  public long getEnrollmentId() {
    return enrollment.getId();
  }

  public String getProgramName() {
    return enrollment.getProgramName();
  }

  public String getEnrollmentNumber() {
    return enrollment.getEnrollmentNumber();
  }

  public long getPatientId() {
    return enrollment.getPatientId();
  }

  public long getClaimId() {
    return claimId;
  }

  public long getPostingId() {
    return postingId;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public AssistanceClaimStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public BigDecimal getPaidAmount() {
    return paidAmount;
  }

  public String getPaidReference() {
    return paidReference;
  }
}
