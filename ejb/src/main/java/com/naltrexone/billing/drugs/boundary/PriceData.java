package com.naltrexone.billing.drugs.boundary;

import com.naltrexone.billing.drugs.entity.PriceKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new effective-dated price row. A null {@code effectiveTo} means "until further notice". */
public class PriceData {

  @NotNull public PriceKind kind;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 10, fraction = 2, message = "use dollars with at most 2 decimals")
  public BigDecimal amount;

  /** What one amount buys, e.g. "kit" or "HCPCS unit". */
  @NotBlank
  @Size(max = 20)
  public String perUnit;

  @NotNull public LocalDate effectiveFrom;

  public LocalDate effectiveTo;

  /** Where the number came from, e.g. "CMS ASP file 2026Q1" or a wholesaler invoice number. */
  @NotBlank
  @Size(max = 120)
  public String source;

  public PriceData() {}

  public PriceData(
      PriceKind kind,
      BigDecimal amount,
      String perUnit,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String source) {
    this.kind = kind;
    this.amount = amount;
    this.perUnit = perUnit;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.source = source;
  }
}
