package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.authorizations.entity.Benefit;
import com.naltrexone.billing.authorizations.entity.Channel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A new prior authorization request (a draft). The drug comes from the prescription: its HCPCS
 * (J2315) under the medical benefit, its NDC under the pharmacy benefit; {@code drugCode} may be
 * sent to confirm it.
 */
public class AuthorizationData {

  @NotNull public Long patientId;

  /** The patient's coverage with the payer asked. */
  @NotNull public Long coverageId;

  /** The prescription the request is for (drug, dose, frequency, prescriber, diagnoses). */
  @NotNull public Long prescriptionId;

  @NotNull public Benefit benefit;

  @NotNull public Channel channel;

  @Pattern(regexp = "J2315|\\d{11}", message = "J2315 or an 11-digit NDC")
  public String drugCode;

  /** Default: today. */
  public LocalDate requestedFrom;

  /** Default: the payer's usual approval span from {@code requestedFrom}. */
  public LocalDate requestedTo;
}
