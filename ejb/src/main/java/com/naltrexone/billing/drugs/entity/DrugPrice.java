package com.naltrexone.billing.drugs.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One effective-dated price of a drug (prices change every quarter, so they are rows, never
 * constants). Rows are not edited: a new price closes nothing by itself, and two rows of the same
 * kind may not be in force on the same day.
 */
@Entity
@Table(name = "drug_price")
@NamedQuery(
    name = DrugPrice.OF_DRUG,
    query =
        "select p from DrugPrice p where p.drug.id = :drugId"
            + " order by p.kind, p.effectiveFrom desc, p.id")
public class DrugPrice {

  public static final String OF_DRUG = "DrugPrice.ofDrug";

  /** The registry sequence declared on {@code RegistryRecord} (generator names are global). */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "drug_id", updatable = false)
  private Drug drug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PriceKind kind;

  @Column(nullable = false, precision = 12, scale = 2, updatable = false)
  private BigDecimal amount;

  @Column(name = "per_unit", nullable = false, updatable = false)
  private String perUnit;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_to", updatable = false)
  private LocalDate effectiveTo;

  @Column(nullable = false, updatable = false)
  private String source;

  protected DrugPrice() {}

  public DrugPrice(
      Drug drug,
      PriceKind kind,
      BigDecimal amount,
      String perUnit,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String source) {
    this.drug = drug;
    this.kind = kind;
    this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    this.perUnit = perUnit;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.source = source;
  }

  /** In force on {@code date}: from and to are both inclusive, a null end runs forever. */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /** True when this row and the span {@code from..to} share at least one day. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
    boolean otherStartsBeforeThisEnds = effectiveTo == null || !from.isAfter(effectiveTo);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** The first existing row of {@code kind} whose span shares a day with {@code from..to}. */
  public static Optional<DrugPrice> overlapping(
      List<DrugPrice> existing, PriceKind kind, LocalDate from, LocalDate to) {
    return existing.stream()
        .filter(p -> p.kind == kind && p.overlaps(from, to))
        .min(Comparator.comparing(DrugPrice::getEffectiveFrom));
  }

  /**
   * The row of {@code kind} in force on {@code date}; if bad data ever left two, the one that
   * started last wins.
   */
  public static Optional<DrugPrice> inForce(
      List<DrugPrice> prices, PriceKind kind, LocalDate date) {
    return prices.stream()
        .filter(p -> p.kind == kind && p.isInForceOn(date))
        .max(
            Comparator.comparing(DrugPrice::getEffectiveFrom)
                .thenComparing(p -> p.id == null ? Long.MIN_VALUE : p.id));
  }

  public Long getId() {
    return id;
  }

  @JsonbTransient
  public Drug getDrug() {
    return drug;
  }

  public long getDrugId() {
    return drug.getId();
  }

  public PriceKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getPerUnit() {
    return perUnit;
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
