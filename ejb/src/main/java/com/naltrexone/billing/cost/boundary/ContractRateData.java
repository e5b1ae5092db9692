package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.cost.entity.RateBasis;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payer's contracted rate for a code: an amount per billing unit (PER_UNIT) or a percentage of
 * the ASP payment limit (PERCENT_OF_ASP, e.g. 104 for ASP + 4%).
 */
public class ContractRateData {

  @NotBlank
  @Pattern(regexp = "[A-Z0-9]{5}", message = "use a 5-character HCPCS/CPT code")
  public String code;

  @NotNull public RateBasis basis;

  @NotNull
  @DecimalMin(value = "0.0001")
  @Digits(integer = 8, fraction = 4)
  public BigDecimal rate;

  @NotNull public LocalDate effectiveFrom;
  public LocalDate effectiveTo;

  @NotBlank
  @Size(max = 120)
  public String contractName;
}
