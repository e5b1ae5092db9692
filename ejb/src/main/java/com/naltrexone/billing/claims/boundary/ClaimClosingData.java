package com.naltrexone.billing.claims.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a claim is voided or written off, and the version of the claim as read. */
public class ClaimClosingData {

  @NotBlank
  @Size(max = 300)
  public String reason;

  /** For a void of a claim the payer has: its claim number (REF*F8) if the claim lacks one. */
  @Size(max = 50)
  public String payerClaimNumber;

  @NotNull public Long version;
}
