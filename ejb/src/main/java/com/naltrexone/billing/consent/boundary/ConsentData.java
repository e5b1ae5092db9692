package com.naltrexone.billing.consent.boundary;

import com.naltrexone.billing.consent.entity.ConsentPurpose;
import com.naltrexone.billing.consent.entity.ConsentScope;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A signed Part 2 consent as staff record it. {@code payerId} only (and always) for PAYER scope.
 */
public class ConsentData {

  @NotNull public ConsentScope scope;

  public Long payerId;

  @NotNull public ConsentPurpose purpose;

  @NotNull public LocalDate signedOn;

  /** Null: no expiry. Otherwise the first day the consent is no longer in force. */
  public LocalDate expiresOn;

  public ConsentData() {}

  public ConsentData(
      ConsentScope scope,
      Long payerId,
      ConsentPurpose purpose,
      LocalDate signedOn,
      LocalDate expiresOn) {
    this.scope = scope;
    this.payerId = payerId;
    this.purpose = purpose;
    this.signedOn = signedOn;
    this.expiresOn = expiresOn;
  }
}
