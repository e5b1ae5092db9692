package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One 835 claim (CLP) as received, and what posting did with it. */
@Entity
@Table(name = "remittance_claim_payment")
@NamedQuery(
    name = ClaimPayment.IN_TRANSACTION,
    query =
        "select p from ClaimPayment p where p.transactionId = :transactionId order by p.position")
@NamedQuery(
    name = ClaimPayment.COUNT_IN_TRANSACTION,
    query = "select count(p) from ClaimPayment p where p.transactionId = :transactionId")
@NamedQuery(
    name = ClaimPayment.FOR_CLAIM,
    query = "select p from ClaimPayment p where p.claimId = :claimId order by p.id")
@NamedQuery(
    name = ClaimPayment.TO_REVERSE,
    query =
        "select p from ClaimPayment p where p.claimId = :claimId and p.payerClaimNumber = :icn"
            + " and p.reversedById is null and p.outcome in :reversible order by p.id desc")
@NamedQuery(
    name = ClaimPayment.BY_ICN,
    query =
        "select p from ClaimPayment p where p.payerClaimNumber = :icn and p.claimId is not null"
            + " order by p.id desc")
@NamedQuery(
    name = ClaimPayment.POSTED_WITH_IDS,
    query =
        "select p from ClaimPayment p where p.id in :ids and p.claimId is not null"
            + " and p.outcome not in :notPosted order by p.id")
public class ClaimPayment extends RemittanceRow {

  public static final String IN_TRANSACTION = "ClaimPayment.inTransaction";
  public static final String COUNT_IN_TRANSACTION = "ClaimPayment.countInTransaction";
  public static final String FOR_CLAIM = "ClaimPayment.forClaim";
  public static final String TO_REVERSE = "ClaimPayment.toReverse";
  public static final String BY_ICN = "ClaimPayment.byIcn";
  public static final String POSTED_WITH_IDS = "ClaimPayment.postedWithIds";

  /** Outcomes that put nothing on our claim: the unmatched queue has them. */
  public static final List<Outcome> NOT_POSTED = List.of(Outcome.UNMATCHED, Outcome.DEGRADED);

  /** What posting did with the claim. */
  public enum Outcome {
    /** Processed (CLP02 1/2/3) with a payment: posted to our claim. */
    PAID,
    /** Processed and forwarded to the next payer (19/20/21): posted, not to be re-billed. */
    FORWARDED,
    /** Denied (4) or processed with nothing paid: posted, and in the denial queue. */
    DENIED,
    /** A reversal (22) that negated an earlier posting. */
    REVERSAL,
    /** A posting a later reversal negated. */
    REVERSED,
    /** Not posted: no claim of ours (or no earlier posting to reverse); in the unmatched queue. */
    UNMATCHED,
    /** Not posted: the claim's segments had validation problems; in the unmatched queue. */
    DEGRADED;

    public boolean posted() {
      return this == PAID || this == FORWARDED || this == DENIED || this == REVERSAL;
    }
  }

  @Column(name = "transaction_id", nullable = false)
  private long transactionId;

  @Column(name = "claim_id")
  private Long claimId;

  private int position;

  @Column(name = "patient_control_number", nullable = false)
  private String patientControlNumber;

  @Column(name = "status_code", nullable = false)
  private String statusCode;

  private BigDecimal charge;
  private BigDecimal paid;

  @Column(name = "patient_responsibility")
  private BigDecimal patientResponsibility;

  @Column(name = "filing_indicator")
  private String filingIndicator;

  @Column(name = "payer_claim_number")
  private String payerClaimNumber;

  private String frequency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  @Column(name = "paid_date", nullable = false)
  private LocalDate paidDate;

  @Column(name = "reverses_id")
  private Long reversesId;

  @Column(name = "reversed_by_id")
  private Long reversedById;

  @Embedded private PostedAmounts amounts;

  protected ClaimPayment() {}

  public ClaimPayment(
      long transactionId,
      Long claimId,
      int position,
      String patientControlNumber,
      String statusCode,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal patientResponsibility,
      String filingIndicator,
      String payerClaimNumber,
      String frequency,
      Outcome outcome,
      LocalDate paidDate,
      PostedAmounts amounts) {
    this.transactionId = transactionId;
    this.claimId = claimId;
    this.position = position;
    this.patientControlNumber = patientControlNumber;
    this.statusCode = statusCode;
    this.charge = charge;
    this.paid = paid;
    this.patientResponsibility = patientResponsibility;
    this.filingIndicator = filingIndicator;
    this.payerClaimNumber = payerClaimNumber;
    this.frequency = frequency;
    this.outcome = outcome;
    this.paidDate = paidDate;
    this.amounts = amounts;
  }

  public void reverses(long originalId) {
    this.reversesId = originalId;
  }

  public void reversedBy(long reversalId) {
    this.reversedById = reversalId;
    this.outcome = Outcome.REVERSED;
  }

  public long getTransactionId() {
    return transactionId;
  }

  public Long getClaimId() {
    return claimId;
  }

  public int getPosition() {
    return position;
  }

  public String getPatientControlNumber() {
    return patientControlNumber;
  }

  public String getStatusCode() {
    return statusCode;
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public BigDecimal getPatientResponsibility() {
    return patientResponsibility;
  }

  public String getFilingIndicator() {
    return filingIndicator;
  }

  public String getPayerClaimNumber() {
    return payerClaimNumber;
  }

  public String getFrequency() {
    return frequency;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public LocalDate getPaidDate() {
    return paidDate;
  }

  public Long getReversesId() {
    return reversesId;
  }

  public Long getReversedById() {
    return reversedById;
  }

  public PostedAmounts getAmounts() {
    return amounts;
  }
}
