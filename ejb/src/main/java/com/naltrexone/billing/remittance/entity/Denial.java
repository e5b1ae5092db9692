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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A denied or zero-paid claim or line waiting for a person: never written off automatically. Says
 * why (CARC/RARC with their reference text), what to do, and by when an appeal must be filed.
 */
@Entity
@Table(name = "remittance_denial")
@NamedQuery(
    name = Denial.BY_STATUS,
    query = "select d from Denial d where d.status = :status order by d.appealDeadline, d.id")
@NamedQuery(
    name = Denial.COUNT_BY_STATUS,
    query = "select count(d) from Denial d where d.status = :status")
@NamedQuery(
    name = Denial.FOR_CLAIM,
    query = "select d from Denial d where d.claimId = :claimId order by d.id")
public class Denial extends RemittanceRow {

  public static final String BY_STATUS = "Denial.byStatus";
  public static final String COUNT_BY_STATUS = "Denial.countByStatus";
  public static final String FOR_CLAIM = "Denial.forClaim";

  /**
   * OPEN waits for a person; APPEALED: an appeal was filed and the payer's answer is awaited (no
   * longer in the open list, worked when the answer comes); WORKED: closed by a person.
   */
  public enum Status {
    OPEN,
    APPEALED,
    WORKED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_payment_id")
  private ClaimPayment claimPayment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_payment_id")
  private ServicePayment servicePayment;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Column(name = "payer_id")
  private Long payerId;

  @Column(name = "group_code")
  private String groupCode;

  @Column(name = "reason_code")
  private String reasonCode;

  @Column(name = "remark_codes")
  private String remarkCodes;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "reason_text", nullable = false)
  private String reasonText;

  @Column(name = "suggested_action", nullable = false)
  private String suggestedAction;

  @Column(name = "appeal_deadline", nullable = false)
  private LocalDate appealDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "worked_at")
  private Instant workedAt;

  @Column(name = "worked_by")
  private String workedBy;

  private String note;

  @Version private long version;

  protected Denial() {}

  public Denial(
      ClaimPayment claimPayment,
      ServicePayment servicePayment,
      long claimId,
      Long payerId,
      String groupCode,
      String reasonCode,
      String remarkCodes,
      BigDecimal amount,
      String reasonText,
      String suggestedAction,
      LocalDate appealDeadline,
      Instant createdAt) {
    this.claimPayment = claimPayment;
    this.servicePayment = servicePayment;
    this.claimId = claimId;
    this.payerId = payerId;
    this.groupCode = groupCode;
    this.reasonCode = reasonCode;
    this.remarkCodes = remarkCodes;
    this.amount = amount;
    this.reasonText = cut(reasonText, 1000);
    this.suggestedAction = cut(suggestedAction, 400);
    this.appealDeadline = appealDeadline;
    this.createdAt = createdAt;
    this.status = Status.OPEN;
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  public void worked(Instant at, String by, String note) {
    close(Status.WORKED, at, by, note);
  }

  /** An appeal was filed: out of the open list, its note kept ahead of any later one. */
  public void appealed(Instant at, String by, String note) {
    close(Status.APPEALED, at, by, note);
  }

  /** Moves on, keeping the earlier note in front of the new one (newest last, 1000 characters). */
  private void close(Status to, Instant at, String by, String text) {
    this.status = to;
    this.workedAt = at;
    this.workedBy = by;
    this.note = history(this.note, text);
  }

  static String history(String earlier, String text) {
    String joined = earlier == null || earlier.isBlank() ? text : earlier + " | " + text;
    return joined.length() > 1000 ? joined.substring(joined.length() - 1000) : joined;
  }

  public long getClaimPaymentId() {
    return claimPayment.getId();
  }

  public Long getServicePaymentId() {
    return servicePayment == null ? null : servicePayment.getId();
  }

  public long getClaimId() {
    return claimId;
  }

  public Long getPayerId() {
    return payerId;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getRemarkCodes() {
    return remarkCodes;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReasonText() {
    return reasonText;
  }

  public String getSuggestedAction() {
    return suggestedAction;
  }

  public LocalDate getAppealDeadline() {
    return appealDeadline;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getWorkedAt() {
    return workedAt;
  }

  public String getWorkedBy() {
    return workedBy;
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }
}
