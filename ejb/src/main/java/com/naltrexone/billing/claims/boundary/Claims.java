package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.control.ClaimBuilder;
import com.naltrexone.billing.claims.control.ClaimScrubber;
import com.naltrexone.billing.claims.control.ScrubFacts;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.Finding;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.DoseKind;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Claims: built from billable doses, scrubbed (held or ready), listed by status for the biller's
 * queues. Sending is the submission job's.
 */
@Stateless
public class Claims {

  private static final Logger LOG = Logger.getLogger(Claims.class.getName());
  private static final List<Route> BILLED_BY_US =
      java.util.Arrays.stream(Route.values()).filter(Route::isBilledByUs).toList();

  @PersistenceContext EntityManager em;
  @Inject ClaimBuilder builder;
  @Inject ScrubFacts facts;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** What one building pass did. */
  public record BuildResult(int built, int held, int ready, List<String> skipped) {}

  /**
   * Builds and scrubs a claim for every billable dose that has none yet. Safe to run any number of
   * times: a dose gets one original claim per coverage (enforced by a unique key too).
   */
  public BuildResult buildBillable() {
    List<Dose> doses =
        em.createQuery(
                "select d from Dose d where d.kind = :injection and d.route in :routes and not exists (select c from Claim c"
                    + " where c.dose = d and c.frequency = '1') order by d.id",
                Dose.class)
            // Billable means exactly this (Dose.injection); the boolean column is not compared:
            // Payara's EclipseLink 4.0.1 binds booleans as 1/0, which H2 2.x refuses to compare.
            .setParameter("injection", DoseKind.INJECTION)
            .setParameter("routes", BILLED_BY_US)
            .getResultList();
    int held = 0;
    int ready = 0;
    List<String> skipped = new ArrayList<>();
    Instant now = clock.instant();
    for (Dose dose : doses) {
      ClaimBuilder.Outcome outcome = builder.build(dose, now);
      if (outcome.claim() == null) {
        skipped.add("dose " + dose.getId() + ": " + outcome.skippedBecause());
        continue;
      }
      scrub(outcome.claim(), now, "system");
      audit.record("claim.built", "Claim", outcome.claim().getId(), "dose=" + dose.getId());
      if (outcome.claim().getStatus() == ClaimStatus.HELD) {
        held++;
      } else {
        ready++;
      }
    }
    BuildResult result = new BuildResult(held + ready, held, ready, skipped);
    LOG.info(
        () ->
            "Claims built: "
                + result.built()
                + " ("
                + result.held()
                + " held, "
                + result.ready()
                + " ready), doses skipped: "
                + result.skipped().size());
    return result;
  }

  /** Runs the scrubber again (after a correction) on a claim that has not left. */
  public Claim rescrub(long claimId) {
    Claim claim = get(claimId);
    if (!claim.getStatus().isCorrectable()) {
      throw new ConflictException(
          "Claim "
              + claim.getPatientControlNumber()
              + " is "
              + claim.getStatus()
              + "; only held, ready or rejected claims are scrubbed again.");
    }
    scrub(claim, clock.instant(), null);
    audit.record("claim.rescrubbed", "Claim", claimId, claim.getStatus().name());
    return claim;
  }

  /**
   * Scrubs a claim in the caller's transaction: keeps findings a human must clear (fee schedule,
   * 999/277CA rejections) only when they still apply, by recomputing everything.
   */
  public void scrub(Claim claim, Instant now, String actor) {
    List<Finding> found =
        new ArrayList<>(ClaimScrubber.scrub(facts.of(claim, LocalDate.now(clock))));
    if (claim.getTotalCharge().signum() == 0) {
      found.add(
          Finding.error(
              "FEE_MISSING",
              "The claim has no charge: add fee schedule amounts for its codes, then rescrub."));
    }
    claim.scrubbed(found, now, actor == null ? audit.actor() : actor);
  }

  public Claim get(long id) {
    Claim c = em.find(Claim.class, id);
    if (c == null) {
      throw new UnknownEntityException("claim", id);
    }
    return c;
  }

  public Page<Claim> byStatus(ClaimStatus status, int first, int max) {
    List<Claim> items =
        em.createNamedQuery(Claim.BY_STATUS, Claim.class)
            .setParameter("status", status)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    long total =
        em.createNamedQuery(Claim.COUNT_BY_STATUS, Long.class)
            .setParameter("status", status)
            .getSingleResult();
    return new Page<>(items, total, first, max);
  }

  /** For the submission job: builds in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BuildResult buildBillableNow() {
    return buildBillable();
  }
}
