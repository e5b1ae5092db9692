package com.naltrexone.billing.prescriptions.boundary;

import com.naltrexone.billing.prescriptions.entity.DoseKind;
import com.naltrexone.billing.prescriptions.entity.InjectionSite;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An injection given (lot, location, site, who gave it, waste) or an oral fill (days' supply). */
public class DoseData {

  @NotNull public Long prescriptionId;

  @NotNull public DoseKind kind;

  @NotNull public LocalDate givenOn;

  public Long lotId;

  public Long locationId;

  public InjectionSite site;

  public Long administeredById;

  /** Milligrams discarded; 0 for a whole 380 mg kit (JZ). */
  @Min(0)
  @Max(380)
  public int wasteMg;

  @Min(1)
  @Max(90)
  public Integer daysSupply;
}
