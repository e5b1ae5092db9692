package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move in the lifecycle that is ours to make: SUBMITTED, PENDED (payer asked for more), APPEALED,
 * WITHDRAWN, EXPIRED. Approvals and denials are payer decisions: {@link DecisionData}.
 */
public class StatusData {

  @NotNull public AuthorizationStatus status;

  /** The payer's reference number, when the portal gives one on submission. */
  @Size(max = 50)
  public String authNumber;

  @Size(max = 400)
  public String note;

  /** The version you read (409 when someone changed it since). */
  @NotNull public Long version;
}
