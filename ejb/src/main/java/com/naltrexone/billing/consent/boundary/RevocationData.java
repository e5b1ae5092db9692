package com.naltrexone.billing.consent.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the patient revoked a consent: from that day on, nothing more is disclosed under it. */
public class RevocationData {

  @NotNull public LocalDate revokedOn;

  public RevocationData() {}

  public RevocationData(LocalDate revokedOn) {
    this.revokedOn = revokedOn;
  }
}
