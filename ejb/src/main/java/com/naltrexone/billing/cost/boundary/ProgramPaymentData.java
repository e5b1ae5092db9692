package com.naltrexone.billing.cost.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A program's payment of one of our claims to it (from its EOB or the portal). */
public class ProgramPaymentData {

  @NotNull public LocalDate paidOn;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal amount;

  @NotBlank
  @Size(max = 50)
  public String reference;
}
