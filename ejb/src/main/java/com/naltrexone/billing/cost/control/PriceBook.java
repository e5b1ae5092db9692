package com.naltrexone.billing.cost.control;

import com.naltrexone.billing.claims.entity.FeeScheduleEntry;
import com.naltrexone.billing.cost.control.AllowedAmounts.Allowed;
import com.naltrexone.billing.cost.control.AllowedAmounts.ContractRate;
import com.naltrexone.billing.cost.control.AllowedAmounts.UnitPrice;
import com.naltrexone.billing.cost.entity.PayerContractRate;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.drugs.entity.DrugPrice;
import com.naltrexone.billing.drugs.entity.PriceKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the price tables an estimate needs (payer contract rates, the drug's effective-dated
 * prices, our charge master) and hands them to {@link AllowedAmounts}. Runs inside the caller's
 * boundary transaction.
 */
@Dependent
public class PriceBook {

  @PersistenceContext EntityManager em;

  /** What {@code payerId} (null: no coverage) is expected to allow for a code on a date. */
  public Allowed allowed(Long payerId, String code, BigDecimal units, LocalDate date, Drug drug) {
    List<ContractRate> rates = payerId == null ? List.of() : contractRates(payerId);
    UnitPrice asp =
        drug != null && code.equals(drug.getHcpcs())
            ? price(drug, PriceKind.ASP_LIMIT, date).orElse(null)
            : null;
    return AllowedAmounts.resolve(code, units, date, rates, asp, charge(code, date).orElse(null));
  }

  public List<ContractRate> contractRates(long payerId) {
    return em.createNamedQuery(PayerContractRate.OF_PAYER, PayerContractRate.class)
        .setParameter("payerId", payerId)
        .getResultStream()
        .map(
            r ->
                new ContractRate(
                    r.getCode(),
                    r.getBasis(),
                    r.getRate(),
                    r.getEffectiveFrom(),
                    r.getEffectiveTo(),
                    r.getContractName()))
        .toList();
  }

  public Optional<UnitPrice> charge(String code, LocalDate date) {
    return em.createNamedQuery(FeeScheduleEntry.IN_FORCE, FeeScheduleEntry.class)
        .setParameter("code", code)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(f -> new UnitPrice(f.getAmountPerUnit(), "charge master, " + f.getSource()));
  }

  /** A price of the drug in force on the date, described by kind, unit and source. */
  public Optional<UnitPrice> price(Drug drug, PriceKind kind, LocalDate date) {
    List<DrugPrice> prices =
        em.createNamedQuery(DrugPrice.OF_DRUG, DrugPrice.class)
            .setParameter("drugId", drug.getId())
            .getResultList();
    return DrugPrice.inForce(prices, kind, date)
        .map(
            p ->
                new UnitPrice(
                    p.getAmount(),
                    (kind == PriceKind.ASP_LIMIT ? "ASP payment limit" : kind.name())
                        + " per "
                        + p.getPerUnit()
                        + ", "
                        + p.getSource()));
  }

  /** What a pharmacy is assumed to bill per unit: the WAC, else our acquisition cost. */
  public Optional<UnitPrice> listPrice(Drug drug, LocalDate date) {
    return price(drug, PriceKind.WAC, date).or(() -> price(drug, PriceKind.ACQUISITION, date));
  }

  /** The catalog's active J2315 drug (Vivitrol kit), or its first active oral naltrexone. */
  public Optional<Drug> catalogDrug(DrugForm form) {
    return em.createNamedQuery(Drug.ALL, Drug.class)
        .getResultStream()
        .filter(d -> d.getForm() == form && d.isActive())
        .filter(d -> form == DrugForm.ORAL || Drug.J2315.equals(d.getHcpcs()))
        .findFirst();
  }
}
