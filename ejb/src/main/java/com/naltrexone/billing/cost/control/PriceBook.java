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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the price tables an estimate needs (payer contract rates, the drug's effective-dated
 * prices, our charge master) and hands them to {@link AllowedAmounts}. Runs inside the caller's
 * boundary transaction. Each call reads the tables it needs again; {@link #memo()} gives a view
 * that reads each table once, for work that asks many times within one transaction (following up
 * one posting asks for the same payer's contract and the same drug's prices four to six times).
 */
@Dependent
public class PriceBook {

  @PersistenceContext EntityManager em;

  /**
   * The lookups, each table read at most once (per payer, drug or code) for as long as the memo is
   * kept: keep it for one transaction, never longer (prices change). The book's own methods use a
   * new memo per call.
   */
  public final class Memo {
    private final Map<Long, List<ContractRate>> rates = new HashMap<>();
    private final Map<Long, List<DrugPrice>> drugPrices = new HashMap<>();
    private final Map<String, List<FeeScheduleEntry>> fees = new HashMap<>();

    private Memo() {}

    /** What {@code payerId} (null: no coverage) is expected to allow for a code on a date. */
    public Allowed allowed(Long payerId, String code, BigDecimal units, LocalDate date, Drug drug) {
      List<ContractRate> contract =
          payerId == null
              ? List.of()
              : rates.computeIfAbsent(payerId, PriceBook.this::contractRates);
      UnitPrice asp =
          drug != null && code.equals(drug.getHcpcs())
              ? price(drug, PriceKind.ASP_LIMIT, date).orElse(null)
              : null;
      List<FeeScheduleEntry> charges = fees.computeIfAbsent(code, PriceBook.this::fees);
      return AllowedAmounts.resolve(
          code, units, date, contract, asp, charge(charges, code, date).orElse(null));
    }

    /** A price of the drug in force on the date, described by kind, unit and source. */
    public Optional<UnitPrice> price(Drug drug, PriceKind kind, LocalDate date) {
      List<DrugPrice> prices = drugPrices.computeIfAbsent(drug.getId(), PriceBook.this::drugPrices);
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
  }

  /** A view of the price tables that reads each one once; see {@link Memo}. */
  public Memo memo() {
    return new Memo();
  }

  /** What {@code payerId} (null: no coverage) is expected to allow for a code on a date. */
  public Allowed allowed(Long payerId, String code, BigDecimal units, LocalDate date, Drug drug) {
    return memo().allowed(payerId, code, units, date, drug);
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

  /** Our charge for the code on the date ({@link FeeScheduleEntry#inForce}, as on our claims). */
  public Optional<UnitPrice> charge(String code, LocalDate date) {
    return charge(fees(code), code, date);
  }

  private static Optional<UnitPrice> charge(
      List<FeeScheduleEntry> entries, String code, LocalDate date) {
    return FeeScheduleEntry.inForce(entries, code, date)
        .map(f -> new UnitPrice(f.getAmountPerUnit(), "charge master, " + f.getSource()));
  }

  private List<FeeScheduleEntry> fees(String code) {
    return em.createNamedQuery(FeeScheduleEntry.OF_CODE, FeeScheduleEntry.class)
        .setParameter("code", code)
        .getResultList();
  }

  /** A price of the drug in force on the date, described by kind, unit and source. */
  public Optional<UnitPrice> price(Drug drug, PriceKind kind, LocalDate date) {
    return memo().price(drug, kind, date);
  }

  private List<DrugPrice> drugPrices(long drugId) {
    return em.createNamedQuery(DrugPrice.OF_DRUG, DrugPrice.class)
        .setParameter("drugId", drugId)
        .getResultList();
  }

  /** What a pharmacy is assumed to bill per unit: the WAC, else our acquisition cost. */
  public Optional<UnitPrice> listPrice(Drug drug, LocalDate date) {
    Memo memo = memo();
    return memo.price(drug, PriceKind.WAC, date)
        .or(() -> memo.price(drug, PriceKind.ACQUISITION, date));
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
