package com.naltrexone.billing.cost.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A patient's enrollment in a program. {@code usedThisYear} and {@code dosesThisYear} are what the
 * program had already paid in the calendar year of enrollment before we tracked it.
 */
public class EnrollmentData {

  @NotNull public Long programId;

  @NotBlank
  @Size(max = 40)
  public String enrollmentNumber;

  @NotNull public LocalDate enrolledOn;
  public LocalDate endsOn;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 8, fraction = 2)
  public BigDecimal usedThisYear = BigDecimal.ZERO;

  @Min(0)
  @Max(366)
  public int dosesThisYear;
}
