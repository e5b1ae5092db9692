package com.naltrexone.billing.remittance.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.remittance.control.LineMatcher;
import com.naltrexone.billing.remittance.control.PostingRules;
import com.naltrexone.billing.remittance.control.PostingRules.ClaimPlan;
import com.naltrexone.billing.remittance.control.PostingRules.DenialPlan;
import com.naltrexone.billing.remittance.control.ReasonCodes;
import com.naltrexone.billing.remittance.control.Remittance;
import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.PlbItem;
import com.naltrexone.billing.remittance.control.Remittance.ProviderAdjustment;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.Remittance835Reader;
import com.naltrexone.billing.remittance.control.RemittanceCheck;
import com.naltrexone.billing.remittance.control.RemittanceCheck.Verdict;
import com.naltrexone.billing.remittance.control.RemittanceStream;
import com.naltrexone.billing.remittance.control.RemittanceText;
import com.naltrexone.billing.remittance.entity.ClaimPayment;
import com.naltrexone.billing.remittance.entity.ClaimPayment.Outcome;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.remittance.entity.PostedAmounts;
import com.naltrexone.billing.remittance.entity.ProviderLedgerEntry;
import com.naltrexone.billing.remittance.entity.RemittanceAdjustment;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import com.naltrexone.billing.remittance.entity.RemittanceRemark;
import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
import com.naltrexone.billing.remittance.entity.ServicePayment;
import com.naltrexone.billing.remittance.entity.UnmatchedRemittance;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The second read of an 835 (not validated again: {@link Remittance835Reader#reread} carries the
 * first read's claim issues over), in one database transaction: stores the file, each transaction
 * set (POSTED or REJECTED with its reason), and posts each claim to our claim: payments,
 * adjustments, remarks, denials, unmatched items, PLB ledger entries, claim status, and the {@link
 * RemittanceImported} event (observed after the commit). Claims are matched {@value #CHUNK} at a
 * time (one query per chunk), written in JDBC batches, and the persistence context is cleared after
 * each chunk, so memory does not grow with the file. Called by {@link Remittances} only.
 */
@Stateless
public class RemittancePosting {

  static final int CHUNK = 200;
  private static final Logger LOG = Logger.getLogger(RemittancePosting.class.getName());
  private static final EnumSet<Outcome> REVERSIBLE =
      EnumSet.of(Outcome.PAID, Outcome.FORWARDED, Outcome.DENIED);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject Event<RemittanceImported> imported;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext context;

  @Inject
  @ConfigProperty(name = "billing.remittance.appeal-days", defaultValue = "180")
  int defaultAppealDays;

  /** The file as received and how it reached us. */
  public record Upload(
      String fileName, byte[] content, String sha256, RemittanceFile.Source source) {}

  /** An earlier import of a payment in this file. */
  record Prior(Long transactionId, Long fileId, String why) {}

  /** The import of the same bytes, or null. */
  public ImportReport sameFile(String sha256) {
    List<RemittanceFile> files =
        em.createNamedQuery(RemittanceFile.BY_SHA256, RemittanceFile.class)
            .setParameter("sha256", sha256)
            .getResultList();
    if (files.isEmpty()) {
      return null;
    }
    long fileId = files.get(0).getId();
    List<ImportReport.TransactionResult> details = new ArrayList<>();
    for (RemittanceTransaction t :
        em.createNamedQuery(RemittanceTransaction.IN_FILE, RemittanceTransaction.class)
            .setParameter("fileId", fileId)
            .getResultList()) {
      details.add(
          new ImportReport.TransactionResult(
              null,
              t.getPosition(),
              t.getPayerIdentifier(),
              t.getTraceNumber(),
              t.getIsa13(),
              t.getGs06(),
              t.getSt02(),
              "ALREADY_IMPORTED",
              "this file was imported before (same SHA-256)",
              t.getId(),
              fileId,
              0,
              0,
              0,
              0,
              0,
              t.getTotalPayment(),
              BigDecimal.ZERO,
              BigDecimal.ZERO));
    }
    return new ImportReport(
        null,
        true,
        fileId,
        details.size(),
        0,
        0,
        details.size(),
        0,
        0,
        0,
        0,
        0,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        details);
  }

  /** Stores and posts a checked, valid file (see {@link RemittanceCheck}). */
  public ImportReport post(Upload upload, RemittanceCheck.Result check, ReasonCodes codes) {
    List<Prior> priors = priors(check.verdicts());
    if (!priors.isEmpty() && priors.stream().allMatch(Objects::nonNull)) {
      List<ImportReport.TransactionResult> details = new ArrayList<>();
      for (int i = 0; i < priors.size(); i++) {
        details.add(duplicate(i, check.verdicts().get(i).header(), priors.get(i)));
      }
      return ImportReport.of(null, details);
    }
    Instant now = clock.instant();
    RemittanceFile file = stored(upload, now, check.report());
    claimKeys();
    Poster poster = new Poster(file.getId(), check.verdicts(), priors, codes, now);
    Remittance835Reader.Report second =
        new Remittance835Reader()
            .reread(new ByteArrayInputStream(upload.content()), check.findings(), poster);
    if (poster.failure != null) {
      throw poster.failure; // the reader reports a listener's exception as a read error
    }
    if (!second.valid()) {
      throw new IllegalStateException("the file changed between its two reads");
    }
    return imported(file.getId(), poster);
  }

  /** The file, persisted; its counts from {@code read}, or zero until a one-read import ends. */
  private RemittanceFile stored(Upload upload, Instant now, Remittance835Reader.Report read) {
    RemittanceFile file =
        new RemittanceFile(
            cut(upload.fileName(), 200),
            upload.content(),
            upload.sha256(),
            upload.source(),
            now,
            audit.actor(),
            read == null ? 0 : read.interchanges(),
            read == null ? 0 : read.transactions(),
            read == null ? 0 : read.claims());
    em.persist(file);
    return file;
  }

  /** The end of an import: the event cost of access follows after the commit, audit, log. */
  private ImportReport imported(long fileId, Poster poster) {
    ImportReport report = ImportReport.of(fileId, poster.results);
    imported.fire(new RemittanceImported(fileId, report.claimsPosted()));
    audit.record(
        "remittance.imported",
        "RemittanceFile",
        fileId,
        report.transactionsPosted()
            + " posted, "
            + report.transactionsRejected()
            + " rejected, "
            + report.transactionsAlreadyImported()
            + " already imported; claims "
            + report.claimsPosted()
            + " posted, "
            + report.claimsUnmatched()
            + " unmatched");
    LOG.info(
        () ->
            "835 file "
                + fileId
                + ": "
                + report.transactions()
                + " transactions, "
                + report.claims()
                + " claims ("
                + report.claimsPosted()
                + " posted, "
                + report.claimsDenied()
                + " denied, "
                + report.claimsUnmatched()
                + " unmatched, "
                + report.claimsReversed()
                + " reversals)");
    return report;
  }

  /**
   * Stores and posts a file in one validated read that runs on another thread ({@link
   * RemittanceStream}): claims are posted as the reader hands them over, while it validates the
   * rest. What the two-read {@link #post} decides before posting, this decides as it goes, and it
   * gives up (rolling everything back) where the outcome could differ:
   *
   * <ul>
   *   <li>an invalid file: {@link InvalidRemittanceException} at the end, nothing written;
   *   <li>a file the guide check could not vouch for (a checked stream's {@link
   *       Remittance835Reader.Report#doubt() doubt}): {@link TwoReadsNeeded}, and the two-read
   *       import validates it with StAEDI;
   *   <li>a rejected transaction set (its claims were posted before its SE): {@link
   *       TwoReadsNeeded}, and the caller imports the file in two reads;
   *   <li>every transaction set imported before: rolled back and answered "already imported", as
   *       {@link #post} answers without storing the file.
   * </ul>
   *
   * A payment already imported (in the database, or earlier in the same file) is recognised at its
   * header, as in {@link #post}.
   */
  public ImportReport postStreamed(Upload upload, RemittanceStream stream, ReasonCodes codes) {
    Instant now = clock.instant();
    RemittanceFile file = stored(upload, now, null);
    claimKeys();
    long fileId = file.getId();
    Poster poster = new Poster(fileId, null, null, codes, now);
    Remittance835Reader.Report report = null;
    while (report == null) {
      RemittanceStream.Item item = stream.take();
      if (item instanceof RemittanceStream.HeaderRead h) {
        poster.header(h.header());
      } else if (item instanceof RemittanceStream.ClaimRead c) {
        poster.claim(c.header(), c.claim());
      } else if (item instanceof RemittanceStream.TrailerRead t) {
        if (t.verdict().rejected()) {
          throw new TwoReadsNeeded(
              "transaction set " + (poster.index + 1) + " is rejected: posted in two reads");
        }
        poster.seen(t.header());
        poster.trailer(t.header(), t.trailer());
      } else if (item instanceof RemittanceStream.End e) {
        if (e.failure() != null) {
          throw e.failure();
        }
        report = e.report();
        if (report.doubt() != null) {
          throw new TwoReadsNeeded(
              "the guide check could not vouch for "
                  + report.doubt()
                  + ": validated by StAEDI in two reads");
        }
      }
    }
    if (poster.failure != null) {
      throw poster.failure;
    }
    if (!report.valid()) {
      throw new InvalidRemittanceException(report.errors());
    }
    if (!poster.results.isEmpty()
        && poster.results.stream().allMatch(r -> "ALREADY_IMPORTED".equals(r.status()))) {
      context.setRollbackOnly();
      return ImportReport.of(null, poster.results);
    }
    // A bulk update: loading the file would load its content, the whole 835, again.
    em.createNamedQuery(RemittanceFile.COUNTED)
        .setParameter("interchanges", report.interchanges())
        .setParameter("transactions", report.transactions())
        .setParameter("claims", report.claims())
        .setParameter("id", fileId)
        .executeUpdate();
    return imported(fileId, poster);
  }

  /** Per transaction set: the earlier import of the same payment, or null. */
  private List<Prior> priors(List<Verdict> verdicts) {
    List<Prior> priors = new ArrayList<>();
    List<Integer> repeated = RemittanceCheck.repeatedInFile(verdicts);
    for (int i = 0; i < verdicts.size(); i++) {
      priors.add(prior(verdicts.get(i).header(), repeated.get(i)));
    }
    return priors;
  }

  /**
   * The earlier import of the payment {@code h} heads: in the database, else transaction set {@code
   * repeatedOf} (from 0) of this file, else null.
   */
  private Prior prior(Header h, Integer repeatedOf) {
    String payer = h.payer().payerId();
    List<RemittanceTransaction> earlier =
        em.createNamedQuery(RemittanceTransaction.SAME_PAYMENT, RemittanceTransaction.class)
            .setParameter("payer", payer)
            .setParameter("trace", h.traceNumber())
            .setParameter("isa13", h.interchangeControlNumber())
            .setParameter("gs06", h.groupControlNumber())
            .setParameter("st02", h.controlNumber())
            .setMaxResults(1)
            .getResultList();
    String payment = "payer " + payer + " payment TRN02 " + h.traceNumber();
    if (!earlier.isEmpty()) {
      RemittanceTransaction e = earlier.get(0);
      return new Prior(
          e.getId(),
          e.getFileId(),
          payment
              + " was imported before (transaction "
              + e.getId()
              + ", file "
              + e.getFileId()
              + ")");
    }
    if (repeatedOf != null) {
      return new Prior(
          null,
          null,
          payment + " is already transaction set " + (repeatedOf + 1) + " of this file");
    }
    return null;
  }

  private static ImportReport.TransactionResult duplicate(int index, Header h, Prior prior) {
    return new ImportReport.TransactionResult(
        null,
        index + 1,
        h.payer().payerId(),
        h.traceNumber(),
        h.interchangeControlNumber(),
        h.groupControlNumber(),
        h.controlNumber(),
        "ALREADY_IMPORTED",
        prior.why(),
        prior.transactionId(),
        prior.fileId(),
        0,
        0,
        0,
        0,
        0,
        h.totalPayment(),
        BigDecimal.ZERO,
        BigDecimal.ZERO);
  }

  /**
   * Writes what was persisted so far: the unique constraints on the file's SHA-256 and on each
   * payment's keys decide here when two imports race (PostgreSQL makes the second wait for the
   * first's commit, then refuses it).
   */
  private void claimKeys() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (uniqueViolation(e)) {
        throw new ConcurrentImportException("another import stored this file or payment first");
      }
      throw e;
    }
  }

  static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("uq_remittance_")) {
        return true;
      }
    }
    return false;
  }

  private Long payerFor(Header h) {
    String id = h.payer().payerId();
    if (id.isEmpty()) {
      return null;
    }
    List<Long> ids =
        em.createQuery("select p.id from Payer p where p.payerId835 = :id", Long.class)
            .setParameter("id", id)
            .setMaxResults(2)
            .getResultList();
    return ids.size() == 1 ? ids.get(0) : null;
  }

  private int appealDays(Long payerId) {
    if (payerId == null) {
      return defaultAppealDays;
    }
    List<?> days =
        em.createNativeQuery("select appeal_days from payer where id = ?")
            .setParameter(1, payerId)
            .getResultList();
    Object value = days.isEmpty() ? null : days.get(0);
    return value instanceof Number n ? n.intValue() : defaultAppealDays;
  }

  /** Pass two: one transaction set at a time, claims in chunks. */
  private final class Poster implements Remittance835Reader.Listener {
    final long fileId;
    final List<Verdict> verdicts;
    final List<Prior> priors;
    final ReasonCodes codes;
    final Instant now;
    final List<ImportReport.TransactionResult> results = new ArrayList<>();
    final List<Remittance.Claim> buffer = new ArrayList<>();

    int index = -1;
    boolean posting;
    Long transactionId;
    Header header;
    Long payerId;
    int appealDays;
    LocalDate paidDate;
    int claims;
    int claimsPosted;
    int denied;
    int unmatched;
    int reversed;
    BigDecimal paid;

    Poster(
        long fileId, List<Verdict> verdicts, List<Prior> priors, ReasonCodes codes, Instant now) {
      this.fileId = fileId;
      this.verdicts = verdicts;
      this.priors = priors;
      this.codes = codes;
      this.now = now;
    }

    RuntimeException failure;

    /**
     * One read only: payments seen so far in this file (as {@link RemittanceCheck#repeatedInFile}).
     */
    final Map<String, Integer> seenInFile = new java.util.HashMap<>();

    Integer repeatedOf;

    /**
     * One read only, at the SE of a transaction set that is not rejected: remembers its payment, as
     * {@link RemittanceCheck#repeatedInFile} does for a set that is not a repeat.
     */
    void seen(Header h) {
      if (repeatedOf == null) {
        seenInFile.put(RemittanceCheck.envelopeKey(h), index);
        seenInFile.put(RemittanceCheck.paymentKey(h), index);
      }
    }

    @Override
    public void header(Header h) {
      guarded(() -> start(h));
    }

    @Override
    public void claim(Header h, Remittance.Claim claim) {
      guarded(() -> add(claim));
    }

    @Override
    public void trailer(Header h, Trailer trailer) {
      guarded(() -> finish(trailer));
    }

    private void guarded(Runnable step) {
      if (failure != null) {
        throw failure;
      }
      try {
        step.run();
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }

    private void start(Header h) {
      index++;
      header = h;
      posting = false;
      Verdict verdict = verdicts == null ? null : verdicts.get(index);
      Prior prior;
      if (priors != null) {
        prior = priors.get(index);
      } else {
        repeatedOf = seenInFile.get(RemittanceCheck.envelopeKey(h));
        if (repeatedOf == null) {
          repeatedOf = seenInFile.get(RemittanceCheck.paymentKey(h));
        }
        prior = prior(h, repeatedOf);
      }
      if (prior != null) {
        results.add(duplicate(index, h, prior));
        return;
      }
      payerId = payerFor(h);
      RemittanceTransaction t =
          new RemittanceTransaction(
              fileId,
              index + 1,
              payerId,
              cut(h.payer().payerId(), 80),
              cut(h.payer().name(), 60),
              cut(h.payee().npi(), 15),
              cut(h.traceNumber(), 50),
              h.interchangeControlNumber(),
              h.groupControlNumber(),
              h.controlNumber(),
              now);
      t.payment(
          cut(h.handlingCode(), 2),
          h.totalPayment(),
          cut(h.creditDebit(), 1),
          cut(h.paymentMethod(), 3),
          h.paymentDate(),
          h.productionDate());
      if (verdict != null && verdict.rejected()) {
        t.rejected(cut(verdict.rejection(), 4000), verdict.claims());
      }
      em.persist(t);
      claimKeys();
      transactionId = t.getId();
      if (verdict != null && verdict.rejected()) {
        LOG.info(
            () -> "835 transaction " + t.getId() + " rejected: does not balance or is invalid");
        results.add(result(t));
        return;
      }
      posting = true;
      appealDays = appealDays(payerId);
      paidDate =
          h.paymentDate() != null
              ? h.paymentDate()
              : h.productionDate() != null
                  ? h.productionDate()
                  : LocalDate.ofInstant(now, clock.getZone());
      claims = 0;
      claimsPosted = 0;
      denied = 0;
      unmatched = 0;
      reversed = 0;
      paid = BigDecimal.ZERO;
    }

    private void add(Remittance.Claim claim) {
      if (!posting) {
        return;
      }
      buffer.add(claim);
      if (buffer.size() >= CHUNK) {
        flushChunk();
      }
    }

    private void finish(Trailer trailer) {
      if (!posting) {
        return;
      }
      flushChunk();
      BigDecimal plb = BigDecimal.ZERO;
      for (ProviderAdjustment adjustment : trailer.providerAdjustments()) {
        for (PlbItem item : adjustment.items()) {
          BigDecimal amount = Objects.requireNonNullElse(item.amount(), BigDecimal.ZERO);
          plb = plb.add(amount);
          em.persist(
              new ProviderLedgerEntry(
                  transactionId,
                  payerId,
                  cut(adjustment.providerId(), 50),
                  adjustment.fiscalPeriodDate(),
                  cut(item.reason(), 2),
                  item.reference().isEmpty() ? null : cut(item.reference(), 50),
                  amount,
                  claimNamedBy(item.reference()),
                  now));
        }
      }
      RemittanceTransaction t = em.find(RemittanceTransaction.class, transactionId);
      t.counted(claims, claimsPosted, denied, unmatched, reversed, paid, plb);
      em.flush();
      results.add(result(t));
      em.clear();
      posting = false;
    }

    private ImportReport.TransactionResult result(RemittanceTransaction t) {
      return new ImportReport.TransactionResult(
          t.getId(),
          t.getPosition(),
          t.getPayerIdentifier(),
          t.getTraceNumber(),
          t.getIsa13(),
          t.getGs06(),
          t.getSt02(),
          t.getStatus().name(),
          t.getReason(),
          null,
          null,
          t.getClaims(),
          t.getClaimsPosted(),
          t.getClaimsDenied(),
          t.getClaimsUnmatched(),
          t.getClaimsReversed(),
          t.getTotalPayment(),
          t.getTotalPaid(),
          t.getTotalPlb());
    }

    private void flushChunk() {
      if (buffer.isEmpty()) {
        return;
      }
      List<String> pcns =
          buffer.stream().map(Remittance.Claim::patientControlNumber).distinct().toList();
      Map<String, List<ClaimLine>> ours = new LinkedHashMap<>();
      for (ClaimLine line :
          em.createQuery(
                  "select l from ClaimLine l join fetch l.claim c"
                      + " where c.patientControlNumber in :pcns order by l.id",
                  ClaimLine.class)
              .setParameter("pcns", pcns)
              .getResultList()) {
        ours.computeIfAbsent(line.getClaim().getPatientControlNumber(), k -> new ArrayList<>())
            .add(line);
      }
      for (Remittance.Claim claim : buffer) {
        post(claim, ours.getOrDefault(claim.patientControlNumber(), List.of()));
      }
      buffer.clear();
      em.flush();
      em.clear();
    }

    private void post(Remittance.Claim c, List<ClaimLine> lines) {
      claims++;
      Claim ours = lines.isEmpty() ? null : lines.get(0).getClaim();
      if (c.degraded()) {
        notPosted(
            c,
            ours,
            Outcome.DEGRADED,
            UnmatchedRemittance.Kind.DEGRADED,
            "the claim's segments failed validation, it is not posted: "
                + String.join("; ", c.issues().stream().limit(10).map(Object::toString).toList()));
        return;
      }
      if (ours == null) {
        notPosted(
            c,
            null,
            Outcome.UNMATCHED,
            UnmatchedRemittance.Kind.CLAIM,
            "no claim of ours has CLM01 " + c.patientControlNumber());
        return;
      }
      if (payerId != null && ours.getPayerId() != payerId) {
        // linked to our claim (so the biller sees it on the claim), but not posted to it
        notPosted(
            c,
            ours,
            Outcome.UNMATCHED,
            UnmatchedRemittance.Kind.CLAIM,
            "claim "
                + c.patientControlNumber()
                + " was billed to payer "
                + ours.getPayerId()
                + ", this 835 comes from payer "
                + payerId);
        return;
      }
      ClaimPlan plan = PostingRules.plan(c, codes);
      if (plan.outcome() == Outcome.UNMATCHED) {
        notPosted(c, null, Outcome.UNMATCHED, UnmatchedRemittance.Kind.CLAIM, plan.note());
        return;
      }
      ClaimPayment original = null;
      if (plan.outcome() == Outcome.REVERSAL) {
        em.flush();
        original =
            em
                .createNamedQuery(ClaimPayment.TO_REVERSE, ClaimPayment.class)
                .setParameter("claimId", ours.getId())
                .setParameter("icn", c.payerClaimNumber())
                .setParameter("reversible", REVERSIBLE)
                // Locked until the commit: a second file reversing the same payment at the same
                // moment waits here, then finds it reversed and goes to the unmatched queue.
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        if (original == null) {
          notPosted(
              c,
              null,
              Outcome.UNMATCHED,
              UnmatchedRemittance.Kind.CLAIM,
              "reversal of a payment never posted here (CLP01 "
                  + c.patientControlNumber()
                  + ", CLP07 "
                  + c.payerClaimNumber()
                  + ")");
          return;
        }
      }
      ClaimPayment payment = payment(c, ours.getId(), plan.outcome(), plan.total());
      if (original != null) {
        payment.reverses(original.getId());
        em.flush(); // the reversal row exists before the original points at it
        original.reversedBy(payment.getId());
        reversed++;
      }
      adjustmentsAndRemarks(payment, null, c.adjustments(), c.remarkCodes());
      List<LineMatcher.OurLine> candidates =
          lines.stream()
              .map(
                  l ->
                      new LineMatcher.OurLine(
                          l.getId(),
                          l.getLineControlNumber(),
                          l.getProcedureCode(),
                          l.getModifiers(),
                          l.getUnits(),
                          ours.getServiceDate()))
              .toList();
      List<Long> matched = LineMatcher.match(c.lines(), candidates, c.date("232"));
      List<ServicePayment> servicePayments = new ArrayList<>();
      for (int i = 0; i < c.lines().size(); i++) {
        Line line = c.lines().get(i);
        PostedAmounts amounts = plan.lines().get(i);
        LocalDate serviceDate =
            line.serviceDate() != null
                ? line.serviceDate()
                : c.date("232") != null ? c.date("232") : ours.getServiceDate();
        ServicePayment sp =
            new ServicePayment(
                payment,
                matched.get(i),
                line.position(),
                cut(line.procedure().toString(), 80),
                cut(line.procedure().code(), 48),
                line.originalProcedure() == null
                    ? null
                    : cut(line.originalProcedure().toString(), 80),
                line.charge(),
                line.paid(),
                line.unitsPaid(),
                serviceDate,
                line.lineControlNumber().isEmpty() ? null : cut(line.lineControlNumber(), 50),
                amounts);
        em.persist(sp);
        servicePayments.add(sp);
        adjustmentsAndRemarks(payment, sp, line.adjustments(), line.remarkCodes());
        if (matched.get(i) == null) {
          em.persist(
              new UnmatchedRemittance(
                  transactionId,
                  payment,
                  sp,
                  UnmatchedRemittance.Kind.LINE,
                  cut(c.patientControlNumber(), 38),
                  line.lineControlNumber().isEmpty() ? null : cut(line.lineControlNumber(), 50),
                  line.position(),
                  "service line "
                      + line.procedure()
                      + " (REF*6R "
                      + (line.lineControlNumber().isEmpty() ? "absent" : line.lineControlNumber())
                      + ") matches no line of claim "
                      + c.patientControlNumber()
                      + " by line control number, nor one line by code, modifiers, date and"
                      + " units: posted to the claim without a line",
                  RemittanceText.of(c),
                  now));
        }
      }
      for (DenialPlan d : plan.denials()) {
        em.persist(
            new Denial(
                payment,
                d.line() == null ? null : servicePayments.get(d.line()),
                ours.getId(),
                payerId,
                d.group(),
                d.reason() == null ? null : cut(d.reason(), 5),
                d.remarks().isEmpty() ? null : cut(String.join(" ", d.remarks()), 100),
                d.amount(),
                d.text(),
                d.action(),
                paidDate.plusDays(appealDays),
                now));
      }
      move(ours, plan);
      switch (plan.outcome()) {
        case DENIED -> denied++;
        default -> {}
      }
      claimsPosted++;
      paid = paid.add(zero(c.paid()));
    }

    private void move(Claim claim, ClaimPlan plan) {
      if (claim.getStatus() == ClaimStatus.VOIDED || claim.getStatus() == ClaimStatus.CLOSED) {
        return;
      }
      ClaimStatus to =
          switch (plan.outcome()) {
            case DENIED -> ClaimStatus.DENIED;
            case REVERSAL -> ClaimStatus.ACCEPTED;
            default -> ClaimStatus.PAID;
          };
      claim.moveTo(
          to, now, "system", cut("835 TRN02 " + header.traceNumber() + ": " + plan.note(), 400));
    }

    private ClaimPayment payment(
        Remittance.Claim c, Long claimId, Outcome outcome, PostedAmounts amounts) {
      ClaimPayment payment =
          new ClaimPayment(
              transactionId,
              claimId,
              c.position(),
              cut(c.patientControlNumber(), 38),
              cut(c.status(), 2),
              c.charge(),
              c.paid(),
              c.patientResponsibility(),
              cut(c.filingIndicator(), 2),
              c.payerClaimNumber().isEmpty() ? null : cut(c.payerClaimNumber(), 50),
              c.frequency().isEmpty() ? null : cut(c.frequency(), 1),
              outcome,
              paidDate,
              amounts);
      em.persist(payment);
      return payment;
    }

    private void notPosted(
        Remittance.Claim c,
        Claim ours,
        Outcome outcome,
        UnmatchedRemittance.Kind kind,
        String reason) {
      unmatched++;
      ClaimPayment payment =
          payment(c, ours == null ? null : ours.getId(), outcome, PostedAmounts.zero());
      adjustmentsAndRemarks(payment, null, c.adjustments(), c.remarkCodes());
      em.persist(
          new UnmatchedRemittance(
              transactionId,
              payment,
              null,
              kind,
              cut(c.patientControlNumber(), 38),
              null,
              c.position(),
              reason,
              RemittanceText.of(c),
              now));
    }

    private void adjustmentsAndRemarks(
        ClaimPayment claimPayment,
        ServicePayment servicePayment,
        List<Adjustment> adjustments,
        List<String> remarks) {
      for (Adjustment a : adjustments) {
        em.persist(
            new RemittanceAdjustment(
                claimPayment,
                servicePayment,
                cut(a.group(), 2),
                cut(a.reason(), 5),
                zero(a.amount()),
                a.quantity()));
      }
      for (String remark : remarks) {
        em.persist(new RemittanceRemark(claimPayment, servicePayment, cut(remark, 10)));
      }
    }

    /** The claim a PLB reference names: our CLM01, or a payer claim number we posted. */
    private Long claimNamedBy(String reference) {
      if (reference == null || reference.isEmpty()) {
        return null;
      }
      List<Claim> byPcn =
          em.createNamedQuery(Claim.BY_PCN, Claim.class)
              .setParameter("pcn", reference)
              .setMaxResults(1)
              .getResultList();
      if (!byPcn.isEmpty()) {
        return byPcn.get(0).getId();
      }
      return em
          .createNamedQuery(ClaimPayment.BY_ICN, ClaimPayment.class)
          .setParameter("icn", reference)
          .setMaxResults(1)
          .getResultList()
          .stream()
          .map(ClaimPayment::getClaimId)
          .findFirst()
          .orElse(null);
    }
  }

  private static BigDecimal zero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  static String cut(String value, int max) {
    if (value == null) {
      return null;
    }
    return value.length() > max ? value.substring(0, max) : value;
  }
}
