package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One CAS triple, at claim level (no service payment) or line level. */
@Entity
@Table(name = "remittance_adjustment")
@NamedQuery(
    name = RemittanceAdjustment.OF_CLAIM_PAYMENTS,
    query = "select a from RemittanceAdjustment a where a.claimPaymentId in :ids order by a.id")
public class RemittanceAdjustment extends RemittanceRow {

  public static final String OF_CLAIM_PAYMENTS = "RemittanceAdjustment.ofClaimPayments";

  @Column(name = "claim_payment_id", nullable = false)
  private long claimPaymentId;

  @Column(name = "service_payment_id")
  private Long servicePaymentId;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  @Column(name = "reason_code", nullable = false)
  private String reasonCode;

  @Column(nullable = false)
  private BigDecimal amount;

  private BigDecimal quantity;

  protected RemittanceAdjustment() {}

  public RemittanceAdjustment(
      long claimPaymentId,
      Long servicePaymentId,
      String groupCode,
      String reasonCode,
      BigDecimal amount,
      BigDecimal quantity) {
    this.claimPaymentId = claimPaymentId;
    this.servicePaymentId = servicePaymentId;
    this.groupCode = groupCode;
    this.reasonCode = reasonCode;
    this.amount = amount;
    this.quantity = quantity;
  }

  public long getClaimPaymentId() {
    return claimPaymentId;
  }

  public Long getServicePaymentId() {
    return servicePaymentId;
  }

  /** CLAIM or LINE. */
  public String getLevel() {
    return servicePaymentId == null ? "CLAIM" : "LINE";
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
