package com.naltrexone.billing.remittance.entity;

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
 * One 835 transaction set (one payment or notification): the BPR/TRN facts, its envelope ids, and
 * whether it was POSTED or REJECTED (with the precise reason). Unique by payer + TRN02 +
 * ISA13/GS06/ST02, and while posted by payer + TRN02 alone.
 */
@Entity
@Table(name = "remittance_transaction")
@NamedQuery(
    name = RemittanceTransaction.IN_FILE,
    query = "select t from RemittanceTransaction t where t.fileId = :fileId order by t.position")
@NamedQuery(
    name = RemittanceTransaction.SAME_PAYMENT,
    query =
        "select t from RemittanceTransaction t where t.payerIdentifier = :payer and"
            + " (t.postedTrace = :trace or (t.traceNumber = :trace and t.isa13 = :isa13 and"
            + " t.gs06 = :gs06 and t.st02 = :st02)) order by t.id")
public class RemittanceTransaction extends RemittanceRow {

  public static final String IN_FILE = "RemittanceTransaction.inFile";
  public static final String SAME_PAYMENT = "RemittanceTransaction.samePayment";

  public enum Status {
    POSTED,
    REJECTED
  }

  @Column(name = "file_id", nullable = false)
  private long fileId;

  private int position;

  @Column(name = "payer_id")
  private Long payerId;

  @Column(name = "payer_identifier", nullable = false)
  private String payerIdentifier;

  @Column(name = "payer_name")
  private String payerName;

  @Column(name = "payee_npi")
  private String payeeNpi;

  @Column(name = "trace_number", nullable = false)
  private String traceNumber;

  @Column(name = "posted_trace")
  private String postedTrace;

  @Column(nullable = false)
  private String isa13;

  @Column(nullable = false)
  private String gs06;

  @Column(nullable = false)
  private String st02;

  @Column(name = "handling_code")
  private String handlingCode;

  @Column(name = "total_payment")
  private BigDecimal totalPayment;

  @Column(name = "credit_debit")
  private String creditDebit;

  @Column(name = "payment_method")
  private String paymentMethod;

  @Column(name = "payment_date")
  private LocalDate paymentDate;

  @Column(name = "production_date")
  private LocalDate productionDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String reason;

  private int claims;

  @Column(name = "claims_posted")
  private int claimsPosted;

  @Column(name = "claims_denied")
  private int claimsDenied;

  @Column(name = "claims_unmatched")
  private int claimsUnmatched;

  @Column(name = "claims_reversed")
  private int claimsReversed;

  @Column(name = "total_paid", nullable = false)
  private BigDecimal totalPaid = BigDecimal.ZERO;

  @Column(name = "total_plb", nullable = false)
  private BigDecimal totalPlb = BigDecimal.ZERO;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected RemittanceTransaction() {}

  public RemittanceTransaction(
      long fileId,
      int position,
      Long payerId,
      String payerIdentifier,
      String payerName,
      String payeeNpi,
      String traceNumber,
      String isa13,
      String gs06,
      String st02,
      Instant receivedAt) {
    this.fileId = fileId;
    this.position = position;
    this.payerId = payerId;
    this.payerIdentifier = payerIdentifier;
    this.payerName = payerName;
    this.payeeNpi = payeeNpi;
    this.traceNumber = traceNumber;
    this.isa13 = isa13;
    this.gs06 = gs06;
    this.st02 = st02;
    this.receivedAt = receivedAt;
    this.status = Status.POSTED;
    this.postedTrace = traceNumber;
  }

  /** BPR: what the payment is, how much, how and when. */
  public void payment(
      String handlingCode,
      BigDecimal totalPayment,
      String creditDebit,
      String paymentMethod,
      LocalDate paymentDate,
      LocalDate productionDate) {
    this.handlingCode = handlingCode;
    this.totalPayment = totalPayment;
    this.creditDebit = creditDebit;
    this.paymentMethod = paymentMethod;
    this.paymentDate = paymentDate;
    this.productionDate = productionDate;
  }

  /** Not posted: nothing of it is applied, and the same payment may come again and post. */
  public void rejected(String reason, int claims) {
    this.status = Status.REJECTED;
    this.postedTrace = null;
    this.reason = reason;
    this.claims = claims;
  }

  /** Totals once every claim and PLB of it is posted. */
  public void counted(
      int claims,
      int posted,
      int denied,
      int unmatched,
      int reversed,
      BigDecimal totalPaid,
      BigDecimal totalPlb) {
    this.claims = claims;
    this.claimsPosted = posted;
    this.claimsDenied = denied;
    this.claimsUnmatched = unmatched;
    this.claimsReversed = reversed;
    this.totalPaid = totalPaid;
    this.totalPlb = totalPlb;
  }

  public long getFileId() {
    return fileId;
  }

  public int getPosition() {
    return position;
  }

  public Long getPayerId() {
    return payerId;
  }

  public String getPayerIdentifier() {
    return payerIdentifier;
  }

  public String getPayerName() {
    return payerName;
  }

  public String getPayeeNpi() {
    return payeeNpi;
  }

  public String getTraceNumber() {
    return traceNumber;
  }

  public String getIsa13() {
    return isa13;
  }

  public String getGs06() {
    return gs06;
  }

  public String getSt02() {
    return st02;
  }

  public String getHandlingCode() {
    return handlingCode;
  }

  public BigDecimal getTotalPayment() {
    return totalPayment;
  }

  public String getCreditDebit() {
    return creditDebit;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public LocalDate getProductionDate() {
    return productionDate;
  }

  public Status getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public int getClaims() {
    return claims;
  }

  public int getClaimsPosted() {
    return claimsPosted;
  }

  public int getClaimsDenied() {
    return claimsDenied;
  }

  public int getClaimsUnmatched() {
    return claimsUnmatched;
  }

  public int getClaimsReversed() {
    return claimsReversed;
  }

  public BigDecimal getTotalPaid() {
    return totalPaid;
  }

  public BigDecimal getTotalPlb() {
    return totalPlb;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
