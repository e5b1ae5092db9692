package com.naltrexone.billing.drugs.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.drugs.entity.DrugPrice;
import com.naltrexone.billing.drugs.entity.Ndc;
import com.naltrexone.billing.drugs.entity.PriceKind;
import com.naltrexone.billing.drugs.entity.ProcedureCode;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.Inputs;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The drug catalog: products, their effective-dated prices, received lots, procedure codes. */
@Stateless
public class DrugCatalog {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validator validator;
  @Inject Clock clock;

  public Drug create(DrugData data) {
    check(data, null);
    Drug drug =
        new Drug(
            data.name.trim(),
            data.form,
            data.labeledNdc.trim(),
            data.hcpcs,
            data.billingUnits,
            data.strength.trim());
    if (!data.active) {
      drug.update(
          drug.getName(),
          drug.getForm(),
          drug.getLabeledNdc(),
          drug.getHcpcs(),
          drug.getBillingUnits(),
          drug.getStrength(),
          false);
    }
    em.persist(drug);
    em.flush();
    audit.record("drug.created", "Drug", drug.getId(), "ndc11=" + drug.getNdc11());
    return drug;
  }

  public Drug update(long id, DrugData data) {
    Drug drug = drug(id);
    Inputs.valid(validator, "drug", data);
    if (data.version == null) {
      throw new BusinessRuleException("version", "send the version of the drug you loaded");
    }
    Versions.check(drug, data.version);
    check(data, id);
    drug.update(
        data.name.trim(),
        data.form,
        data.labeledNdc.trim(),
        data.hcpcs,
        data.billingUnits,
        data.strength.trim(),
        data.active);
    audit.record(
        "drug.updated", "Drug", id, "ndc11=" + drug.getNdc11() + " active=" + drug.isActive());
    return drug;
  }

  public List<Drug> drugs() {
    return em.createNamedQuery(Drug.ALL, Drug.class).getResultList();
  }

  public Drug drug(long id) {
    Drug drug = em.find(Drug.class, id);
    if (drug == null) {
      throw new UnknownEntityException("drug", id);
    }
    return drug;
  }

  public DrugPrice addPrice(long drugId, PriceData data) {
    Drug drug = drug(drugId);
    Inputs.valid(validator, "price", data);
    if (data.effectiveTo != null && data.effectiveTo.isBefore(data.effectiveFrom)) {
      throw new BusinessRuleException(
          "effectiveTo", "the price cannot end before it starts (" + data.effectiveFrom + ")");
    }
    Optional<DrugPrice> clash =
        DrugPrice.overlapping(prices(drugId), data.kind, data.effectiveFrom, data.effectiveTo);
    if (clash.isPresent()) {
      DrugPrice other = clash.get();
      throw new BusinessRuleException(
          "effectiveFrom",
          "a "
              + data.kind
              + " price (id "
              + other.getId()
              + ") is already in force from "
              + other.getEffectiveFrom()
              + (other.getEffectiveTo() == null ? " with no end" : " to " + other.getEffectiveTo())
              + "; choose dates that do not overlap it");
    }
    DrugPrice price =
        new DrugPrice(
            drug,
            data.kind,
            data.amount,
            data.perUnit.trim(),
            data.effectiveFrom,
            data.effectiveTo,
            data.source.trim());
    em.persist(price);
    em.flush();
    audit.record(
        "drug.price-added",
        "Drug",
        drugId,
        "price "
            + price.getId()
            + " "
            + price.getKind()
            + " "
            + price.getAmount()
            + " per "
            + price.getPerUnit()
            + " from "
            + price.getEffectiveFrom());
    return price;
  }

  public List<DrugPrice> prices(long drugId) {
    drug(drugId);
    return em.createNamedQuery(DrugPrice.OF_DRUG, DrugPrice.class)
        .setParameter("drugId", drugId)
        .getResultList();
  }

  /** The price of {@code kind} in force on {@code date} (null = today), if any. */
  public Optional<DrugPrice> priceOn(long drugId, PriceKind kind, LocalDate date) {
    return DrugPrice.inForce(prices(drugId), kind, date == null ? LocalDate.now(clock) : date);
  }

  public DrugLot receiveLot(long drugId, LotData data) {
    Drug drug = drug(drugId);
    Inputs.valid(validator, "lot", data);
    String lotNumber = data.lotNumber.trim();
    List<Violation> problems = new ArrayList<>();
    if (data.receivedOn.isAfter(LocalDate.now(clock))) {
      problems.add(new Violation("receivedOn", "a lot cannot be received in the future"));
    }
    if (data.expiresOn.isBefore(data.receivedOn)) {
      problems.add(
          new Violation(
              "expiresOn", "the lot expired on " + data.expiresOn + ", before it was received"));
    }
    if (findLot(drugId, lotNumber).isPresent()) {
      problems.add(
          new Violation("lotNumber", "lot " + lotNumber + " of this drug was already received"));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    DrugLot lot = new DrugLot(drug, lotNumber, data.expiresOn, data.receivedOn, data.is340b);
    em.persist(lot);
    em.flush();
    audit.record(
        "drug.lot-received",
        "DrugLot",
        lot.getId(),
        "drug=" + drugId + " expiresOn=" + lot.getExpiresOn() + " 340b=" + lot.isIs340b());
    return lot;
  }

  public List<DrugLot> lots(long drugId) {
    drug(drugId);
    return em.createNamedQuery(DrugLot.OF_DRUG, DrugLot.class)
        .setParameter("drugId", drugId)
        .getResultList();
  }

  public Optional<DrugLot> findLot(long drugId, String lotNumber) {
    return em.createNamedQuery(DrugLot.BY_NUMBER, DrugLot.class)
        .setParameter("drugId", drugId)
        .setParameter("lotNumber", lotNumber)
        .getResultStream()
        .findFirst();
  }

  public DrugLot lot(long lotId) {
    DrugLot lot = em.find(DrugLot.class, lotId);
    if (lot == null) {
      throw new UnknownEntityException("lot", lotId);
    }
    return lot;
  }

  public List<ProcedureCode> procedureCodes() {
    return em.createNamedQuery(ProcedureCode.ALL, ProcedureCode.class).getResultList();
  }

  /** Field checks beyond Bean Validation: the NDC form, uniqueness, and the J2315 unit rule. */
  private void check(DrugData data, Long updatingId) {
    Inputs.valid(validator, "drug", data);
    List<Violation> problems = new ArrayList<>();
    String ndcProblem = Ndc.problem(data.labeledNdc);
    if (ndcProblem != null) {
      problems.add(new Violation("labeledNdc", ndcProblem));
    } else {
      String ndc11 = Ndc.parse(data.labeledNdc).value();
      em.createNamedQuery(Drug.BY_NDC, Drug.class)
          .setParameter("ndc11", ndc11)
          .getResultStream()
          .filter(d -> !d.getId().equals(updatingId))
          .findFirst()
          .ifPresent(
              d ->
                  problems.add(
                      new Violation(
                          "labeledNdc",
                          "NDC " + ndc11 + " is already in the catalog as drug " + d.getId())));
    }
    problems.addAll(Drug.billingProblems(data.form, data.hcpcs, data.billingUnits));
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
  }
}
