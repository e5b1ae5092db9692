package com.naltrexone.billing.claims.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Our charge for one unit of a procedure code, in force for a span of dates (charge master). */
@Entity
@Table(name = "fee_schedule")
@NamedQuery(
    name = FeeScheduleEntry.IN_FORCE,
    query =
        "select f from FeeScheduleEntry f where f.code = :code and f.effectiveFrom <= :date"
            + " and (f.effectiveTo is null or f.effectiveTo >= :date) order by f.effectiveFrom desc")
@NamedQuery(
    name = FeeScheduleEntry.ALL,
    query = "select f from FeeScheduleEntry f order by f.code, f.effectiveFrom")
public class FeeScheduleEntry {

  public static final String IN_FORCE = "FeeScheduleEntry.inForce";
  public static final String ALL = "FeeScheduleEntry.all";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_seq")
  @SequenceGenerator(name = "fee_seq", sequenceName = "claim_seq", allocationSize = 500)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(name = "amount_per_unit", nullable = false)
  private BigDecimal amountPerUnit;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_to")
  private LocalDate effectiveTo;

  @Column(nullable = false)
  private String source;

  protected FeeScheduleEntry() {}

  public FeeScheduleEntry(
      String code, BigDecimal amountPerUnit, LocalDate from, LocalDate to, String source) {
    this.code = code;
    this.amountPerUnit = amountPerUnit;
    this.effectiveFrom = from;
    this.effectiveTo = to;
    this.source = source;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public BigDecimal getAmountPerUnit() {
    return amountPerUnit;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public String getSource() {
    return source;
  }
}
