package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One CAS triple, at claim level (no service payment) or line level. */
@Entity
@Table(name = "remittance_adjustment")
@NamedQuery(
    name = RemittanceAdjustment.OF_CLAIM_PAYMENTS,
    query = "select a from RemittanceAdjustment a where a.claimPayment.id in :ids order by a.id")
public class RemittanceAdjustment extends RemittanceRow {

  public static final String OF_CLAIM_PAYMENTS = "RemittanceAdjustment.ofClaimPayments";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_payment_id")
  private ClaimPayment claimPayment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_payment_id")
  private ServicePayment servicePayment;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  @Column(name = "reason_code", nullable = false)
  private String reasonCode;

  @Column(nullable = false)
  private BigDecimal amount;

  private BigDecimal quantity;

  protected RemittanceAdjustment() {}

  public RemittanceAdjustment(
      ClaimPayment claimPayment,
      ServicePayment servicePayment,
      String groupCode,
      String reasonCode,
      BigDecimal amount,
      BigDecimal quantity) {
    this.claimPayment = claimPayment;
    this.servicePayment = servicePayment;
    this.groupCode = groupCode;
    this.reasonCode = reasonCode;
    this.amount = amount;
    this.quantity = quantity;
  }

  public long getClaimPaymentId() {
    return claimPayment.getId();
  }

  public Long getServicePaymentId() {
    return servicePayment == null ? null : servicePayment.getId();
  }

  /** CLAIM or LINE. */
  public String getLevel() {
    return servicePayment == null ? "CLAIM" : "LINE";
  }

  public String getGroupCode() {
    return groupCode;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }
}
