package com.naltrexone.billing.drugs.boundary;

import com.naltrexone.billing.drugs.entity.DrugForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A catalog entry as staff type it (REST, UI and demo data share it). {@code version} is required
 * for an update and is the version the editor loaded.
 */
public class DrugData {

  @NotBlank
  @Size(max = 80)
  public String name;

  @NotNull public DrugForm form;

  /** As on the label, e.g. 65757-300-01; stored also as the 11-digit 5-4-2 form. */
  @NotBlank
  @Size(max = 13)
  public String labeledNdc;

  /** HCPCS billed on the 837 (J2315), or null for a pharmacy-benefit drug. */
  @Pattern(regexp = "[A-Z][0-9]{4}", message = "use a HCPCS Level II code such as J2315")
  public String hcpcs;

  /** HCPCS units in one package: 380 for a Vivitrol kit under J2315. */
  @PositiveOrZero public int billingUnits;

  @NotBlank
  @Size(max = 40)
  public String strength;

  public boolean active = true;

  public Long version;

  public DrugData() {}

  public DrugData(
      String name,
      DrugForm form,
      String labeledNdc,
      String hcpcs,
      int billingUnits,
      String strength) {
    this.name = name;
    this.form = form;
    this.labeledNdc = labeledNdc;
    this.hcpcs = hcpcs;
    this.billingUnits = billingUnits;
    this.strength = strength;
  }
}
