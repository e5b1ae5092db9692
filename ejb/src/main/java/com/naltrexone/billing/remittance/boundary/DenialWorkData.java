package com.naltrexone.billing.remittance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person closes a denial: what they did (appeal filed, corrected claim sent, written off). */
public class DenialWorkData {

  /** The version of the denial that was read. */
  public long version;

  @NotBlank(message = "say what was done (appeal filed, corrected claim sent, written off)")
  @Size(max = 1000, message = "at most 1000 characters")
  public String note;
}
