package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.providers.entity.Provider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Gathers what the scrubber needs to know about a claim from the registry and other claims: by
 * default one query per question, or from a page's {@link ClaimLookups} read beforehand.
 */
@Dependent
public class ScrubFacts {

  @Inject ClaimLookupQueries queries;

  public ScrubInput of(Claim claim, LocalDate today) {
    return of(claim, today, queries);
  }

  public ScrubInput of(Claim claim, LocalDate today, ClaimLookups lookups) {
    Payer payer = claim.getPayer();
    Provider billing = claim.getBillingProvider();
    Address billingAddress = billing == null ? null : billing.getAddress();
    DisclosureDecision consent = lookups.disclosure(claim.getPatientId(), payer.getId(), today);
    return new ScrubInput(
        today,
        claim.getServiceDate(),
        claim.getFrequency(),
        claim.getPayerClaimNumber(),
        claim.getTotalCharge(),
        claim.getDiagnosisCodes(),
        claim.getLines().stream().map(l -> line(l, lookups)).toList(),
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
        authorization(claim, lookups),
        consent.allowed(),
        consent.reason(),
        lookups.duplicatesOf(claim));
  }

  private static ScrubInput.Line line(ClaimLine l, ClaimLookups lookups) {
    return new ScrubInput.Line(
        l.getLineNumber(),
        l.getProcedureCode(),
        l.getModifiers(),
        l.getCharge(),
        l.getUnits(),
        l.getNdc11(),
        l.getNdcUnit(),
        l.getNdc11() == null ? null : lookups.hcpcsOfNdc(l.getNdc11()),
        l.getDiagnosisPointers());
  }

  private static ScrubInput.Authorization authorization(Claim claim, ClaimLookups lookups) {
    Authorization a = claim.getAuthorization();
    if (a == null) {
      return null;
    }
    Integer remaining =
        a.getApprovedUnits() == null
            ? null
            : a.getApprovedUnits() - lookups.unitsBilled(a, claim).intValue();
    return new ScrubInput.Authorization(
        a.getAuthNumber(), a.covers(claim.getServiceDate()), remaining);
  }
}
