package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.cost.entity.ProgramKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An assistance program's terms. Leave a cap out when the program has none. The manufacturer's
 * co-pay program is typically commercial-only, drug-cost-only, 500.00 per dose, 6,000.00 and 12
 * doses per calendar year, 90 days lookback (confirm the current terms: they are data, not code).
 */
public class ProgramData {

  @NotBlank
  @Size(max = 80)
  public String name;

  @NotNull public ProgramKind kind;

  public boolean commercialOnly;
  public boolean drugCostOnly;

  @DecimalMin("0.01")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal perDoseCap;

  @DecimalMin("0.01")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal annualCap;

  @Min(1)
  @Max(366)
  public Integer maxDosesPerYear;

  @Min(0)
  @Max(730)
  public int lookbackDays;

  public boolean active = true;
}
