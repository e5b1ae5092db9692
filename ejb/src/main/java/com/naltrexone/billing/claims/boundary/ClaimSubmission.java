package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.claims.control.Claim837Writer;
import com.naltrexone.billing.claims.control.ClaimDocument;
import com.naltrexone.billing.claims.control.ClaimDocuments;
import com.naltrexone.billing.claims.control.ClaimScrubber;
import com.naltrexone.billing.claims.control.Envelope;
import com.naltrexone.billing.claims.control.Interchange837;
import com.naltrexone.billing.claims.control.ScrubFacts;
import com.naltrexone.billing.claims.control.X12Identity;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.Finding;
import com.naltrexone.billing.claims.entity.SubmissionRun;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.entity.DisclosureKind;
import com.naltrexone.billing.edi.control.Clearinghouse;
import com.naltrexone.billing.edi.control.ClearinghouseException;
import com.naltrexone.billing.edi.control.FileAlreadyThereException;
import com.naltrexone.billing.edi.control.OutboundFile;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.platform.ChunkedOutput;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.JobLock;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sending claims, as steps the submission job calls, each in its own transaction so that the
 * database always says exactly where every claim is: READY, then BATCHED into one interchange per
 * payer (control numbers drawn and stored), then written (the file kept byte for byte; claims the
 * schema refuses go back to HELD), then SENT once the clearinghouse confirmed the file. A run that
 * dies half way leaves state the next run finishes, so no claim is ever sent twice.
 */
@Stateless
public class ClaimSubmission {

  private static final Logger LOG = Logger.getLogger(ClaimSubmission.class.getName());

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject Clearinghouse clearinghouse;
  @Inject ClaimDocuments documents;
  @Inject ScrubFacts facts;
  @EJB Claims claims;
  @EJB Part2Consents consents;

  @Inject X12Identity x12;

  /**
   * Whether the 837P writer checks claims with {@code X12GuideCheck} first (StAEDI validating only
   * the claims the check cannot vouch for), or has StAEDI validate every claim and the file.
   */
  @Inject
  @ConfigProperty(name = "billing.claims.guide-check", defaultValue = "true")
  boolean guideCheck;

  /**
   * How many threads of the default managed executor check claims beside the job's own thread while
   * an interchange is written (the checks are per claim; the file is still written in order on one
   * thread). 0: the job's thread alone.
   */
  @Inject
  @ConfigProperty(name = "billing.claims.writer-helpers", defaultValue = "1")
  int writerHelpers;

  @Resource ManagedExecutorService executor;

  /**
   * Opens a run unless one is in progress (checked under a row lock, so two instances or a manual
   * and a scheduled start cannot both pass).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SubmissionRun open(String trigger) {
    em.find(JobLock.class, JobLock.CLAIM_SUBMISSION, LockModeType.PESSIMISTIC_WRITE);
    List<SubmissionRun> active =
        em.createNamedQuery(SubmissionRun.ACTIVE, SubmissionRun.class).getResultList();
    if (!active.isEmpty()) {
      throw new ConflictException(
          "Submission run " + active.get(0).getId() + " is still running; wait for it to finish.");
    }
    SubmissionRun run = new SubmissionRun(trigger, clock.instant());
    em.persist(run);
    em.flush();
    return run;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void started(long runId, long executionId) {
    run(runId).started(executionId);
  }

  /** Marks runs whose job execution is no longer alive as failed (after a crash or restart). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void abandon(long runId, String why) {
    run(runId).finished(clock.instant(), "ABANDONED", why);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long runId, String status, String why) {
    run(runId).finished(clock.instant(), status, why);
  }

  /**
   * Step 1: claims for new billable doses (in pages, each its own transaction). The claims a page
   * finds READY go straight into this run's interchanges in the page's transaction ({@link
   * #batchBuilt}): scrubbed moments ago, they need no second look, and each is written to the
   * database once instead of inserted READY and updated by the batch step.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void build(long runId) {
    ClaimSubmission self = context.getBusinessObject(ClaimSubmission.class);
    Claims.BuildResult result =
        claims.buildBillable((ready, now) -> self.batchBuilt(runId, ready, now));
    self.countBuilt(runId, result.built());
  }

  /**
   * Puts claims a build page of run {@code runId} has just made and found READY into the run's
   * interchange for their payer, in the page's transaction, with ST02s drawn in one statement; they
   * count as read by the run (the batch step then reads only claims that were READY before). The
   * claims are not flushed READY first: nothing here flushes (a new interchange is made in a
   * transaction of its own).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void batchBuilt(long runId, List<Claim> ready, Instant now) {
    FlushModeType mode = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      intoInterchanges(runId, ready, now);
    } finally {
      em.setFlushMode(mode);
    }
    em.createNamedQuery(SubmissionRun.ADD_READ)
        .setParameter("n", ready.size())
        .setParameter("id", runId)
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void countBuilt(long runId, int built) {
    run(runId).built(built);
  }

  /**
   * The batch step (re)starts after claim {@code afterId}: records on the run how many READY claims
   * are ahead of it, once, for the progress bar.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void willBatchAfter(long runId, long afterId) {
    long ahead =
        em.createQuery(
                "select count(c) from Claim c where c.status = :status and c.id > :after",
                Long.class)
            .setParameter("status", ClaimStatus.READY)
            .setParameter("after", afterId)
            .getSingleResult();
    run(runId).willBatch(ahead);
  }

  /** The ids of READY claims after {@code afterId}, in id order (the reader's checkpoint). */
  public List<Long> readyAfter(long afterId, int max) {
    return em.createQuery(
            "select c.id from Claim c where c.status = :status and c.id > :after order by c.id",
            Long.class)
        .setParameter("status", ClaimStatus.READY)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Step 2, per claim (in the chunk's transaction): scrubs a READY claim once more, since its data
   * may have changed since it was built (claims this run's build found READY are batched by the
   * build and never read here). Returns its id when it may be batched, null when it is no longer
   * READY or the scrubber held it. A claim filtered out here is counted as read here; one returned
   * is counted by {@link #batch}, which every claim handed on reaches. An exception while reading
   * the claim's data becomes {@link ClaimNotProcessable}, which does not roll the chunk back: the
   * job skips this claim.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Long check(long runId, long claimId) {
    Claim claim = em.find(Claim.class, claimId);
    if (claim == null || claim.getStatus() != ClaimStatus.READY) {
      run(runId).read(1);
      return null;
    }
    List<Finding> found;
    try {
      // Not through the Claims EJB: a system exception crossing an EJB boundary would mark the
      // chunk's transaction rollback-only, and the good claims of the chunk would not go out.
      found = ClaimScrubber.scrub(facts.of(claim, LocalDate.now(clock)));
    } catch (RuntimeException e) {
      run(runId).read(1);
      throw new ClaimNotProcessable(claimId, e);
    }
    claim.scrubbed(found, clock.instant(), "system");
    if (claim.getStatus() != ClaimStatus.READY) {
      run(runId).read(1);
      run(runId).held(1);
      return null;
    }
    return claimId;
  }

  /**
   * The skip listener's half of step 2: holds a claim that could not be processed, with a finding
   * that tells the biller what happened, so the rest of the run goes out.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void holdUnprocessable(long runId, long claimId, Exception why) {
    LOG.warning(
        () ->
            "run " + runId + ": claim " + claimId + " skipped (" + why.getClass().getName() + ")");
    Claim claim = em.find(Claim.class, claimId);
    if (claim == null || claim.getStatus() != ClaimStatus.READY) {
      return;
    }
    Instant now = clock.instant();
    claim.found(
        Finding.error(
            "UNPROCESSABLE",
            "The nightly submission could not read this claim's data ("
                + (why.getCause() == null ? why : why.getCause()).getClass().getSimpleName()
                + "), so it was held and the other claims went out. Check its lines and"
                + " diagnosis pointers, correct them and scrub the claim again."),
        now);
    claim.moveTo(ClaimStatus.HELD, now, "system", "skipped by the submission job");
    run(runId).held(1);
  }

  /**
   * Step 2, per chunk: puts checked claims that are still READY into this run's interchange for
   * their payer, and counts them as read. The chunk's claims are read in one query and their ST02
   * control numbers drawn in one statement, in claim id order, before anything is changed (so no
   * query flushes half a chunk); the changes go to the database together when the chunk commits.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void batch(long runId, List<Long> claimIds) {
    if (claimIds.isEmpty()) {
      return;
    }
    SubmissionRun run = run(runId);
    run.read(claimIds.size());
    Instant now = clock.instant();
    List<Claim> ready =
        em.createQuery("select c from Claim c where c.id in :ids order by c.id", Claim.class)
            .setParameter("ids", claimIds)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "c.history")
            .getResultStream()
            .filter(c -> c.getStatus() == ClaimStatus.READY)
            .toList();
    intoInterchanges(runId, ready, now);
    LOG.fine("run " + runId + ": " + ready.size() + " claims batched");
  }

  /**
   * Moves READY claims into run {@code runId}'s interchange for their payer (made when the run has
   * none yet), with ST02s drawn in one statement in the claims' order: the batch step's chunks and
   * the build's pages both batch this way.
   */
  private void intoInterchanges(long runId, List<Claim> ready, Instant now) {
    Map<Long, Long> interchangeByPayer = new java.util.HashMap<>();
    for (Claim claim : ready) {
      interchangeByPayer.computeIfAbsent(
          claim.getPayerId(), payer -> interchangeFor(runId, payer, now));
    }
    List<String> st02 = nextControlNumbers("st_control_seq", ready.size());
    for (int i = 0; i < ready.size(); i++) {
      Claim claim = ready.get(i);
      claim.batchedInto(interchangeByPayer.get(claim.getPayerId()), st02.get(i), now);
    }
  }

  /**
   * The id of run {@code runId}'s interchange for the payer, made when the run has none yet. It is
   * made in a transaction of its own ({@link #newInterchange}), so that the build's parts, each
   * batching its pages in its own transaction at the same time, find the one interchange another
   * part made instead of making a second one.
   */
  private long interchangeFor(long runId, long payerId, Instant now) {
    return building(runId, payerId)
        .orElseGet(
            () ->
                context
                    .getBusinessObject(ClaimSubmission.class)
                    .newInterchange(runId, payerId, now));
  }

  /**
   * Makes run {@code runId}'s interchange for the payer unless another transaction has just made
   * it: the submission's row lock ({@link JobLock#CLAIM_SUBMISSION}) lets one transaction at a time
   * look and make. Committed at once, before the claims that go in it: should their page roll back,
   * the interchange is written as empty (no file), as after any run that found nothing to send.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long newInterchange(long runId, long payerId, Instant now) {
    em.find(JobLock.class, JobLock.CLAIM_SUBMISSION, LockModeType.PESSIMISTIC_WRITE);
    return building(runId, payerId)
        .orElseGet(
            () -> {
              Interchange i =
                  Interchange.outbound837(
                      payerId,
                      nextControlNumber("isa_control_seq"),
                      nextControlNumber("gs_control_seq"),
                      x12.usage(),
                      x12.senderId(),
                      x12.receiverId(),
                      runId,
                      now);
              em.persist(i);
              em.flush();
              return i.getId();
            });
  }

  private java.util.Optional<Long> building(long runId, long payerId) {
    return em.createQuery(
            "select i.id from Interchange i where i.submissionRunId = :run and i.payerId = :payer"
                + " and i.status = :building",
            Long.class)
        .setParameter("run", runId)
        .setParameter("payer", payerId)
        .setParameter("building", Interchange.Status.BUILDING)
        .getResultStream()
        .findFirst();
  }

  /** The next value of an X12 control-number sequence as 9 digits (ISA13 is fixed width). */
  private String nextControlNumber(String sequence) {
    return nextControlNumbers(sequence, 1).get(0);
  }

  /**
   * The next {@code count} values of an X12 control-number sequence, ascending, as 9 digits, drawn
   * in one statement (PostgreSQL and H2 both evaluate {@code nextval} once per row).
   */
  private List<String> nextControlNumbers(String sequence, int count) {
    if (count == 0) {
      return List.of();
    }
    List<?> drawn = em.createNativeQuery(drawSql(sequence)).setParameter(1, count).getResultList();
    List<Long> values = drawn.stream().map(v -> ((Number) v).longValue()).sorted().toList();
    if (values.size() != count) {
      throw new IllegalStateException(sequence + ": drew " + values.size() + " of " + count);
    }
    if (values.get(values.size() - 1) > 999_999_999L) {
      throw new IllegalStateException(sequence + " is exhausted (9 digits)");
    }
    return values.stream().map(v -> String.format("%09d", v)).toList();
  }

  /**
   * One value of the sequence per row of a series as long as the one parameter (PostgreSQL and H2:
   * MigrationsOnH2Test).
   */
  public static String drawSql(String sequence) {
    return "select nextval('" + sequence + "') from generate_series(1, ?)";
  }

  /** Interchanges waiting to be written (this run's, and any a dead run left half done). */
  public List<Long> toWrite() {
    return idsWithStatus(Interchange.Status.BUILDING);
  }

  /** Interchanges written but not confirmed sent. */
  public List<Long> toSend() {
    List<Long> ids = new ArrayList<>(idsWithStatus(Interchange.Status.SENDING));
    ids.addAll(idsWithStatus(Interchange.Status.WRITTEN));
    return ids;
  }

  private List<Long> idsWithStatus(Interchange.Status status) {
    return em.createNamedQuery(Interchange.BY_STATUS, Interchange.class)
        .setParameter("status", status)
        .getResultStream()
        .map(Interchange::getId)
        .toList();
  }

  /**
   * Step 3: writes one interchange's claims as an 837P validated against the schema; a claim the
   * schema refuses goes back to HELD with the reason and is left out of the file.
   *
   * @return the file as stored (so the sender need not read it back), or null when nothing was
   *     written (not BUILDING any more, or no claim left in it)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] write(long interchangeId) {
    Interchange interchange = interchange(interchangeId);
    if (interchange.getStatus() != Interchange.Status.BUILDING) {
      return null;
    }
    Instant now = clock.instant();
    Envelope envelope = envelope(interchange, now);
    List<Long> ids =
        em.createQuery(
                "select c.id from Claim c where c.interchangeId = :interchangeId order by c.id",
                Long.class)
            .setParameter("interchangeId", interchangeId)
            .getResultList();
    // The claims as the 837P sees them, a slice at a time with everything they name read in one
    // query per kind; nothing has changed yet, so each slice's entities can be let go of.
    List<ClaimDocument> docs = new ArrayList<>(ids.size());
    List<String> st02 = new ArrayList<>(ids.size());
    for (List<Long> slice : slices(ids)) {
      for (Claim claim : claimsToWrite(slice)) {
        docs.add(documents.of(claim));
        st02.add(claim.getTransactionControlNumber());
      }
      em.clear();
    }
    ChunkedOutput out = new ChunkedOutput();
    Interchange837 result =
        new Claim837Writer(guideCheck, executor, writerHelpers).write(envelope, docs, st02, out);
    for (Interchange837.RejectedClaim rejected : result.rejected()) {
      Claim claim =
          em.createNamedQuery(Claim.BY_PCN, Claim.class)
              .setParameter("pcn", rejected.patientControlNumber())
              .getSingleResult();
      claim.unbatched(now, "refused by the 837P schema");
      claim.found(
          Finding.error("X12_SCHEMA", "The 837P schema refused this claim: " + rejected.describe()),
          now);
      claim.moveTo(ClaimStatus.HELD, now, "system", "837P schema");
    }
    interchange = interchange(interchangeId);
    if (!result.written()) {
      interchange.empty();
      return null;
    }
    byte[] bytes = out.toByteArray();
    interchange.written(bytes, sha256(bytes));
    em.createNamedQuery(SubmissionRun.ADD_WRITTEN)
        .setParameter("n", result.accepted().size())
        .setParameter("id", interchange.getSubmissionRunId())
        .executeUpdate();
    String isa13 = interchange.getIsa13();
    LOG.info(
        () ->
            "Interchange "
                + isa13
                + " written with "
                + result.accepted().size()
                + " claims ("
                + bytes.length
                + " bytes)");
    return bytes;
  }

  /** Claims with what their 837P names (lines, diagnoses, patient, coverage, providers). */
  private List<Claim> claimsToWrite(List<Long> ids) {
    return em.createQuery("select c from Claim c where c.id in :ids order by c.id", Claim.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.lines")
        .setHint("eclipselink.batch", "c.diagnosisCodes")
        .setHint("eclipselink.batch", "c.patient")
        .setHint("eclipselink.batch", "c.coverage")
        // a coverage's patient is eager: without this, one select per claim (the same patients)
        .setHint("eclipselink.batch", "c.coverage.patient")
        .setHint("eclipselink.batch", "c.payer")
        .setHint("eclipselink.batch", "c.billingProvider")
        .setHint("eclipselink.batch", "c.renderingProvider")
        .getResultList();
  }

  private static final int SLICE = 500;

  private static <T> List<List<T>> slices(List<T> items) {
    List<List<T>> slices = new ArrayList<>();
    for (int i = 0; i < items.size(); i += SLICE) {
      slices.add(items.subList(i, Math.min(items.size(), i + SLICE)));
    }
    return slices;
  }

  private Envelope envelope(Interchange interchange, Instant now) {
    return new Envelope(
        x12.senderQualifier(),
        x12.senderId(),
        x12.receiverQualifier(),
        x12.receiverId(),
        x12.production(),
        false,
        Long.parseLong(interchange.getIsa13()),
        x12.senderId(),
        x12.receiverId(),
        Long.parseLong(interchange.getGs06()),
        1,
        "B" + interchange.getIsa13(),
        LocalDateTime.ofInstant(now, clock.getZone()));
  }

  /**
   * Step 4: sends one written interchange. SENDING is committed before the upload, so after a crash
   * the next run knows an upload may have happened: the clearinghouse then finds a file of that
   * (never reused) name already there, and the claims count as sent, not sent twice.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void send(long interchangeId) {
    send(interchangeId, null);
  }

  /**
   * As {@link #send(long)}, with the file as {@link #write} stored it ({@code written}), or null to
   * read it from the database.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void send(long interchangeId, byte[] written) {
    ClaimSubmission self = context.getBusinessObject(ClaimSubmission.class);
    Interchange.Status before = interchange(interchangeId).getStatus();
    Interchange interchange = self.markSending(interchangeId, written == null);
    if (interchange == null) {
      return;
    }
    byte[] content = written == null ? interchange.getContent() : written;
    try {
      clearinghouse.send(new OutboundFile(interchange.getFileName(), content));
      self.markSent(interchangeId, null);
    } catch (FileAlreadyThereException e) {
      if (before == Interchange.Status.SENDING) {
        // An earlier attempt was cut off after the upload: that file is ours.
        self.markSent(interchangeId, "already at the clearinghouse from an interrupted attempt");
      } else {
        self.markFailed(
            interchangeId,
            "a different file named "
                + interchange.getFileName()
                + " is already at the clearinghouse; check the control number sequences");
      }
    } catch (ClearinghouseException | RuntimeException e) {
      LOG.warning("Interchange " + interchange.getIsa13() + " was not sent: " + e.getMessage());
      self.markFailed(interchangeId, e.getMessage());
    }
  }

  /**
   * Returns the interchange if it still needs sending, else null; with its file content when {@code
   * withContent} (else the lazy content is never read: 20 MB and more for a large run).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Interchange markSending(long interchangeId, boolean withContent) {
    Interchange i = interchange(interchangeId);
    if (i.getStatus() != Interchange.Status.WRITTEN
        && i.getStatus() != Interchange.Status.SENDING) {
      return null;
    }
    i.sending();
    if (withContent) {
      i.getContent(); // load the lazy file content before the transaction ends
    }
    return i;
  }

  /**
   * The clearinghouse has the file: the interchange and its claims are SENT, each claim with a
   * status change and a Part 2 disclosure, all in this one transaction. The claims are not read as
   * entities (nor their history): their ids, statuses and keys are read in one query, each slice's
   * status changes persisted against references to them, and the claims marked SENT in one update,
   * as {@link Claim#sent} would mark each.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markSent(long interchangeId, String note) {
    Interchange i = interchange(interchangeId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    i.sent(now);
    String isa13 = i.getIsa13();
    Long runId = i.getSubmissionRunId();
    List<ToMarkSent> claimsSent =
        em.createNamedQuery(Claim.TO_MARK_SENT, Object[].class)
            .setParameter("interchangeId", interchangeId)
            .getResultStream()
            .map(ToMarkSent::of)
            .toList();
    // A slice at a time: the slice's patients' consents in one query, the status changes and
    // disclosures written together; then the claims marked SENT in one statement.
    List<Long> consentChanged = new ArrayList<>();
    for (List<ToMarkSent> slice : slices(claimsSent)) {
      Part2Consents.PageDecisions decisions =
          consents.mayDiscloseAll(slice.stream().map(ToMarkSent::patientId).distinct().toList());
      List<Part2Consents.Disclosure> disclosures = new ArrayList<>();
      for (ToMarkSent c : slice) {
        em.persist(
            Claim.sentChange(em.getReference(Claim.class, c.id()), c.status(), interchangeId, now));
        // The consent was checked when the claim was batched, minutes ago. Should it have been
        // revoked since, the file has still left: say so on the claim instead of failing the run.
        if (decisions.mayDisclose(c.patientId(), c.payerId(), today).allowed()) {
          disclosures.add(
              new Part2Consents.Disclosure(
                  c.patientId(),
                  c.payerId(),
                  DisclosureKind.CLAIM_837,
                  c.patientControlNumber() + " in ISA13 " + isa13));
        } else {
          consentChanged.add(c.id());
        }
      }
      consents.recordDisclosures(disclosures, decisions);
      em.flush();
      em.clear();
    }
    em.createNamedQuery(Claim.MARK_SENT)
        .setParameter("sent", ClaimStatus.SENT)
        .setParameter("at", now)
        .setParameter("interchangeId", interchangeId)
        .executeUpdate();
    for (long claimId : consentChanged) {
      em.find(Claim.class, claimId)
          .found(
              Finding.warning(
                  "PART2_CHANGED",
                  "The Part 2 consent changed while this claim was being sent; review the"
                      + " disclosure with the privacy officer."),
              now);
    }
    if (runId != null) {
      em.createNamedQuery(SubmissionRun.ADD_SENT)
          .setParameter("n", claimsSent.size())
          .setParameter("id", runId)
          .executeUpdate();
    }
    LOG.info(
        "Interchange "
            + isa13
            + " sent with "
            + claimsSent.size()
            + " claims"
            + (note == null ? "" : " (" + note + ")"));
  }

  /** A claim of a file being marked SENT, as {@link Claim#TO_MARK_SENT} reads it. */
  private record ToMarkSent(
      long id, ClaimStatus status, long patientId, long payerId, String patientControlNumber) {

    static ToMarkSent of(Object[] row) {
      return new ToMarkSent(
          (Long) row[0], (ClaimStatus) row[1], (Long) row[2], (Long) row[3], (String) row[4]);
    }
  }

  /** The upload failed: the claims go back to READY with the reason, and go in the next run. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markFailed(long interchangeId, String why) {
    Interchange i = interchange(interchangeId);
    i.sendFailed(why);
    Instant now = clock.instant();
    for (Claim claim :
        em.createNamedQuery(Claim.IN_INTERCHANGE, Claim.class)
            .setParameter("interchangeId", interchangeId)
            .getResultList()) {
      claim.found(Finding.warning("SEND_FAILED", "Sending failed, retried next run: " + why), now);
      claim.unbatched(now, "upload failed: " + why);
    }
  }

  public Interchange interchange(long id) {
    Interchange i = em.find(Interchange.class, id);
    if (i == null) {
      throw new UnknownEntityException("interchange", id);
    }
    return i;
  }

  public SubmissionRun run(long id) {
    SubmissionRun r = em.find(SubmissionRun.class, id);
    if (r == null) {
      throw new UnknownEntityException("submission run", id);
    }
    return r;
  }

  public List<SubmissionRun> recentRuns(int max) {
    return em.createNamedQuery(SubmissionRun.RECENT, SubmissionRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
