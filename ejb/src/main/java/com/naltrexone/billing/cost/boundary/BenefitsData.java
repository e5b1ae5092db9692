package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.cost.entity.DrugBenefit;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One plan year of a coverage's benefits, as a benefits investigation (or a 271) gives them. Money
 * in dollars and cents; percentages 0-100. Leave a copay out when the plan has none (coinsurance
 * then applies); leave {@code oopMax} out when the plan has no out-of-pocket maximum (Original
 * Medicare).
 */
public class BenefitsData {

  @NotNull public LocalDate planYearStart;
  @NotNull public LocalDate planYearEnd;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal deductible;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal deductibleMet = BigDecimal.ZERO;

  @NotNull
  @DecimalMin("0.00")
  @DecimalMax("100.00")
  @Digits(integer = 3, fraction = 2)
  public BigDecimal coinsurancePercent;

  /** Copay for the office-administered drug (J2315) on the medical benefit. */
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal drugCopay;

  /** Copay for the administration (96372). */
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal administrationCopay;

  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal oopMax;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal oopMet = BigDecimal.ZERO;

  @NotNull public DrugBenefit drugBenefit = DrugBenefit.MEDICAL;

  /** Pharmacy benefit, specialty tier (a specialty-pharmacy Vivitrol kit): copay per fill. */
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal specialtyCopay;

  @DecimalMin("0.00")
  @DecimalMax("100.00")
  @Digits(integer = 3, fraction = 2)
  public BigDecimal specialtyCoinsurancePercent;

  /** Pharmacy benefit: copay for a month of oral naltrexone. */
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal oralCopay;

  /** As a secondary, whether it also pays the primary's deductible (Medigap F yes, G no). */
  public boolean coversPrimaryDeductible = true;

  /** Where the figures come from: "benefits call 2026-01-05 ref 123", "271 of 2026-01-03". */
  @NotBlank
  @Size(max = 120)
  public String source;

  /** The version read, when changing a plan year. */
  public Long version;
}
