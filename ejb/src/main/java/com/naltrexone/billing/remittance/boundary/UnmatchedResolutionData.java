package com.naltrexone.billing.remittance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person resolves an unmatched 835 item: what was done (refund, posted by hand, ...). */
public class UnmatchedResolutionData {

  /** The version of the item that was read. */
  public long version;

  @NotBlank(
      message =
          "say what was done (refund requested, posted by hand to claim ..., payer asked to"
              + " correct)")
  @Size(max = 1000, message = "at most 1000 characters")
  public String note;
}
