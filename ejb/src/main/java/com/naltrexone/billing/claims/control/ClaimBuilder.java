package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.NdcUnit;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a billable dose into its claim for the primary coverage: buy-and-bill gives J2315 x 380
 * (JZ, or a JW line for waste, where the payer requires it; the 340B modifier at a 340B location
 * for Medicare) with the lot's NDC in the payer's unit, plus 96372 x 1; a specialty-pharmacy kit
 * gives 96372 only. Charges come from the fee schedule in force on the date of service.
 */
@Dependent
public class ClaimBuilder {

  static final String DRUG = "J2315";
  static final String ADMINISTRATION = "96372";
  private static final Set<String> MEDICARE_FILING = Set.of("MB", "MA", "16");

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "billing.claims.modifier-340b", defaultValue = "TB")
  String modifier340b;

  @Inject
  @ConfigProperty(name = "billing.claims.vivitrol-ml-per-kit", defaultValue = "4")
  BigDecimal mlPerKit;

  /** What happened to one dose. */
  public record Outcome(Claim claim, String skippedBecause) {}

  @Inject ClaimLookupQueries queries;

  /** Builds the dose's claim asking the database each question on its own. */
  public Outcome build(Dose dose, Instant now) {
    return build(dose, now, queries);
  }

  /** Builds the dose's claim with the answers of {@code lookups} (e.g. a page's). */
  public Outcome build(Dose dose, Instant now, ClaimLookups lookups) {
    Optional<Coverage> primary = lookups.primaryCoverage(dose.getPatientId(), dose.getGivenOn());
    if (primary.isEmpty()) {
      return new Outcome(null, "no primary coverage active on " + dose.getGivenOn());
    }
    if (dose.getLocation() == null) {
      return new Outcome(null, "the dose has no location (place of service)");
    }
    Prescription rx = dose.getPrescription();
    Provider rendering =
        dose.getAdministeredBy() != null
                && dose.getAdministeredBy().getKind() == ProviderKind.RENDERING
            ? dose.getAdministeredBy()
            : rx.getPrescriber();
    Claim claim =
        new Claim(
            dose,
            primary.get(),
            dose.getLocation(),
            lookups.billingProvider().orElse(null),
            rendering,
            rx.getDiagnosisCodes(),
            now);
    em.persist(claim); // the sequence id is assigned here, so the claim can be numbered
    claim.number();
    Payer payer = primary.get().getPayer();
    addLines(claim, dose, payer, lookups);
    claim.authorizedBy(
        lookups.authorization(dose.getPatientId(), payer.getId(), dose.getGivenOn()).orElse(null));
    return new Outcome(claim, null);
  }

  private void addLines(Claim claim, Dose dose, Payer payer, ClaimLookups lookups) {
    LocalDate dos = dose.getGivenOn();
    List<Integer> pointers =
        IntStream.rangeClosed(1, Math.min(4, claim.getDiagnosisCodes().size())).boxed().toList();
    if (dose.getRoute() == Route.BUY_AND_BILL) {
      int waste = dose.getWasteMg() == null ? 0 : dose.getWasteMg();
      BigDecimal given = ClaimScrubber.VIVITROL_UNITS.subtract(BigDecimal.valueOf(waste));
      List<String> modifiers = new ArrayList<>();
      if (payer.isRequiresJzJw() && waste == 0) {
        modifiers.add("JZ");
      }
      if (claim.getLocation().isIs340b()
          && MEDICARE_FILING.contains(payer.getClaimFilingIndicator())) {
        modifiers.add(modifier340b);
      }
      addDrugLine(claim, dose, payer, modifiers, given, pointers, lookups);
      if (waste > 0) {
        List<String> jw = new ArrayList<>(List.of("JW"));
        modifiers.stream().filter(m -> !"JZ".equals(m)).forEach(jw::add);
        addDrugLine(claim, dose, payer, jw, BigDecimal.valueOf(waste), pointers, lookups);
      }
    }
    BigDecimal adminCharge = fee(lookups, ADMINISTRATION, dos, BigDecimal.ONE);
    claim.addLine(ADMINISTRATION, List.of(), adminCharge, BigDecimal.ONE, pointers);
  }

  private void addDrugLine(
      Claim claim,
      Dose dose,
      Payer payer,
      List<String> modifiers,
      BigDecimal units,
      List<Integer> pointers,
      ClaimLookups lookups) {
    BigDecimal charge = fee(lookups, DRUG, dose.getGivenOn(), units);
    var line = claim.addLine(DRUG, modifiers, charge, units, pointers);
    BigDecimal kits = units.divide(ClaimScrubber.VIVITROL_UNITS, 3, RoundingMode.HALF_UP);
    BigDecimal quantity = payer.getNdcUnit() == NdcUnit.ML ? kits.multiply(mlPerKit) : kits;
    line.drug(dose.getNdc11(), quantity.stripTrailingZeros(), payer.getNdcUnit().name());
  }

  /**
   * Our charge: the fee schedule's amount per unit times the units, in cents; zero when no amount
   * is in force on the date (the scrubber then holds the claim: FEE_MISSING).
   */
  private static BigDecimal fee(
      ClaimLookups lookups, String code, LocalDate dos, BigDecimal units) {
    return lookups
        .feePerUnit(code, dos)
        .map(perUnit -> perUnit.multiply(units).setScale(2, RoundingMode.HALF_UP))
        .orElse(BigDecimal.ZERO.setScale(2));
  }

  /** The approved J2315 authorization covering the date, if the payer has given one. */
  public Optional<Authorization> authorizationFor(Dose dose, Payer payer) {
    return queries.authorization(dose.getPatientId(), payer.getId(), dose.getGivenOn());
  }
}
