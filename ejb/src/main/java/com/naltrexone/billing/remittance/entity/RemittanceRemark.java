package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One RARC: MIA/MOA at claim level, LQ*HE at line level. */
@Entity
@Table(name = "remittance_remark")
public class RemittanceRemark extends RemittanceRow {

  @Column(name = "claim_payment_id", nullable = false)
  private long claimPaymentId;

  @Column(name = "service_payment_id")
  private Long servicePaymentId;

  @Column(nullable = false)
  private String code;

  protected RemittanceRemark() {}

  public RemittanceRemark(long claimPaymentId, Long servicePaymentId, String code) {
    this.claimPaymentId = claimPaymentId;
    this.servicePaymentId = servicePaymentId;
    this.code = code;
  }

  public long getClaimPaymentId() {
    return claimPaymentId;
  }

  public Long getServicePaymentId() {
    return servicePaymentId;
  }

  public String getCode() {
    return code;
  }
}
