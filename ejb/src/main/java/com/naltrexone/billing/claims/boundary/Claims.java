package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.control.ClaimBuilder;
import com.naltrexone.billing.claims.control.ClaimLookupQueries;
import com.naltrexone.billing.claims.control.ClaimScrubber;
import com.naltrexone.billing.claims.control.PageLookups;
import com.naltrexone.billing.claims.control.ScrubFacts;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.Finding;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.platform.PlannerStatistics;
import com.naltrexone.billing.platform.SharedWork;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.DoseKind;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims: built from billable doses, scrubbed (held or ready), listed by status for the biller's
 * queues. Sending is the submission job's.
 */
@Stateless
public class Claims {

  private static final Logger LOG = Logger.getLogger(Claims.class.getName());
  static final int PAGE = 500;
  private static final List<Route> BILLED_BY_US =
      java.util.Arrays.stream(Route.values()).filter(Route::isBilledByUs).toList();

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject ClaimBuilder builder;
  @Inject ScrubFacts facts;
  @Inject ClaimLookupQueries lookups;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @EJB PlannerStatistics statistics;
  @Resource ManagedExecutorService executor;

  /**
   * Into how many parts (by patient) a build is split, each built on its own thread (the caller's
   * and threads of the default managed executor). 1: one thread.
   */
  @Inject
  @ConfigProperty(name = "billing.claims.build-threads", defaultValue = "2")
  int buildThreads;

  /**
   * The claim tables this build grows: their planner statistics are refreshed each time the build
   * has doubled what it wrote since the last refresh (after 1,000, 2,000, 4,000... claims) and at
   * its end, so a 100,000-claim build analyses them about eight times.
   */
  static final List<String> GROWN_TABLES =
      List.of("claim", "claim_line", "claim_diagnosis", "claim_status_change", "claim_finding");

  static final int FIRST_REFRESH = 1_000;

  /** What one building pass did. */
  public record BuildResult(int built, int held, int ready, List<String> skipped) {}

  /**
   * What a submission run does with the claims its build finds READY, in the page's transaction:
   * puts them straight into the run's interchanges ({@link ClaimSubmission#build}), so they are
   * written to the database once, already batched, instead of written READY and updated by the
   * batch step.
   */
  @FunctionalInterface
  public interface Batching {
    void batch(List<Claim> ready, Instant now);
  }

  /** Builds and scrubs claims for every billable dose that has none yet; see the other one. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BuildResult buildBillable() {
    return buildBillable(null);
  }

  /**
   * Builds and scrubs a claim for every billable dose that has none yet. Safe to run any number of
   * times: a dose gets one original claim per coverage (enforced by a unique key too). Works in
   * pages of {@value #PAGE} doses, each in its own transaction, so memory and the cost of each
   * query stay flat however many doses are waiting.
   *
   * <p>The doses are split into {@code billing.claims.build-threads} parts by patient ({@link
   * #billableDoses(long, int, int, int)}), built at the same time on this thread and threads of the
   * default managed executor ({@link SharedWork}: a part no helper takes is built here after the
   * others). Everything a claim's scrubber compares it with belongs to its own patient (the
   * patient's other claims for duplicates, the patient's authorization units, consents and
   * coverages), so a part never needs what another part has not committed yet; each part's pages
   * still see its own earlier pages.
   *
   * @param batching what to do with each page's READY claims before the page commits, or null (they
   *     stay READY)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BuildResult buildBillable(Batching batching) {
    Claims self = context.getBusinessObject(Claims.class);
    int parts = Math.max(1, buildThreads);
    Tally tally = new Tally();
    SharedWork.run(
        parts, part -> buildPart(self, part, parts, batching, tally), executor, parts - 1);
    if (tally.needsFinalRefresh()) {
      // for the steps that follow (batching, writing, sending read these claims again)
      statistics.refresh(GROWN_TABLES);
    }
    BuildResult result = tally.result();
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

  /** Builds part {@code part} of {@code parts}, page by page, adding each page to the tally. */
  private void buildPart(Claims self, int part, int parts, Batching batching, Tally tally) {
    long after = 0;
    List<Long> scanned;
    do {
      scanned = self.billableDoses(after, PAGE, part, parts);
      List<Long> page = scanned.isEmpty() ? List.of() : self.withoutOriginalClaim(scanned);
      if (!page.isEmpty() && tally.add(self.buildPage(page, batching))) {
        statistics.refresh(GROWN_TABLES);
      }
      if (!scanned.isEmpty()) {
        after = scanned.get(scanned.size() - 1);
      }
    } while (scanned.size() == PAGE);
  }

  /** What the parts of one build have done so far, and when the statistics are due. */
  private static final class Tally {
    private int built;
    private int held;
    private final List<String> skipped = new ArrayList<>();
    private int refreshAt = FIRST_REFRESH;
    private int refreshedAt;

    /** Adds a page; true when the claim tables' statistics are now due (for one caller only). */
    synchronized boolean add(BuildResult page) {
      built += page.built();
      held += page.held();
      skipped.addAll(page.skipped());
      if (built < refreshAt) {
        return false;
      }
      refreshedAt = built;
      refreshAt = 2 * built;
      return true;
    }

    synchronized boolean needsFinalRefresh() {
      return built >= FIRST_REFRESH && built > refreshedAt;
    }

    synchronized BuildResult result() {
      return new BuildResult(built, held, built - held, List.copyOf(skipped));
    }
  }

  /**
   * Ids of billable doses after {@code afterId}, in id order, whether built or not: a keyset page
   * over the dose table's primary key. Which of them still need a claim is a second, indexed query
   * ({@link #withoutOriginalClaim}); one query with NOT EXISTS let PostgreSQL choose a hash
   * anti-join over every claim for each page (20 ms a page at 5,000 claims, growing with the
   * table). Only those of part {@code part} of {@code parts}: the doses of the patients whose id,
   * hashed ({@link #partOf}), falls in that part (all of them when {@code parts} is 1).
   */
  public List<Long> billableDoses(long afterId, int max, int part, int parts) {
    return em.createQuery(
            "select d.id from Dose d where d.id > :after and d.kind = :injection"
                + " and d.route in :routes and mod(mod(d.patient.id * 7919, 997), :parts) = :part"
                + " order by d.id",
            Long.class)
        // Billable means exactly this (Dose.injection); the boolean column is not compared:
        // Payara's EclipseLink 4.0.1 binds booleans as 1/0, which H2 2.x refuses to compare.
        .setParameter("after", afterId)
        .setParameter("injection", DoseKind.INJECTION)
        .setParameter("routes", BILLED_BY_US)
        .setParameter("parts", parts)
        .setParameter("part", part)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Which of {@code parts} parts a build puts a patient's doses in: a multiplicative hash of the id
   * (times 7919, mod the prime 997), then mod {@code parts}. Taking the id mod {@code parts} alone
   * would put every patient in one part whenever ids are drawn in even steps (a sequence's
   * increment of 500, or a patient and the rows made with it taking the ids in between); the hash
   * spreads consecutive ids and such steps alike. The query of {@link #billableDoses(long, int,
   * int, int)} computes the same.
   */
  public static int partOf(long patientId, int parts) {
    return (int) Math.floorMod(Math.floorMod(patientId * 7919, 997L), (long) parts);
  }

  /** Those of {@code doseIds} that have no original claim yet, in the same order. */
  public List<Long> withoutOriginalClaim(List<Long> doseIds) {
    java.util.Set<Long> built =
        new java.util.HashSet<>(
            em.createQuery(
                    "select c.dose.id from Claim c where c.dose.id in :ids and c.frequency = '1'",
                    Long.class)
                .setParameter("ids", doseIds)
                .getResultList());
    return doseIds.stream().filter(id -> !built.contains(id)).toList();
  }

  /**
   * Builds and scrubs the claims of one page of doses, in one transaction. The doses (with their
   * patients, prescriptions, locations, lots and providers) and every fact building and scrubbing
   * need are read for the whole page first, one query per kind ({@link PageLookups}); the claims
   * are then built in memory and written together when the transaction commits.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BuildResult buildPage(List<Long> doseIds, Batching batching) {
    int held = 0;
    List<Claim> ready = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    // Nothing is changed while the page's facts are read, so their queries need not flush: with
    // AUTO, EclipseLink compared every entity read so far with its copy before each query (about a
    // third of the JVM's work in this method, by a JFR profile of the 100,000-claim benchmark).
    em.setFlushMode(FlushModeType.COMMIT);
    List<Dose> doses =
        em.createQuery("select d from Dose d where d.id in :ids order by d.id", Dose.class)
            .setParameter("ids", doseIds)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "d.patient")
            .setHint("eclipselink.batch", "d.prescription")
            .setHint("eclipselink.batch", "d.prescription.diagnosisCodes")
            .setHint("eclipselink.batch", "d.location")
            .setHint("eclipselink.batch", "d.lot")
            .setHint("eclipselink.batch", "d.administeredBy")
            .getResultList();
    PageLookups page = lookups.forPage(doses);
    em.setFlushMode(FlushModeType.AUTO);
    for (Dose dose : doses) {
      ClaimBuilder.Outcome outcome = builder.build(dose, now, page);
      if (outcome.claim() == null) {
        skipped.add("dose " + dose.getId() + ": " + outcome.skippedBecause());
        continue;
      }
      Claim claim = outcome.claim();
      claim.scrubbed(ClaimScrubber.scrub(facts.of(claim, today, page)), now, "system");
      page.built(claim);
      audit.record("claim.built", "Claim", claim.getId(), "dose=" + dose.getId());
      if (claim.getStatus() == ClaimStatus.HELD) {
        held++;
      } else {
        ready.add(claim);
      }
    }
    if (batching != null && !ready.isEmpty()) {
      batching.batch(ready, now);
    }
    return new BuildResult(held + ready.size(), held, ready.size(), skipped);
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
    List<Finding> found = ClaimScrubber.scrub(facts.of(claim, LocalDate.now(clock)));
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
    // The page's ids first, from the (status, id) index alone, so a deep page does not read every
    // skipped claim; then those claims, and their collections for the whole page at once ("IN"
    // batch fetching), not claim by claim when the JSON is written.
    List<Long> ids =
        em.createQuery(
                "select c.id from Claim c where c.status = :status order by c.id", Long.class)
            .setParameter("status", status)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    List<Claim> items =
        ids.isEmpty()
            ? List.of()
            : em.createQuery("select c from Claim c where c.id in :ids order by c.id", Claim.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.lines")
                .setHint("eclipselink.batch", "c.findings")
                .setHint("eclipselink.batch", "c.history")
                .setHint("eclipselink.batch", "c.diagnosisCodes")
                .getResultList();
    long total =
        em.createNamedQuery(Claim.COUNT_BY_STATUS, Long.class)
            .setParameter("status", status)
            .getSingleResult();
    return new Page<>(items, total, first, max);
  }
}
