package com.naltrexone.billing.cost.entity;

import com.naltrexone.billing.coverage.entity.Coverage;
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
 * What one coverage makes the patient pay in one plan year (from a benefits investigation or,
 * later, a 271): deductible, coinsurance, copays, the out-of-pocket maximum, and how much of the
 * deductible and maximum is met. The "met" figures are accumulators: 835 postings of our claims
 * move them (PR-1 the deductible; PR-1, PR-2 and PR-3 the out-of-pocket total).
 */
@Entity
@Table(name = "coverage_benefit")
@NamedQuery(
    name = CoverageBenefit.OF_COVERAGE,
    query =
        "select b from CoverageBenefit b where b.coverage.id = :coverageId"
            + " order by b.planYearStart desc")
public class CoverageBenefit extends RegistryRecord {

  public static final String OF_COVERAGE = "CoverageBenefit.ofCoverage";

  @ManyToOne(optional = false)
  @JoinColumn(name = "coverage_id", updatable = false)
  private Coverage coverage;

  @Column(name = "plan_year_start", nullable = false)
  private LocalDate planYearStart;

  @Column(name = "plan_year_end", nullable = false)
  private LocalDate planYearEnd;

  @Column(nullable = false)
  private BigDecimal deductible;

  @Column(name = "deductible_met", nullable = false)
  private BigDecimal deductibleMet;

  @Column(name = "coinsurance_percent", nullable = false)
  private BigDecimal coinsurancePercent;

  @Column(name = "drug_copay")
  private BigDecimal drugCopay;

  @Column(name = "admin_copay")
  private BigDecimal administrationCopay;

  /** Null when the plan has none (Original Medicare). */
  @Column(name = "oop_max")
  private BigDecimal oopMax;

  @Column(name = "oop_met", nullable = false)
  private BigDecimal oopMet;

  @Enumerated(EnumType.STRING)
  @Column(name = "drug_benefit", nullable = false)
  private DrugBenefit drugBenefit;

  @Column(name = "specialty_copay")
  private BigDecimal specialtyCopay;

  @Column(name = "specialty_coinsurance_percent")
  private BigDecimal specialtyCoinsurancePercent;

  @Column(name = "oral_copay")
  private BigDecimal oralCopay;

  /**
   * As a secondary: whether it pays the primary's deductible too (Medigap plan F: yes; plan G: no,
   * the Part B deductible stays with the patient).
   */
  @Column(name = "covers_primary_deductible")
  private boolean coversPrimaryDeductible;

  @Column(nullable = false)
  private String source;

  protected CoverageBenefit() {}

  public CoverageBenefit(Coverage coverage) {
    this.coverage = coverage;
  }

  /** Every term at once, as entered (validated by the boundary). */
  public record Terms(
      LocalDate planYearStart,
      LocalDate planYearEnd,
      BigDecimal deductible,
      BigDecimal deductibleMet,
      BigDecimal coinsurancePercent,
      BigDecimal drugCopay,
      BigDecimal administrationCopay,
      BigDecimal oopMax,
      BigDecimal oopMet,
      DrugBenefit drugBenefit,
      BigDecimal specialtyCopay,
      BigDecimal specialtyCoinsurancePercent,
      BigDecimal oralCopay,
      boolean coversPrimaryDeductible,
      String source) {}

  public void update(Terms t) {
    this.planYearStart = t.planYearStart();
    this.planYearEnd = t.planYearEnd();
    this.deductible = t.deductible();
    this.deductibleMet = t.deductibleMet();
    this.coinsurancePercent = t.coinsurancePercent();
    this.drugCopay = t.drugCopay();
    this.administrationCopay = t.administrationCopay();
    this.oopMax = t.oopMax();
    this.oopMet = t.oopMet();
    this.drugBenefit = t.drugBenefit();
    this.specialtyCopay = t.specialtyCopay();
    this.specialtyCoinsurancePercent = t.specialtyCoinsurancePercent();
    this.oralCopay = t.oralCopay();
    this.coversPrimaryDeductible = t.coversPrimaryDeductible();
    this.source = t.source();
  }

  public Terms terms() {
    return new Terms(
        planYearStart,
        planYearEnd,
        deductible,
        deductibleMet,
        coinsurancePercent,
        drugCopay,
        administrationCopay,
        oopMax,
        oopMet,
        drugBenefit,
        specialtyCopay,
        specialtyCoinsurancePercent,
        oralCopay,
        coversPrimaryDeductible,
        source);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(planYearStart) && !date.isAfter(planYearEnd);
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return !planYearStart.isAfter(to) && !from.isAfter(planYearEnd);
  }

  /**
   * Moves the accumulators by what an 835 posting put on the patient: PR-1 counts toward the
   * deductible, PR-1/2/3 toward the out-of-pocket maximum (reversals arrive negated).
   */
  public void accumulate(BigDecimal deductiblePosted, BigDecimal costSharePosted) {
    deductibleMet = deductibleMet.add(deductiblePosted);
    oopMet = oopMet.add(costSharePosted);
  }

  @JsonbTransient
  public Coverage getCoverage() {
    return coverage;
  }

  public long getCoverageId() {
    return coverage.getId();
  }

  public LocalDate getPlanYearStart() {
    return planYearStart;
  }

  public LocalDate getPlanYearEnd() {
    return planYearEnd;
  }

  public BigDecimal getDeductible() {
    return deductible;
  }

  public BigDecimal getDeductibleMet() {
    return deductibleMet;
  }

  public BigDecimal getCoinsurancePercent() {
    return coinsurancePercent;
  }

  public BigDecimal getDrugCopay() {
    return drugCopay;
  }

  public BigDecimal getAdministrationCopay() {
    return administrationCopay;
  }

  public BigDecimal getOopMax() {
    return oopMax;
  }

  public BigDecimal getOopMet() {
    return oopMet;
  }

  public DrugBenefit getDrugBenefit() {
    return drugBenefit;
  }

  public BigDecimal getSpecialtyCopay() {
    return specialtyCopay;
  }

  public BigDecimal getSpecialtyCoinsurancePercent() {
    return specialtyCoinsurancePercent;
  }

  public BigDecimal getOralCopay() {
    return oralCopay;
  }

  public boolean isCoversPrimaryDeductible() {
    return coversPrimaryDeductible;
  }

  public String getSource() {
    return source;
  }
}
