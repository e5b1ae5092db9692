package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimFrequency;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.FeeScheduleEntry;
import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ClaimLookups} for a page of doses, read in one query per kind of fact (coverages,
 * authorizations with the units billed against them, Part 2 consents, the open claims of the page's
 * patients) plus the small reference tables (payers, providers, the fee schedule of the two codes),
 * so that building and scrubbing the page's claims asks the database nothing more.
 *
 * <p>The answers are what the per-claim queries would give in the page's transaction: claims built
 * earlier in the page are {@linkplain #built registered} and count as the database's claims would
 * (duplicates, units billed against an authorization).
 */
public final class PageLookups implements ClaimLookups {

  /** One line of an open claim already in the database, for duplicate checks. */
  private record OpenService(
      long claimId,
      long patientId,
      LocalDate serviceDate,
      String procedureCode,
      ClaimFrequency frequency,
      String patientControlNumber) {}

  private final Map<Long, List<Coverage>> coverages = new HashMap<>();
  private final Optional<Provider> billingProvider;
  private final List<FeeScheduleEntry> fees;
  private final Map<Long, List<Authorization>> authorizations = new HashMap<>();
  private final Map<Long, BigDecimal> unitsBilledInDatabase = new HashMap<>();
  private final Part2Consents.PageDecisions consents;
  private final Map<String, Optional<String>> hcpcsByNdc = new HashMap<>();
  private final List<OpenService> openInDatabase = new ArrayList<>();
  private final List<Claim> builtHere = new ArrayList<>();
  private final ClaimLookups queried;

  private PageLookups(
      ClaimLookups queried,
      Optional<Provider> billingProvider,
      List<FeeScheduleEntry> fees,
      Part2Consents.PageDecisions consents) {
    this.queried = queried;
    this.billingProvider = billingProvider;
    this.fees = fees;
    this.consents = consents;
  }

  static PageLookups read(
      EntityManager em, Part2Consents consents, ClaimLookups queried, List<Dose> doses) {
    List<Long> patients =
        List.copyOf(new LinkedHashSet<>(doses.stream().map(Dose::getPatientId).toList()));
    List<String> ndcs =
        doses.stream().map(Dose::getNdc11).filter(Objects::nonNull).distinct().toList();
    // Payers and providers once, so that the coverages', authorizations' and consents' payers and
    // the claims' providers are found in the persistence context instead of one by one.
    em.createNamedQuery(Payer.ALL, Payer.class).getResultList();
    Optional<Provider> billing =
        em.createNamedQuery(Provider.ALL, Provider.class)
            .getResultStream()
            .filter(p -> p.getKind() == ProviderKind.BILLING)
            .findFirst();
    List<FeeScheduleEntry> fees =
        em.createQuery(
                "select f from FeeScheduleEntry f where f.code in :codes", FeeScheduleEntry.class)
            .setParameter("codes", List.of(ClaimBuilder.DRUG, ClaimBuilder.ADMINISTRATION))
            .getResultList();
    PageLookups page = new PageLookups(queried, billing, fees, consents.mayDiscloseAll(patients));
    if (!ndcs.isEmpty()) {
      ndcs.forEach(ndc -> page.hcpcsByNdc.put(ndc, Optional.empty()));
      em.createQuery("select d from Drug d where d.ndc11 in :ndcs", Drug.class)
          .setParameter("ndcs", ndcs)
          .getResultStream()
          .forEach(d -> page.hcpcsByNdc.put(d.getNdc11(), Optional.ofNullable(d.getHcpcs())));
    }
    if (patients.isEmpty()) {
      return page;
    }
    em.createQuery(
            "select c from Coverage c where c.patient.id in :patientIds"
                + " order by c.cobOrder, c.effectiveFrom desc, c.id",
            Coverage.class)
        .setParameter("patientIds", patients)
        .getResultStream()
        .forEach(
            c -> page.coverages.computeIfAbsent(c.getPatientId(), p -> new ArrayList<>()).add(c));
    em.createQuery(
            "select a from Authorization a where a.patient.id in :patientIds"
                + " and a.drugCode = :drugCode order by a.approvedFrom desc, a.id desc",
            Authorization.class)
        .setParameter("patientIds", patients)
        .setParameter("drugCode", DRUG_CODE)
        .getResultStream()
        .forEach(
            a ->
                page.authorizations
                    .computeIfAbsent(a.getPatientId(), p -> new ArrayList<>())
                    .add(a));
    List<Long> counted =
        page.authorizations.values().stream()
            .flatMap(List::stream)
            .filter(a -> a.getApprovedUnits() != null)
            .map(Authorization::getId)
            .toList();
    if (!counted.isEmpty()) {
      em.createQuery(
              "select l.claim.authorization.id, sum(l.units) from ClaimLine l"
                  + " where l.claim.authorization.id in :auths and l.procedureCode = 'J2315'"
                  + " and l.claim.status in :counted group by l.claim.authorization.id",
              Object[].class)
          .setParameter("auths", counted)
          .setParameter("counted", ClaimLookupQueries.BILLED)
          .getResultStream()
          .forEach(
              row ->
                  page.unitsBilledInDatabase.put(
                      ((Number) row[0]).longValue(), (BigDecimal) row[1]));
    }
    em.createQuery(
            "select c.id, c.patientId, c.serviceDate, l.procedureCode, c.frequency,"
                + " c.patientControlNumber from Claim c join c.lines l"
                + " where c.patient.id in :patientIds and c.status in :open",
            Object[].class)
        .setParameter("patientIds", patients)
        .setParameter("open", ClaimLookupQueries.BILLED)
        .getResultStream()
        .forEach(
            row ->
                page.openInDatabase.add(
                    new OpenService(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        (LocalDate) row[2],
                        (String) row[3],
                        ClaimFrequency.of((String) row[4]),
                        (String) row[5])));
    return page;
  }

  /** A claim built (and scrubbed) in this page: later claims of the page see it. */
  public void built(Claim claim) {
    builtHere.add(claim);
  }

  @Override
  public Optional<Coverage> primaryCoverage(long patientId, LocalDate on) {
    return coverages.getOrDefault(patientId, List.of()).stream()
        .filter(c -> c.getCobOrder() == CobOrder.PRIMARY && c.isActiveOn(on))
        .findFirst();
  }

  @Override
  public Optional<Provider> billingProvider() {
    return billingProvider;
  }

  @Override
  public Optional<BigDecimal> feePerUnit(String code, LocalDate on) {
    return FeeScheduleEntry.inForce(fees, code, on).map(FeeScheduleEntry::getAmountPerUnit);
  }

  @Override
  public Optional<Authorization> authorization(long patientId, long payerId, LocalDate on) {
    return authorizations.getOrDefault(patientId, List.of()).stream()
        .filter(a -> a.getPayerId() == payerId && a.covers(on))
        .findFirst();
  }

  @Override
  public DisclosureDecision disclosure(long patientId, long payerId, LocalDate on) {
    return consents.mayDisclose(patientId, payerId, on);
  }

  @Override
  public String hcpcsOfNdc(String ndc11) {
    return hcpcsByNdc
        .computeIfAbsent(ndc11, ndc -> Optional.ofNullable(queried.hcpcsOfNdc(ndc)))
        .orElse(null);
  }

  @Override
  public BigDecimal unitsBilled(Authorization authorization, Claim self) {
    BigDecimal units = unitsBilledInDatabase.getOrDefault(authorization.getId(), BigDecimal.ZERO);
    for (Claim other : builtHere) {
      if (other != self
          && other.getStatus().isBilled()
          && other.getAuthorization() != null
          && Objects.equals(other.getAuthorization().getId(), authorization.getId())) {
        for (ClaimLine l : other.getLines()) {
          if (ClaimBuilder.DRUG.equals(l.getProcedureCode())) {
            units = units.add(l.getUnits());
          }
        }
      }
    }
    return units;
  }

  @Override
  public List<String> duplicatesOf(Claim claim) {
    Set<String> found = new LinkedHashSet<>();
    for (String code :
        claim.getLines().stream().map(ClaimLine::getProcedureCode).distinct().toList()) {
      record Match(long id, ClaimFrequency frequency, String pcn) {}
      List<Match> matches = new ArrayList<>();
      for (OpenService s : openInDatabase) {
        if (s.patientId() == claim.getPatientId()
            && s.serviceDate().equals(claim.getServiceDate())
            && s.procedureCode().equals(code)
            && !Objects.equals(s.claimId(), claim.getId())) {
          matches.add(new Match(s.claimId(), s.frequency(), s.patientControlNumber()));
        }
      }
      for (Claim other : builtHere) {
        if (other != claim
            && other.getStatus().isBilled()
            && other.getPatientId() == claim.getPatientId()
            && other.getServiceDate().equals(claim.getServiceDate())
            && other.getLines().stream().anyMatch(l -> l.getProcedureCode().equals(code))) {
          matches.add(
              new Match(other.getId(), other.getFrequency(), other.getPatientControlNumber()));
        }
      }
      matches.stream()
          .sorted(Comparator.comparingLong(Match::id))
          .filter(m -> m.frequency() == claim.getFrequency())
          .forEach(m -> found.add(m.pcn()));
    }
    return List.copyOf(found);
  }
}
