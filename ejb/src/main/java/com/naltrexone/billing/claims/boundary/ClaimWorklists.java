package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.claims.control.ClaimQuery;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimFinding;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.edi.control.X12Lines;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.platform.Page;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff screens' reads of claims: pages of claims filtered and sorted on the server, the
 * worklists with the reason each claim waits, the files a submission run sent with what the 999 and
 * 277CA said, and a claim's 837 as it was sent.
 */
@Stateless
public class ClaimWorklists {

  @PersistenceContext EntityManager em;
  @EJB ClaimSubmission submission;

  /**
   * One row of a claims table.
   *
   * @param reason for held and rejected claims the blocking findings in a sentence, else null
   */
  public record ClaimRow(
      long id,
      String patientControlNumber,
      ClaimStatus status,
      String frequency,
      long patientId,
      String patientName,
      String payerName,
      LocalDate serviceDate,
      BigDecimal totalCharge,
      String reason) {}

  /**
   * A file a run sent, with the 999's verdict on it and the claims' 277CA outcome so far.
   *
   * @param ackStatus the 999 (or TA1) code for the file, null until it arrives
   * @param accepted claims the payer's 277CA accepted (or that went further: paid, denied)
   * @param rejected claims a 999 or 277CA rejected
   * @param waiting claims with no 277CA answer yet
   */
  public record SubmittedFile(
      long interchangeId,
      String fileName,
      String isa13,
      String payerName,
      Interchange.Status status,
      Instant sentAt,
      String ackStatus,
      String ackDetail,
      long claims,
      long accepted,
      long rejected,
      long waiting) {}

  private static final String FROM = " from Claim c join c.patient p join c.payer y";

  public Page<ClaimRow> search(
      ClaimQuery query, int first, int max, String sortField, boolean ascending) {
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select c.id, c.patientControlNumber, c.status, c.frequency, p.id, p.lastName,"
                + " p.firstName, y.name, c.serviceDate, c.totalCharge"
                + FROM
                + query.where()
                + ClaimQuery.orderBy(sortField, ascending),
            Object[].class);
    query.parameters().forEach(rows::setParameter);
    List<Object[]> found = rows.setFirstResult(first).setMaxResults(max).getResultList();
    Map<Long, String> reasons = reasons(found);
    List<ClaimRow> items =
        found.stream()
            .map(
                r ->
                    new ClaimRow(
                        (Long) r[0],
                        (String) r[1],
                        (ClaimStatus) r[2],
                        (String) r[3],
                        (Long) r[4],
                        r[5] + ", " + r[6],
                        (String) r[7],
                        (LocalDate) r[8],
                        (BigDecimal) r[9],
                        reasons.get((Long) r[0])))
            .toList();
    return new Page<>(items, count(query), first, max);
  }

  /** How many claims the query finds. */
  public long count(ClaimQuery query) {
    String from = query.joinsPatientOrPayer() ? FROM : " from Claim c";
    TypedQuery<Long> count = em.createQuery("select count(c)" + from + query.where(), Long.class);
    query.parameters().forEach(count::setParameter);
    return count.getSingleResult();
  }

  /** The blocking findings of the held and rejected claims among {@code rows}, one line each. */
  private Map<Long, String> reasons(List<Object[]> rows) {
    List<Long> waiting =
        rows.stream()
            .filter(r -> r[2] == ClaimStatus.HELD || r[2] == ClaimStatus.REJECTED)
            .map(r -> (Long) r[0])
            .toList();
    Map<Long, String> reasons = new HashMap<>();
    if (waiting.isEmpty()) {
      return reasons;
    }
    for (ClaimFinding f :
        em.createQuery(
                "select f from ClaimFinding f where f.claim.id in :ids and f.severity = :error"
                    + " order by f.id",
                ClaimFinding.class)
            .setParameter("ids", waiting)
            .setParameter("error", ClaimFinding.Severity.ERROR)
            .getResultList()) {
      reasons.merge(
          f.getClaim().getId(), f.getCode() + ": " + f.getMessage(), (a, b) -> a + " | " + b);
    }
    return reasons;
  }

  /** How many claims are in each status (statuses without claims are absent). */
  public Map<ClaimStatus, Long> countsByStatus() {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (Object[] r :
        em.createQuery("select c.status, count(c) from Claim c group by c.status", Object[].class)
            .getResultList()) {
      counts.put((ClaimStatus) r[0], (Long) r[1]);
    }
    return counts;
  }

  /** The files a run sent (or tried to), oldest first, with their 999 and 277CA outcomes. */
  public List<SubmittedFile> files(long runId) {
    List<Interchange> interchanges =
        em.createQuery(
                "select i from Interchange i where i.submissionRunId = :run order by i.id",
                Interchange.class)
            .setParameter("run", runId)
            .getResultList();
    if (interchanges.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<ClaimStatus, Long>> byFile = new LinkedHashMap<>();
    for (Object[] r :
        em.createQuery(
                "select c.interchangeId, c.status, count(c) from Claim c"
                    + " where c.interchangeId in :ids group by c.interchangeId, c.status",
                Object[].class)
            .setParameter("ids", interchanges.stream().map(Interchange::getId).toList())
            .getResultList()) {
      byFile
          .computeIfAbsent((Long) r[0], k -> new EnumMap<>(ClaimStatus.class))
          .put((ClaimStatus) r[1], (Long) r[2]);
    }
    Map<Long, String> payers = new HashMap<>();
    for (Object[] r :
        em.createQuery("select y.id, y.name from Payer y", Object[].class).getResultList()) {
      payers.put((Long) r[0], (String) r[1]);
    }
    List<SubmittedFile> files = new ArrayList<>();
    for (Interchange i : interchanges) {
      Map<ClaimStatus, Long> n = byFile.getOrDefault(i.getId(), Map.of());
      long total = n.values().stream().mapToLong(Long::longValue).sum();
      long accepted =
          n.getOrDefault(ClaimStatus.ACCEPTED, 0L)
              + n.getOrDefault(ClaimStatus.PAID, 0L)
              + n.getOrDefault(ClaimStatus.DENIED, 0L);
      long rejected = n.getOrDefault(ClaimStatus.REJECTED, 0L);
      long waiting =
          n.getOrDefault(ClaimStatus.SENT, 0L)
              + n.getOrDefault(ClaimStatus.ACKNOWLEDGED, 0L)
              + n.getOrDefault(ClaimStatus.BATCHED, 0L);
      files.add(
          new SubmittedFile(
              i.getId(),
              i.getFileName(),
              i.getIsa13(),
              payers.get(i.getPayerId()),
              i.getStatus(),
              i.getSentAt(),
              i.getAckStatus(),
              i.getAckDetail(),
              total,
              accepted,
              rejected,
              waiting));
    }
    return files;
  }

  /**
   * The claim's 837 as it was sent, one segment per line: the envelope and its own transaction set,
   * read from the archived interchange. Empty before the claim was written into a file.
   */
  public List<String> segmentsAsSent(long claimId) {
    Claim claim = em.find(Claim.class, claimId);
    if (claim == null || claim.getInterchangeId() == null) {
      return List.of();
    }
    Interchange interchange = submission.interchange(claim.getInterchangeId());
    byte[] content = interchange.getContent();
    if (content == null) {
      return List.of();
    }
    return X12Lines.transaction(content, claim.getTransactionControlNumber());
  }
}
