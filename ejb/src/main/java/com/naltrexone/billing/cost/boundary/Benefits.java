package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.cost.entity.CoverageBenefit;
import com.naltrexone.billing.cost.entity.PayerContractRate;
import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.boundary.Payers;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benefits per coverage and plan year (with their deductible and out-of-pocket accumulators) and
 * payer contract rates by effective date: the inputs of every estimate.
 */
@Stateless
public class Benefits {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @EJB Coverages coverages;
  @EJB Payers payers;

  public CoverageBenefit add(long patientId, long coverageId, BenefitsData data) {
    Coverage coverage = coverages.get(patientId, coverageId);
    check(data, coverageId, null);
    CoverageBenefit b = new CoverageBenefit(coverage);
    b.update(terms(data));
    em.persist(b);
    em.flush();
    audit.record(
        "benefits.added",
        "CoverageBenefit",
        b.getId(),
        "coverage=" + coverageId + " " + data.source);
    return b;
  }

  public CoverageBenefit update(long patientId, long coverageId, long id, BenefitsData data) {
    CoverageBenefit b = get(patientId, coverageId, id);
    Versions.check(b, data.version);
    check(data, coverageId, id);
    b.update(terms(data));
    audit.record(
        "benefits.updated", "CoverageBenefit", id, "coverage=" + coverageId + " " + data.source);
    return b;
  }

  public List<CoverageBenefit> of(long patientId, long coverageId) {
    coverages.get(patientId, coverageId);
    return ofCoverage(coverageId);
  }

  public CoverageBenefit get(long patientId, long coverageId, long id) {
    CoverageBenefit b = em.find(CoverageBenefit.class, id);
    if (b == null
        || b.getCoverageId() != coverageId
        || b.getCoverage().getPatientId() != patientId) {
      throw new UnknownEntityException("benefits", id);
    }
    return b;
  }

  /** The benefits of a coverage for the plan year that holds {@code date}, if entered. */
  public Optional<CoverageBenefit> on(long coverageId, LocalDate date) {
    return ofCoverage(coverageId).stream().filter(b -> b.covers(date)).findFirst();
  }

  private List<CoverageBenefit> ofCoverage(long coverageId) {
    return em.createNamedQuery(CoverageBenefit.OF_COVERAGE, CoverageBenefit.class)
        .setParameter("coverageId", coverageId)
        .getResultList();
  }

  private void check(BenefitsData d, long coverageId, Long self) {
    List<Violation> problems = new ArrayList<>();
    if (d.planYearEnd.isBefore(d.planYearStart)) {
      problems.add(new Violation("planYearEnd", "the plan year cannot end before it starts"));
    } else if (d.planYearEnd.isAfter(d.planYearStart.plusYears(1).minusDays(1))) {
      problems.add(new Violation("planYearEnd", "a plan year is at most one year long"));
    }
    if (d.deductibleMet.compareTo(d.deductible) > 0) {
      problems.add(
          new Violation("deductibleMet", "the amount met cannot exceed the deductible itself"));
    }
    if (d.oopMax != null && d.oopMet.compareTo(d.oopMax) > 0) {
      problems.add(
          new Violation("oopMet", "the amount met cannot exceed the out-of-pocket maximum"));
    }
    if (d.oopMax != null && d.deductible.compareTo(d.oopMax) > 0) {
      problems.add(
          new Violation("oopMax", "the out-of-pocket maximum cannot be below the deductible"));
    }
    if (problems.isEmpty()) {
      ofCoverage(coverageId).stream()
          .filter(b -> !b.getId().equals(self))
          .filter(b -> b.overlaps(d.planYearStart, d.planYearEnd))
          .findFirst()
          .ifPresent(
              b ->
                  problems.add(
                      new Violation(
                          "planYearStart",
                          "benefits "
                              + b.getId()
                              + " already cover "
                              + b.getPlanYearStart()
                              + " to "
                              + b.getPlanYearEnd()
                              + "; change that plan year instead")));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
  }

  private static CoverageBenefit.Terms terms(BenefitsData d) {
    return new CoverageBenefit.Terms(
        d.planYearStart,
        d.planYearEnd,
        d.deductible,
        d.deductibleMet,
        d.coinsurancePercent,
        d.drugCopay,
        d.administrationCopay,
        d.oopMax,
        d.oopMet,
        d.drugBenefit,
        d.specialtyCopay,
        d.specialtyCoinsurancePercent,
        d.oralCopay,
        d.coversPrimaryDeductible,
        d.source.trim());
  }

  public PayerContractRate addRate(long payerId, ContractRateData data) {
    Payer payer = payers.get(payerId);
    if (data.effectiveTo != null && data.effectiveTo.isBefore(data.effectiveFrom)) {
      throw new BusinessRuleException("effectiveTo", "the rate cannot end before it starts");
    }
    if (data.basis == com.naltrexone.billing.cost.entity.RateBasis.PERCENT_OF_ASP
        && data.rate.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new BusinessRuleException("rate", "a percentage of ASP above 1000 is not plausible");
    }
    rates(payerId).stream()
        .filter(r -> r.getCode().equals(data.code))
        .filter(r -> r.overlaps(data.effectiveFrom, data.effectiveTo))
        .findFirst()
        .ifPresent(
            r -> {
              throw new BusinessRuleException(
                  "effectiveFrom",
                  "contract rate "
                      + r.getId()
                      + " for "
                      + data.code
                      + " is already in force from "
                      + r.getEffectiveFrom()
                      + (r.getEffectiveTo() == null ? "" : " to " + r.getEffectiveTo()));
            });
    PayerContractRate rate =
        new PayerContractRate(
            payer,
            data.code,
            data.basis,
            data.rate,
            data.effectiveFrom,
            data.effectiveTo,
            data.contractName.trim());
    em.persist(rate);
    em.flush();
    audit.record(
        "contract-rate.added",
        "PayerContractRate",
        rate.getId(),
        "payer=" + payerId + " " + data.code);
    return rate;
  }

  public List<PayerContractRate> rates(long payerId) {
    payers.get(payerId);
    return em.createNamedQuery(PayerContractRate.OF_PAYER, PayerContractRate.class)
        .setParameter("payerId", payerId)
        .getResultList();
  }
}
