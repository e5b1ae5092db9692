package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One PLB adjustment on the provider ledger (not on a patient account). A positive amount reduced
 * the payment (WO recoupment, a positive FB), a negative one increased it (L6 interest). Linked to
 * our claim when PLB03-2 names one (our CLM01 or a payer claim number we posted).
 */
@Entity
@Table(name = "provider_ledger_entry")
@NamedQuery(
    name = ProviderLedgerEntry.ALL,
    query = "select e from ProviderLedgerEntry e order by e.id desc")
@NamedQuery(name = ProviderLedgerEntry.COUNT, query = "select count(e) from ProviderLedgerEntry e")
@NamedQuery(
    name = ProviderLedgerEntry.IN_TRANSACTION,
    query =
        "select e from ProviderLedgerEntry e where e.transactionId = :transactionId order by e.id")
public class ProviderLedgerEntry extends RemittanceRow {

  public static final String ALL = "ProviderLedgerEntry.all";
  public static final String COUNT = "ProviderLedgerEntry.count";
  public static final String IN_TRANSACTION = "ProviderLedgerEntry.inTransaction";

  @Column(name = "transaction_id", nullable = false)
  private long transactionId;

  @Column(name = "payer_id")
  private Long payerId;

  @Column(name = "provider_identifier", nullable = false)
  private String providerIdentifier;

  @Column(name = "fiscal_period_date")
  private LocalDate fiscalPeriodDate;

  @Column(name = "reason_code", nullable = false)
  private String reasonCode;

  private String reference;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "claim_id")
  private Long claimId;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  protected ProviderLedgerEntry() {}

  public ProviderLedgerEntry(
      long transactionId,
      Long payerId,
      String providerIdentifier,
      LocalDate fiscalPeriodDate,
      String reasonCode,
      String reference,
      BigDecimal amount,
      Long claimId,
      Instant postedAt) {
    this.transactionId = transactionId;
    this.payerId = payerId;
    this.providerIdentifier = providerIdentifier;
    this.fiscalPeriodDate = fiscalPeriodDate;
    this.reasonCode = reasonCode;
    this.reference = reference;
    this.amount = amount;
    this.claimId = claimId;
    this.postedAt = postedAt;
  }

  public long getTransactionId() {
    return transactionId;
  }

  public Long getPayerId() {
    return payerId;
  }

  public String getProviderIdentifier() {
    return providerIdentifier;
  }

  public LocalDate getFiscalPeriodDate() {
    return fiscalPeriodDate;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Instant getPostedAt() {
    return postedAt;
  }
}
