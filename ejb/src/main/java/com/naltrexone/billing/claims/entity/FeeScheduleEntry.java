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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Our charge for one unit of a procedure code, in force for a span of dates (charge master). */
@Entity
@Table(name = "fee_schedule")
@NamedQuery(
    name = FeeScheduleEntry.OF_CODE,
    query = "select f from FeeScheduleEntry f where f.code = :code order by f.effectiveFrom, f.id")
@NamedQuery(
    name = FeeScheduleEntry.ALL,
    query = "select f from FeeScheduleEntry f order by f.code, f.effectiveFrom")
public class FeeScheduleEntry {

  public static final String OF_CODE = "FeeScheduleEntry.ofCode";
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

  /**
   * The charge of {@code code} in force on {@code on} among {@code entries}: the one rule the claim
   * builder (our charge on a claim) and the cost estimates (our charge as the last resort of an
   * expected amount) both use. If bad data ever left two in force, the one that started last wins,
   * then the newer row.
   */
  public static Optional<FeeScheduleEntry> inForce(
      List<FeeScheduleEntry> entries, String code, LocalDate on) {
    return entries.stream()
        .filter(f -> f.code.equals(code) && !f.effectiveFrom.isAfter(on))
        .filter(f -> f.effectiveTo == null || !f.effectiveTo.isBefore(on))
        .max(
            Comparator.comparing((FeeScheduleEntry f) -> f.effectiveFrom)
                .thenComparing(f -> f.id == null ? Long.MIN_VALUE : f.id));
  }

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
