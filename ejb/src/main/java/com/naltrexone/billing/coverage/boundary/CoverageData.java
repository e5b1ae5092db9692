package com.naltrexone.billing.coverage.boundary;

import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.PlanType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A patient's coverage as staff enter it from the card; {@code version} for changes. */
public class CoverageData {

  @NotNull public Long payerId;

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9-]{2,80}", message = "use the member id exactly as on the card")
  public String memberId;

  @Size(max = 50)
  public String groupNumber;

  @NotNull public PlanType planType;

  @Size(max = 120)
  public String subscriberName;

  /** 18 self, 01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 40, 53, G8 other. */
  @NotBlank
  @Pattern(
      regexp = "18|01|19|20|21|39|40|53|G8",
      message = "use a relationship code: 18 self, 01 spouse, 19 child, G8 other")
  public String relationship = "18";

  @NotNull public LocalDate effectiveFrom;

  public LocalDate effectiveTo;

  @NotNull public CobOrder cobOrder;

  public Long version;
}
