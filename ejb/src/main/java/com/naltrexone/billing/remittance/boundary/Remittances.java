package com.naltrexone.billing.remittance.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.remittance.control.ReasonCodes;
import com.naltrexone.billing.remittance.control.RemittanceCheck;
import com.naltrexone.billing.remittance.control.RemittanceStream;
import com.naltrexone.billing.remittance.entity.ClaimPayment;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.remittance.entity.ProviderLedgerEntry;
import com.naltrexone.billing.remittance.entity.RemittanceAdjustment;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import com.naltrexone.billing.remittance.entity.RemittanceRemark;
import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
import com.naltrexone.billing.remittance.entity.ServicePayment;
import com.naltrexone.billing.remittance.entity.UnmatchedRemittance;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remittance in: imports 835 files (upload or the inbound poller) and answers the remittance,
 * denial, unmatched and provider-ledger queries.
 *
 * <p>An import reads the file once: a reading thread validates and balances it ({@link
 * RemittanceStream}) while the request's thread stores and posts what it has read, in one database
 * transaction ({@link RemittancePosting#postStreamed}). An invalid file is refused whole (400,
 * 999-style errors) and that transaction rolls back: nothing is stored, not even the file (the
 * sender keeps it; the poller leaves it in the inbound folder). A file with a rejected transaction
 * set is rolled back too and imported in two reads: the first ({@link RemittanceCheck}) validates
 * and balances without writing, the second ({@link RemittancePosting#post}) stores the rejected set
 * without posting its claims, and posts the others. Every payment posts once: the same bytes, the
 * same payer + TRN02 + ISA13/GS06/ST02, or the same payer + TRN02 already posted answer "already
 * imported" with the first import's ids; two imports racing are settled by unique constraints, the
 * loser rolled back and answered the same way.
 */
@Stateless
public class Remittances {

  private static final int ATTEMPTS = 3;
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(Remittances.class.getName());

  @PersistenceContext EntityManager em;
  @EJB RemittancePosting posting;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Runs an import's validated read beside the posting (Payara's default executor). */
  @Resource ManagedExecutorService executor;

  /**
   * Whether an import reads the file once, validating on another thread while it posts (default),
   * or twice, one after the other (less memory at a time, about as much work in all).
   */
  @Inject
  @ConfigProperty(name = "billing.remittance.one-read", defaultValue = "true")
  boolean oneRead;

  /**
   * Whether a one-read import checks the file with {@code X12GuideCheck} (StAEDI parsing at its
   * bare speed) instead of StAEDI's validation; a file the check cannot vouch for is imported in
   * two reads, validated by StAEDI. False makes one-read imports validate with StAEDI as they go.
   */
  @Inject
  @ConfigProperty(name = "billing.remittance.guide-check", defaultValue = "true")
  boolean guideCheck;

  /** Imports one 835 file; throws {@link InvalidRemittanceException} when it is not readable. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportReport importFile(String fileName, byte[] content, RemittanceFile.Source source) {
    if (content == null || content.length == 0) {
      throw new BusinessRuleException("file", "send the 835 file as the request body");
    }
    String sha256 = sha256(content);
    String name =
        fileName == null || fileName.isBlank()
            ? "remittance-" + sha256.substring(0, 12) + ".835"
            : fileName;
    ImportReport same = posting.sameFile(sha256);
    if (same != null) {
      return same;
    }
    ReasonCodes codes = reasonCodes();
    RemittancePosting.Upload upload = new RemittancePosting.Upload(name, content, sha256, source);
    if (!oneRead) {
      return importInTwoReads(content, sha256, upload, codes);
    }
    long started = System.nanoTime();
    RemittanceStream stream = new RemittanceStream(content, guideCheck);
    try {
      executor.execute(stream::produce);
      ImportReport report = posting.postStreamed(upload, stream, codes);
      logged(
          report,
          content,
          "read, validated, balanced and posted in one read in " + millis(started) + " ms");
      return report;
    } catch (TwoReadsNeeded | ConcurrentImportException e) {
      LOG.info(() -> "835 import in two reads: " + e.getMessage());
    } finally {
      stream.abandon();
    }
    return importInTwoReads(content, sha256, upload, codes);
  }

  private ImportReport importInTwoReads(
      byte[] content, String sha256, RemittancePosting.Upload upload, ReasonCodes codes) {
    ImportReport same = posting.sameFile(sha256);
    if (same != null) {
      return same;
    }
    long started = System.nanoTime();
    RemittanceCheck.Result check = RemittanceCheck.check(new ByteArrayInputStream(content));
    if (!check.valid()) {
      throw new InvalidRemittanceException(check.report().errors());
    }
    long checked = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
        ImportReport report = posting.post(upload, check, codes);
        long posted = System.nanoTime();
        logged(
            report,
            content,
            "validated and balanced in "
                + (checked - started) / 1_000_000
                + " ms, stored and posted in "
                + (posted - checked) / 1_000_000
                + " ms");
        return report;
      } catch (ConcurrentImportException e) {
        LOG.info(
            "835 import collided with another import of the same file or payment (attempt "
                + attempt
                + "): rolled back, asking again");
        ImportReport first = posting.sameFile(sha256);
        if (first != null) {
          return first;
        }
        if (attempt >= ATTEMPTS) {
          throw new EJBException("835 import kept colliding with another import", e);
        }
      }
    }
  }

  private static void logged(ImportReport report, byte[] content, String how) {
    LOG.info(() -> "835 file " + report.fileId() + " (" + content.length + " bytes): " + how);
  }

  private static long millis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /** The current CARC/RARC reference lists (highest version). */
  public ReasonCodes reasonCodes() {
    List<?> rows =
        em.createNativeQuery(
                "select code_set, code, description, suggested_action, denial, certainty,"
                    + " list_version from remittance_reason_code where list_version ="
                    + " (select max(list_version) from remittance_reason_code)")
            .getResultList();
    List<ReasonCodes.Code> codes = new ArrayList<>();
    String version = "";
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      codes.add(
          new ReasonCodes.Code(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              Boolean.TRUE.equals(r[4]) || (r[4] instanceof Number n && n.intValue() != 0),
              (String) r[5]));
      version = (String) r[6];
    }
    return new ReasonCodes(version, codes);
  }

  /** One file with its transaction sets. */
  public record FileView(RemittanceFile file, List<RemittanceTransaction> transactions) {}

  public FileView file(long id) {
    RemittanceFile file = em.find(RemittanceFile.class, id);
    if (file == null) {
      throw new UnknownEntityException("RemittanceFile", id);
    }
    return new FileView(
        file,
        em.createNamedQuery(RemittanceTransaction.IN_FILE, RemittanceTransaction.class)
            .setParameter("fileId", id)
            .getResultList());
  }

  /** The file exactly as received. */
  public byte[] content(long id) {
    RemittanceFile file = em.find(RemittanceFile.class, id);
    if (file == null) {
      throw new UnknownEntityException("RemittanceFile", id);
    }
    return file.getContent();
  }

  public Page<RemittanceFile> files(int first, int max) {
    return new Page<>(
        em.createNamedQuery(RemittanceFile.ALL, RemittanceFile.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        em.createNamedQuery(RemittanceFile.COUNT, Long.class).getSingleResult(),
        first,
        max);
  }

  /**
   * A claim payment with its service lines, adjustments and remark codes (RARC, MOA/LQ; a remark
   * with a service payment id is the line's, without it the claim's).
   */
  public record ClaimPaymentView(
      ClaimPayment payment,
      List<ServicePayment> lines,
      List<RemittanceAdjustment> adjustments,
      List<RemittanceRemark> remarks) {}

  /** The claim payments of one transaction set, a page at a time. */
  public Page<ClaimPaymentView> claimPayments(long transactionId, int first, int max) {
    if (em.find(RemittanceTransaction.class, transactionId) == null) {
      throw new UnknownEntityException("RemittanceTransaction", transactionId);
    }
    List<ClaimPayment> payments =
        em.createNamedQuery(ClaimPayment.IN_TRANSACTION, ClaimPayment.class)
            .setParameter("transactionId", transactionId)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    long total =
        em.createNamedQuery(ClaimPayment.COUNT_IN_TRANSACTION, Long.class)
            .setParameter("transactionId", transactionId)
            .getSingleResult();
    return new Page<>(views(payments), total, first, max);
  }

  /** Every payment posted for one of our claims (reversals included), oldest first. */
  public List<ClaimPaymentView> paymentsForClaim(long claimId) {
    return views(
        em.createNamedQuery(ClaimPayment.FOR_CLAIM, ClaimPayment.class)
            .setParameter("claimId", claimId)
            .getResultList());
  }

  /**
   * The claim payments with these ids that were posted to one of our claims (unmatched and degraded
   * ones are left out), as {@link ClaimPaymentPosted} in id order: what followers of the money read
   * after the import committed. Two queries, whatever the number of ids.
   */
  public List<ClaimPaymentPosted> postings(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ClaimPayment> payments =
        em.createNamedQuery(ClaimPayment.POSTED_WITH_IDS, ClaimPayment.class)
            .setParameter("ids", ids)
            .setParameter("notPosted", ClaimPayment.NOT_POSTED)
            .getResultList();
    Map<Long, List<ServicePayment>> lines =
        em
            .createNamedQuery(ServicePayment.OF_CLAIM_PAYMENTS, ServicePayment.class)
            .setParameter("ids", payments.stream().map(ClaimPayment::getId).toList())
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(ServicePayment::getClaimPaymentId));
    return payments.stream()
        .map(p -> posting(p, lines.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  private static ClaimPaymentPosted posting(ClaimPayment p, List<ServicePayment> lines) {
    return new ClaimPaymentPosted(
        p.getClaimId(),
        p.getId(),
        p.getPayerClaimNumber(),
        p.getStatusCode(),
        p.getOutcome() == ClaimPayment.Outcome.REVERSAL,
        p.getReversesId(),
        p.getPaidDate(),
        lines.stream()
            .map(
                l -> {
                  var a = l.getAmounts();
                  return new ClaimPaymentPosted.LinePosting(
                      l.getClaimLineId(),
                      l.getProcedureCode(),
                      l.getServiceDate(),
                      orZero(l.getCharge()),
                      a.getAllowed(),
                      orZero(l.getPaid()),
                      a.getDeductible(),
                      a.getCoinsurance(),
                      a.getCopay(),
                      a.getOtherPr(),
                      a.getContractual(),
                      a.getDenied().add(a.getOtherAdjustments()));
                })
            .toList());
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private List<ClaimPaymentView> views(List<ClaimPayment> payments) {
    if (payments.isEmpty()) {
      return List.of();
    }
    List<Long> ids = payments.stream().map(ClaimPayment::getId).toList();
    Map<Long, List<ServicePayment>> lines =
        em
            .createNamedQuery(ServicePayment.OF_CLAIM_PAYMENTS, ServicePayment.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(ServicePayment::getClaimPaymentId));
    Map<Long, List<RemittanceAdjustment>> adjustments =
        em
            .createNamedQuery(RemittanceAdjustment.OF_CLAIM_PAYMENTS, RemittanceAdjustment.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(RemittanceAdjustment::getClaimPaymentId));
    Map<Long, List<RemittanceRemark>> remarks =
        em
            .createNamedQuery(RemittanceRemark.OF_CLAIM_PAYMENTS, RemittanceRemark.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(RemittanceRemark::getClaimPaymentId));
    return payments.stream()
        .map(
            p ->
                new ClaimPaymentView(
                    p,
                    lines.getOrDefault(p.getId(), List.of()),
                    adjustments.getOrDefault(p.getId(), List.of()),
                    remarks.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  public Page<Denial> denials(Denial.Status status, int first, int max) {
    return new Page<>(
        em.createNamedQuery(Denial.BY_STATUS, Denial.class)
            .setParameter("status", status)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        em.createNamedQuery(Denial.COUNT_BY_STATUS, Long.class)
            .setParameter("status", status)
            .getSingleResult(),
        first,
        max);
  }

  public Denial denial(long id) {
    Denial denial = em.find(Denial.class, id);
    if (denial == null) {
      throw new UnknownEntityException("Denial", id);
    }
    return denial;
  }

  public List<Denial> denialsForClaim(long claimId) {
    return em.createNamedQuery(Denial.FOR_CLAIM, Denial.class)
        .setParameter("claimId", claimId)
        .getResultList();
  }

  /**
   * A person has worked the denial (corrected, written off by hand, the appeal's answer...): OPEN
   * or APPEALED becomes WORKED.
   */
  public Denial worked(long denialId, long version, String note) {
    Denial denial = denialToWork(denialId, version, note);
    if (denial.getStatus() == Denial.Status.WORKED) {
      throw new com.naltrexone.billing.platform.ConflictException("the denial is already worked");
    }
    denial.worked(clock.instant(), audit.actor(), note.trim());
    audit.record("denial.worked", "Denial", denialId, null);
    return denial;
  }

  /**
   * A person resolves an unmatched item (never posted automatically to a guessed claim): says what
   * was done; the raw remittance stays with it.
   */
  public UnmatchedRemittance resolveUnmatched(long id, long version, String note) {
    UnmatchedRemittance item = em.find(UnmatchedRemittance.class, id);
    if (item == null) {
      throw new UnknownEntityException("UnmatchedRemittance", id);
    }
    if (item.getVersion() != version) {
      throw new jakarta.persistence.OptimisticLockException();
    }
    if (item.getStatus() == UnmatchedRemittance.Status.RESOLVED) {
      throw new com.naltrexone.billing.platform.ConflictException("the item is already resolved");
    }
    item.resolve(note.strip(), audit.actor(), clock.instant());
    audit.record("remittance.unmatched-resolved", "UnmatchedRemittance", id, null);
    return item;
  }

  /**
   * An appeal of an OPEN denial was filed with the payer: it becomes APPEALED (out of the open
   * list, worked when the payer answers), the note says "Appeal filed" with what was sent, and the
   * claim's history gets a line naming the denial.
   */
  public Denial appealed(long denialId, long version, String note) {
    Denial denial = denialToWork(denialId, version, note);
    if (denial.getStatus() != Denial.Status.OPEN) {
      throw new com.naltrexone.billing.platform.ConflictException(
          "the denial is already " + denial.getStatus().name().toLowerCase(java.util.Locale.ROOT));
    }
    String text = note.trim();
    String filed =
        text.regionMatches(true, 0, "appeal filed", 0, 12) ? text : "Appeal filed: " + text;
    denial.appealed(clock.instant(), audit.actor(), filed);
    Claim claim = em.find(Claim.class, denial.getClaimId());
    claim.moveTo(
        claim.getStatus(),
        clock.instant(),
        audit.actor(),
        "Appeal filed for denial "
            + denialId
            + " ("
            + (denial.getGroupCode() == null
                ? "no adjustment code"
                : denial.getGroupCode() + "-" + denial.getReasonCode())
            + ")");
    audit.record("denial.appealed", "Denial", denialId, "claim=" + denial.getClaimId());
    return denial;
  }

  private Denial denialToWork(long denialId, long version, String note) {
    if (note == null || note.isBlank()) {
      throw new BusinessRuleException(
          "note", "say what was done (appeal filed, corrected claim sent, written off)");
    }
    if (note.length() > 1000) {
      throw new BusinessRuleException("note", "at most 1000 characters");
    }
    Denial denial = denial(denialId);
    if (denial.getVersion() != version) {
      throw new jakarta.persistence.OptimisticLockException();
    }
    return denial;
  }

  public Page<UnmatchedRemittance> unmatched(
      UnmatchedRemittance.Status status, int first, int max) {
    return new Page<>(
        em.createNamedQuery(UnmatchedRemittance.BY_STATUS, UnmatchedRemittance.class)
            .setParameter("status", status)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        em.createNamedQuery(UnmatchedRemittance.COUNT_BY_STATUS, Long.class)
            .setParameter("status", status)
            .getSingleResult(),
        first,
        max);
  }

  public Page<ProviderLedgerEntry> providerLedger(int first, int max) {
    return new Page<>(
        em.createNamedQuery(ProviderLedgerEntry.ALL, ProviderLedgerEntry.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        em.createNamedQuery(ProviderLedgerEntry.COUNT, Long.class).getSingleResult(),
        first,
        max);
  }

  public List<ProviderLedgerEntry> providerLedgerOf(long transactionId) {
    return em.createNamedQuery(ProviderLedgerEntry.IN_TRANSACTION, ProviderLedgerEntry.class)
        .setParameter("transactionId", transactionId)
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
