package com.naltrexone.billing.providers.boundary;

import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A billing organisation (organization, TIN, street address with ZIP+4) or a rendering prescriber
 * (last and first name); both need an NPI and a taxonomy code.
 */
public class ProviderData {

  @NotNull public ProviderKind kind;

  @Size(max = 60)
  public String organization;

  @Size(max = 60)
  public String lastName;

  @Size(max = 35)
  public String firstName;

  @NotBlank public String npi;

  @Pattern(regexp = "\\d{9}", message = "use the 9-digit TIN without a hyphen")
  public String tin;

  @NotBlank
  @Pattern(regexp = "[0-9]{3}[0-9A-Z]{6}X", message = "use a 10-character taxonomy code")
  public String taxonomy;

  @Pattern(regexp = "[A-Z]{2}\\d{7}", message = "use two letters and seven digits")
  public String dea;

  @Valid public Address address;

  public Long version;
}
