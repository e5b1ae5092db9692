package com.naltrexone.billing.prescriptions.boundary;

import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A prescription as the clinician enters it; {@code version} for changes. */
public class PrescriptionData {

  @NotNull public Long patientId;

  @NotNull public Long drugId;

  @NotNull public Long prescriberId;

  /** E.g. "380 mg IM" or "50 mg PO daily". */
  @NotBlank
  @Size(max = 40)
  public String dose;

  /** Days between doses: 28 for Vivitrol, 1 for daily tablets. */
  @Min(1)
  @Max(90)
  public int frequencyDays;

  @NotNull public Route route;

  @NotNull public LocalDate startDate;

  public LocalDate endDate;

  /** ICD-10-CM codes, principal first, e.g. F11.20. */
  @NotEmpty
  @Size(max = 12)
  public List<@NotBlank String> diagnosisCodes;

  public Long version;
}
