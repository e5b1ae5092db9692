package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Where the money of a claim or service line went, by CAS group and reason: allowed (AMT*B6, else
 * charge minus contractual and denied), patient responsibility split into deductible (PR-1),
 * coinsurance (PR-2), copay (PR-3) and other PR; CO written off ({@code contractual}); CO with a
 * denial reason held for the denial queue and never written off ({@code denied}); OA and PI
 * recorded ({@code otherAdjustments}).
 */
@Embeddable
public class PostedAmounts {

  @Column(nullable = false)
  private BigDecimal allowed;

  @Column(nullable = false)
  private BigDecimal deductible;

  @Column(nullable = false)
  private BigDecimal coinsurance;

  @Column(nullable = false)
  private BigDecimal copay;

  @Column(name = "other_pr", nullable = false)
  private BigDecimal otherPr;

  @Column(nullable = false)
  private BigDecimal contractual;

  @Column(nullable = false)
  private BigDecimal denied;

  @Column(name = "other_adjustments", nullable = false)
  private BigDecimal otherAdjustments;

  protected PostedAmounts() {}

  public PostedAmounts(
      BigDecimal allowed,
      BigDecimal deductible,
      BigDecimal coinsurance,
      BigDecimal copay,
      BigDecimal otherPr,
      BigDecimal contractual,
      BigDecimal denied,
      BigDecimal otherAdjustments) {
    this.allowed = allowed;
    this.deductible = deductible;
    this.coinsurance = coinsurance;
    this.copay = copay;
    this.otherPr = otherPr;
    this.contractual = contractual;
    this.denied = denied;
    this.otherAdjustments = otherAdjustments;
  }

  public static PostedAmounts zero() {
    BigDecimal z = BigDecimal.ZERO;
    return new PostedAmounts(z, z, z, z, z, z, z, z);
  }

  public PostedAmounts plus(PostedAmounts o) {
    return new PostedAmounts(
        allowed.add(o.allowed),
        deductible.add(o.deductible),
        coinsurance.add(o.coinsurance),
        copay.add(o.copay),
        otherPr.add(o.otherPr),
        contractual.add(o.contractual),
        denied.add(o.denied),
        otherAdjustments.add(o.otherAdjustments));
  }

  public BigDecimal patientResponsibility() {
    return deductible.add(coinsurance).add(copay).add(otherPr);
  }

  public BigDecimal getAllowed() {
    return allowed;
  }

  public BigDecimal getDeductible() {
    return deductible;
  }

  public BigDecimal getCoinsurance() {
    return coinsurance;
  }

  public BigDecimal getCopay() {
    return copay;
  }

  public BigDecimal getOtherPr() {
    return otherPr;
  }

  public BigDecimal getContractual() {
    return contractual;
  }

  public BigDecimal getDenied() {
    return denied;
  }

  public BigDecimal getOtherAdjustments() {
    return otherAdjustments;
  }
}
