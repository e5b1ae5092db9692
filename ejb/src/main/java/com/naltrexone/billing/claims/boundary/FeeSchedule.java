package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.entity.FeeScheduleEntry;
import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Our charge master: the amount we charge per unit of each code, by effective date. */
@Stateless
public class FeeSchedule {

  /** A new charge row. */
  public static class FeeData {
    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{5}", message = "use a 5-character HCPCS/CPT code")
    public String code;

    @NotNull
    @DecimalMin(value = "0.0001")
    @Digits(integer = 8, fraction = 4)
    public BigDecimal amountPerUnit;

    @NotNull public LocalDate effectiveFrom;
    public LocalDate effectiveTo;

    @NotBlank
    @Size(max = 120)
    public String source;
  }

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public FeeScheduleEntry add(FeeData data) {
    if (data.effectiveTo != null && data.effectiveTo.isBefore(data.effectiveFrom)) {
      throw new BusinessRuleException("effectiveTo", "the charge cannot end before it starts");
    }
    boolean overlaps =
        all().stream()
            .filter(f -> f.getCode().equals(data.code))
            .anyMatch(
                f ->
                    (data.effectiveTo == null || !f.getEffectiveFrom().isAfter(data.effectiveTo))
                        && (f.getEffectiveTo() == null
                            || !data.effectiveFrom.isAfter(f.getEffectiveTo())));
    if (overlaps) {
      throw new BusinessRuleException(
          "effectiveFrom", "a charge for " + data.code + " already covers some of these dates");
    }
    FeeScheduleEntry entry =
        new FeeScheduleEntry(
            data.code, data.amountPerUnit, data.effectiveFrom, data.effectiveTo, data.source);
    em.persist(entry);
    em.flush();
    audit.record("fee.added", "FeeScheduleEntry", entry.getId(), data.code);
    return entry;
  }

  public List<FeeScheduleEntry> all() {
    return em.createNamedQuery(FeeScheduleEntry.ALL, FeeScheduleEntry.class).getResultList();
  }
}
