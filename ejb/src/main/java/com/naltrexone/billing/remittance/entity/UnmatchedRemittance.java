package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A remittance claim or line that was not posted to any claim of ours: no claim with that CLM01, a
 * claim of another payer, a line no claim line matches, a reversal of nothing we posted, or a claim
 * whose segments failed validation. Keeps the segments as read (shown to billers only, never
 * logged) and where they are in the archived file.
 */
@Entity
@Table(name = "remittance_unmatched")
@NamedQuery(
    name = UnmatchedRemittance.BY_STATUS,
    query = "select u from UnmatchedRemittance u where u.status = :status order by u.id")
@NamedQuery(
    name = UnmatchedRemittance.COUNT_BY_STATUS,
    query = "select count(u) from UnmatchedRemittance u where u.status = :status")
public class UnmatchedRemittance extends RemittanceRow {

  public static final String BY_STATUS = "UnmatchedRemittance.byStatus";
  public static final String COUNT_BY_STATUS = "UnmatchedRemittance.countByStatus";

  public enum Kind {
    CLAIM,
    LINE,
    DEGRADED
  }

  public enum Status {
    OPEN,
    RESOLVED
  }

  @Column(name = "transaction_id", nullable = false)
  private long transactionId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "claim_payment_id")
  private ClaimPayment claimPayment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_payment_id")
  private ServicePayment servicePayment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "patient_control_number", nullable = false)
  private String patientControlNumber;

  @Column(name = "line_control_number")
  private String lineControlNumber;

  @Column(name = "segment_position", nullable = false)
  private int segmentPosition;

  @Column(nullable = false)
  private String reason;

  @Column(name = "raw_segments", nullable = false)
  private String rawSegments;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  private String resolution;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Version private long version;

  protected UnmatchedRemittance() {}

  public UnmatchedRemittance(
      long transactionId,
      ClaimPayment claimPayment,
      ServicePayment servicePayment,
      Kind kind,
      String patientControlNumber,
      String lineControlNumber,
      int segmentPosition,
      String reason,
      String rawSegments,
      Instant createdAt) {
    this.transactionId = transactionId;
    this.claimPayment = claimPayment;
    this.servicePayment = servicePayment;
    this.kind = kind;
    this.patientControlNumber = patientControlNumber;
    this.lineControlNumber = lineControlNumber;
    this.segmentPosition = segmentPosition;
    this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    this.rawSegments = rawSegments.length() > 20000 ? rawSegments.substring(0, 20000) : rawSegments;
    this.status = Status.OPEN;
    this.createdAt = createdAt;
  }

  public long getTransactionId() {
    return transactionId;
  }

  public Long getClaimPaymentId() {
    return claimPayment == null ? null : claimPayment.getId();
  }

  public Long getServicePaymentId() {
    return servicePayment == null ? null : servicePayment.getId();
  }

  public Kind getKind() {
    return kind;
  }

  public String getPatientControlNumber() {
    return patientControlNumber;
  }

  public String getLineControlNumber() {
    return lineControlNumber;
  }

  public int getSegmentPosition() {
    return segmentPosition;
  }

  public String getReason() {
    return reason;
  }

  public String getRawSegments() {
    return rawSegments;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  public String getResolution() {
    return resolution;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  /** A person has dealt with the item outside automatic posting and says how. */
  public void resolve(String note, String by, Instant at) {
    this.status = Status.RESOLVED;
    this.resolution = note;
    this.resolvedBy = by;
    this.resolvedAt = at;
  }
}
