package com.naltrexone.billing.drugs.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A lot received into buy-and-bill inventory. */
public class LotData {

  @NotBlank
  @Size(max = 30)
  public String lotNumber;

  @NotNull public LocalDate expiresOn;

  @NotNull public LocalDate receivedOn;

  /** Bought at the 340B ceiling price (Medicare claims then need JG/TB on the drug line). */
  public boolean is340b;

  public LotData() {}

  public LotData(String lotNumber, LocalDate expiresOn, LocalDate receivedOn, boolean is340b) {
    this.lotNumber = lotNumber;
    this.expiresOn = expiresOn;
    this.receivedOn = receivedOn;
    this.is340b = is340b;
  }
}
