package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.cost.control.AllowedAmounts;
import com.naltrexone.billing.cost.control.PriceBook;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ClaimLookups} one query per question, for work on one claim (a rescrub, a correction, the
 * batch step's second look at a claim an earlier run built). {@link #forPage} reads the same facts
 * for a page of doses at once.
 */
@Dependent
public class ClaimLookupQueries implements ClaimLookups {

  /** Claims in these statuses are billed: they count against authorizations and duplicate. */
  static final List<ClaimStatus> BILLED =
      Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isBilled).toList();

  @PersistenceContext EntityManager em;
  @EJB Part2Consents consents;
  @Inject PriceBook prices;

  /** The facts for building and scrubbing the claims of these doses, read at once. */
  public PageLookups forPage(List<Dose> doses) {
    return PageLookups.read(em, consents, this, doses);
  }

  @Override
  public Optional<Coverage> primaryCoverage(long patientId, LocalDate on) {
    return em.createNamedQuery(Coverage.OF_PATIENT, Coverage.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .filter(c -> c.getCobOrder() == CobOrder.PRIMARY && c.isActiveOn(on))
        .findFirst();
  }

  @Override
  public Optional<Provider> billingProvider() {
    return em.createNamedQuery(Provider.ALL, Provider.class)
        .getResultStream()
        .filter(p -> p.getKind() == ProviderKind.BILLING)
        .findFirst();
  }

  @Override
  public Optional<BigDecimal> feePerUnit(String code, LocalDate on) {
    return prices.charge(code, on).map(AllowedAmounts.UnitPrice::amountPerUnit);
  }

  @Override
  public Optional<Authorization> authorization(long patientId, long payerId, LocalDate on) {
    return em.createNamedQuery(Authorization.FOR_PATIENT_AND_PAYER, Authorization.class)
        .setParameter("patientId", patientId)
        .setParameter("payerId", payerId)
        .setParameter("drugCode", DRUG_CODE)
        .getResultStream()
        .filter(a -> a.covers(on))
        .findFirst();
  }

  @Override
  public DisclosureDecision disclosure(long patientId, long payerId, LocalDate on) {
    return consents.mayDisclose(patientId, payerId, on);
  }

  @Override
  public String hcpcsOfNdc(String ndc11) {
    return em.createNamedQuery(Drug.BY_NDC, Drug.class)
        .setParameter("ndc11", ndc11)
        .getResultStream()
        .findFirst()
        .map(Drug::getHcpcs)
        .orElse(null);
  }

  @Override
  public BigDecimal unitsBilled(Authorization authorization, Claim self) {
    return em.createQuery(
            "select coalesce(sum(l.units), 0) from ClaimLine l where l.claim.authorization.id"
                + " = :auth and l.procedureCode = 'J2315' and l.claim.id <> :self"
                + " and l.claim.status in :counted",
            BigDecimal.class)
        .setParameter("auth", authorization.getId())
        .setParameter("self", self.getId())
        .setParameter("counted", BILLED)
        .getSingleResult();
  }

  @Override
  public List<String> duplicatesOf(Claim claim) {
    return claim.getLines().stream()
        .map(ClaimLine::getProcedureCode)
        .distinct()
        .flatMap(
            code ->
                em.createNamedQuery(Claim.OPEN_FOR_SERVICE, Claim.class)
                    .setParameter("patientId", claim.getPatientId())
                    .setParameter("date", claim.getServiceDate())
                    .setParameter("code", code)
                    .setParameter("self", claim.getId())
                    .setParameter("open", BILLED)
                    .getResultStream()
                    .sorted(Comparator.comparing(Claim::getId)))
        .filter(other -> other.getFrequency() == claim.getFrequency())
        .map(Claim::getPatientControlNumber)
        .distinct()
        .toList();
  }
}
