package com.naltrexone.billing.remittance.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.remittance.control.ReasonCodes;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance835Reader;
import com.naltrexone.billing.remittance.control.RemittanceCheck;
import com.naltrexone.billing.remittance.control.RemittanceCheck.Verdict;
import com.naltrexone.billing.remittance.control.RemittanceStream;
import com.naltrexone.billing.remittance.entity.ClaimPayment.Outcome;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * each chunk, so memory does not grow with the file. Called by {@link Remittances} only. This class
 * keeps the import's entry points (the stored file, duplicates, one read or two) and the lookups;
 * {@link RemittancePoster} posts the transaction sets and claims as they are read.
 */
@Stateless
public class RemittancePosting {

  static final int CHUNK = 200;
  private static final Logger LOG = Logger.getLogger(RemittancePosting.class.getName());
  static final EnumSet<Outcome> REVERSIBLE =
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
      details.add(ImportReport.TransactionResult.alreadyImported(t, fileId));
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
    RemittancePoster poster =
        new RemittancePoster(this, file.getId(), check.verdicts(), priors, codes, now);
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
  private ImportReport imported(long fileId, RemittancePoster poster) {
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
    RemittancePoster poster = new RemittancePoster(this, fileId, null, null, codes, now);
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
  Prior prior(Header h, Integer repeatedOf) {
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

  static ImportReport.TransactionResult duplicate(int index, Header h, Prior prior) {
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
  void claimKeys() {
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

  Long payerFor(Header h) {
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

  int appealDays(Long payerId) {
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

  static BigDecimal zero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  static String cut(String value, int max) {
    if (value == null) {
      return null;
    }
    return value.length() > max ? value.substring(0, max) : value;
  }
}
