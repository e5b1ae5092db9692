package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One RARC: MIA/MOA at claim level, LQ*HE at line level. */
@Entity
@Table(name = "remittance_remark")
@jakarta.persistence.NamedQuery(
    name = RemittanceRemark.OF_CLAIM_PAYMENTS,
    query = "select r from RemittanceRemark r where r.claimPayment.id in :ids order by r.id")
public class RemittanceRemark extends RemittanceRow {

  public static final String OF_CLAIM_PAYMENTS = "RemittanceRemark.ofClaimPayments";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_payment_id")
  private ClaimPayment claimPayment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_payment_id")
  private ServicePayment servicePayment;

  @Column(nullable = false)
  private String code;

  protected RemittanceRemark() {}

  public RemittanceRemark(ClaimPayment claimPayment, ServicePayment servicePayment, String code) {
    this.claimPayment = claimPayment;
    this.servicePayment = servicePayment;
    this.code = code;
  }

  public long getClaimPaymentId() {
    return claimPayment.getId();
  }

  public Long getServicePaymentId() {
    return servicePayment == null ? null : servicePayment.getId();
  }

  public String getCode() {
    return code;
  }
}
