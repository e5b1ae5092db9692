package com.naltrexone.billing.coverage.boundary;

import com.naltrexone.billing.coverage.entity.Payer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A payer as an administrator enters it; {@code version} is required when changing one. */
public class PayerData {

  @NotBlank
  @Size(max = 60)
  public String name;

  /** NM1*PR*...*PI*{this} in the 837. */
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9]{2,80}", message = "use 2 to 80 letters or digits")
  public String payerId837;

  /** Matched against N1*PR / TRN03 of incoming 835s. */
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9]{2,80}", message = "use 2 to 80 letters or digits")
  public String payerId835;

  /** SBR09: CI commercial, MB Medicare Part B, MC Medicaid, BL BCBS, HM HMO, 16 MA HMO, ... */
  @NotBlank
  @Pattern(
      regexp = "CI|MB|MC|BL|HM|16|17|MA|CH|VA|OF|WC|ZZ|11|12|13|14|15|AM|DS|LM|TV",
      message = "use a claim filing indicator code such as CI, MB, MC, BL, HM or 16")
  public String claimFilingIndicator;

  @Pattern(regexp = "\\d{10}", message = "use 10 digits")
  public String paFax;

  @NotNull @Valid public Payer.Rules rules = new Payer.Rules();

  public Long version;
}
