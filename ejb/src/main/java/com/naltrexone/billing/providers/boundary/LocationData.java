package com.naltrexone.billing.providers.boundary;

import com.naltrexone.billing.platform.entity.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A place where doses are given, with its place of service and 340B status. */
public class LocationData {

  @NotBlank
  @Size(max = 60)
  public String name;

  @NotBlank
  @Pattern(
      regexp = "11|55|57|58",
      message = "use 11 (office), 55 (residential SUD), 57 (non-residential SUD) or 58 (OTP)")
  public String placeOfService;

  public boolean is340b;

  @NotNull @Valid public Address address;

  public Long version;
}
