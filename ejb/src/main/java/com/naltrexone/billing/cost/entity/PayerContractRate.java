package com.naltrexone.billing.cost.entity;

import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a payer's contract allows for one code, in force for a span of dates (contracts are
 * renegotiated, so rates are rows, never constants). Two rows of one payer and code may not
 * overlap.
 */
@Entity
@Table(name = "payer_contract_rate")
@NamedQuery(
    name = PayerContractRate.OF_PAYER,
    query =
        "select r from PayerContractRate r where r.payer.id = :payerId"
            + " order by r.code, r.effectiveFrom desc")
public class PayerContractRate extends RegistryRecord {

  public static final String OF_PAYER = "PayerContractRate.ofPayer";

  @ManyToOne(optional = false)
  @JoinColumn(name = "payer_id", updatable = false)
  private Payer payer;

  @Column(nullable = false, updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RateBasis basis;

  @Column(nullable = false, updatable = false)
  private BigDecimal rate;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_to", updatable = false)
  private LocalDate effectiveTo;

  @Column(name = "contract_name", nullable = false, updatable = false)
  private String contractName;

  protected PayerContractRate() {}

  public PayerContractRate(
      Payer payer,
      String code,
      RateBasis basis,
      BigDecimal rate,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String contractName) {
    this.payer = payer;
    this.code = code;
    this.basis = basis;
    this.rate = rate;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.contractName = contractName;
  }

  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return (to == null || !effectiveFrom.isAfter(to))
        && (effectiveTo == null || !from.isAfter(effectiveTo));
  }

  @JsonbTransient
  public Payer getPayer() {
    return payer;
  }

  public long getPayerId() {
    return payer.getId();
  }

  public String getCode() {
    return code;
  }

  public RateBasis getBasis() {
    return basis;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public String getContractName() {
    return contractName;
  }
}
