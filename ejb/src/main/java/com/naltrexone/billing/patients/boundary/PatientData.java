package com.naltrexone.billing.patients.boundary;

import com.naltrexone.billing.patients.entity.Sex;
import com.naltrexone.billing.platform.entity.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What staff enter for a patient; {@code version} is required when changing one. */
public class PatientData {

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "use up to 32 letters, digits or '-'")
  public String mrn;

  @NotBlank
  @Size(max = 35)
  public String firstName;

  @NotBlank
  @Size(max = 60)
  public String lastName;

  @NotNull @Past public LocalDate birthDate;

  @NotNull public Sex sex;

  @NotNull @Valid public Address address;

  @Pattern(regexp = "\\d{10}", message = "use 10 digits, no spaces or punctuation")
  public String phone;

  public Long version;
}
