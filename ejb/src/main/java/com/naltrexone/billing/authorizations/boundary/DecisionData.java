package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The payer's answer: APPROVED (reference number, span, and units in total, per period or as a
 * number of doses), DENIED (reason, appeal deadline) or PENDED (what it waits for).
 */
public class DecisionData {

  @NotNull public AuthorizationStatus decision;

  @Size(max = 50)
  public String authNumber;

  public LocalDate approvedFrom;
  public LocalDate approvedTo;

  @Positive public Integer approvedUnits;
  @Positive public Integer approvedDoses;

  /** A rate limit such as 380 units per 28 days: both or neither. */
  @Positive public Integer unitsPerPeriod;

  @Positive public Integer periodDays;

  /** Default: today. */
  public LocalDate decidedOn;

  /** Denials: the last day to appeal. */
  public LocalDate appealDeadline;

  @Size(max = 400)
  public String note;

  @NotNull public Long version;
}
