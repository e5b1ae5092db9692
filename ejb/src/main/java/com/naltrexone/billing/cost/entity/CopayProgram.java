package com.naltrexone.billing.cost.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An assistance program as data (its terms change; domain brief 5.3): who may use it, what it pays
 * (drug only or the whole patient share), per-dose and calendar-year caps, how many doses a year,
 * and how far back before enrollment it reaches.
 */
@Entity
@Table(name = "copay_program")
@NamedQuery(name = CopayProgram.ALL, query = "select p from CopayProgram p order by p.kind, p.name")
public class CopayProgram extends RegistryRecord {

  public static final String ALL = "CopayProgram.all";

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgramKind kind;

  /** Excluded for Medicare, Medicaid, VA, TRICARE and every other government plan. */
  @Column(name = "commercial_only")
  private boolean commercialOnly;

  /** Pays the drug's cost sharing only, never the administration. */
  @Column(name = "drug_cost_only")
  private boolean drugCostOnly;

  @Column(name = "per_dose_cap")
  private BigDecimal perDoseCap;

  @Column(name = "annual_cap")
  private BigDecimal annualCap;

  @Column(name = "max_doses_per_year")
  private Integer maxDosesPerYear;

  @Column(name = "lookback_days")
  private int lookbackDays;

  private boolean active;

  protected CopayProgram() {}

  /** The terms, as entered. */
  public record Terms(
      String name,
      ProgramKind kind,
      boolean commercialOnly,
      boolean drugCostOnly,
      BigDecimal perDoseCap,
      BigDecimal annualCap,
      Integer maxDosesPerYear,
      int lookbackDays,
      boolean active) {}

  public CopayProgram(Terms t) {
    update(t);
  }

  public final void update(Terms t) {
    this.name = t.name();
    this.kind = t.kind();
    this.commercialOnly = t.commercialOnly();
    this.drugCostOnly = t.drugCostOnly();
    this.perDoseCap = t.perDoseCap();
    this.annualCap = t.annualCap();
    this.maxDosesPerYear = t.maxDosesPerYear();
    this.lookbackDays = t.lookbackDays();
    this.active = t.active();
  }

  public String getName() {
    return name;
  }

  public ProgramKind getKind() {
    return kind;
  }

  public boolean isCommercialOnly() {
    return commercialOnly;
  }

  public boolean isDrugCostOnly() {
    return drugCostOnly;
  }

  public BigDecimal getPerDoseCap() {
    return perDoseCap;
  }

  public BigDecimal getAnnualCap() {
    return annualCap;
  }

  public Integer getMaxDosesPerYear() {
    return maxDosesPerYear;
  }

  public int getLookbackDays() {
    return lookbackDays;
  }

  public boolean isActive() {
    return active;
  }
}
