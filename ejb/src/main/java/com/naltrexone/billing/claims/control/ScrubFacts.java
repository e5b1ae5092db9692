package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.providers.entity.Provider;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Gathers what the scrubber needs to know about a claim from the registry and other claims. */
@Dependent
public class ScrubFacts {

  private static final List<ClaimStatus> OPEN =
      Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isBilled).toList();

  @PersistenceContext EntityManager em;
  @EJB Part2Consents consents;

  public ScrubInput of(Claim claim, LocalDate today) {
    Payer payer = claim.getPayer();
    Provider billing = claim.getBillingProvider();
    Address billingAddress = billing == null ? null : billing.getAddress();
    DisclosureDecision consent = consents.mayDisclose(claim.getPatientId(), payer.getId(), today);
    return new ScrubInput(
        today,
        claim.getServiceDate(),
        claim.getFrequency(),
        claim.getPayerClaimNumber(),
        claim.getTotalCharge(),
        claim.getDiagnosisCodes(),
        claim.getLines().stream().map(this::line).toList(),
        billing == null ? null : billing.getNpi(),
        billingAddress != null && billingAddress.hasZipPlus4(),
        billingAddress != null && billingAddress.isPoBox(),
        claim.getRenderingProvider() == null ? null : claim.getRenderingProvider().getNpi(),
        claim.getCoverage().getMemberId(),
        claim.getCoverage().isActiveOn(claim.getServiceDate()),
        new ScrubInput.PayerRules(
            payer.getName(),
            payer.isRequiresJzJw(),
            payer.isPaRequiredInjection(),
            payer.getTimelyFilingDays(),
            payer.isAcceptsFrequency7()),
        authorization(claim),
        consent.allowed(),
        consent.reason(),
        duplicates(claim));
  }

  private ScrubInput.Line line(ClaimLine l) {
    String hcpcs =
        l.getNdc11() == null
            ? null
            : em.createNamedQuery(Drug.BY_NDC, Drug.class)
                .setParameter("ndc11", l.getNdc11())
                .getResultStream()
                .findFirst()
                .map(Drug::getHcpcs)
                .orElse(null);
    return new ScrubInput.Line(
        l.getLineNumber(),
        l.getProcedureCode(),
        l.getModifiers(),
        l.getCharge(),
        l.getUnits(),
        l.getNdc11(),
        l.getNdcUnit(),
        hcpcs,
        l.getDiagnosisPointers());
  }

  private ScrubInput.Authorization authorization(Claim claim) {
    Authorization a = claim.getAuthorization();
    if (a == null) {
      return null;
    }
    Integer remaining = null;
    if (a.getApprovedUnits() != null) {
      BigDecimal used =
          em.createQuery(
                  "select coalesce(sum(l.units), 0) from ClaimLine l where l.claim.authorization.id"
                      + " = :auth and l.procedureCode = 'J2315' and l.claim.id <> :self"
                      + " and l.claim.status in :counted",
                  BigDecimal.class)
              .setParameter("auth", a.getId())
              .setParameter("self", claim.getId())
              .setParameter("counted", OPEN)
              .getSingleResult();
      remaining = a.getApprovedUnits() - used.intValue();
    }
    return new ScrubInput.Authorization(
        a.getAuthNumber(), a.covers(claim.getServiceDate()), remaining);
  }

  private List<String> duplicates(Claim claim) {
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
                    .setParameter("open", OPEN)
                    .getResultStream())
        .filter(other -> other.getFrequency() == claim.getFrequency())
        .map(Claim::getPatientControlNumber)
        .distinct()
        .toList();
  }
}
