package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.control.Ack999Reader;
import com.naltrexone.billing.claims.control.AckResult;
import com.naltrexone.billing.claims.control.Claim277Reader;
import com.naltrexone.billing.claims.control.ClaimStatusReport;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.Finding;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Acknowledgments back from the clearinghouse and payers: a 999 (or TA1) updates the interchange
 * and each transaction set's claim; a 277CA updates each claim. The file is kept as received, once
 * (the same interchange again answers "already received"). Control numbers and claim numbers that
 * are not ours are reported, never matched to a guess.
 */
@Stateless
public class Acknowledgments {

  private static final Logger LOG = Logger.getLogger(Acknowledgments.class.getName());
  private static final Set<ClaimStatus> AWAITING_999 = EnumSet.of(ClaimStatus.SENT);
  private static final Set<ClaimStatus> AWAITING_277 =
      EnumSet.of(ClaimStatus.SENT, ClaimStatus.ACKNOWLEDGED);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /** What one inbound file did: what was applied, and what could not be. */
  public record InboundResult(
      String kind,
      Long interchangeId,
      Long alreadyReceivedAs,
      List<String> applied,
      List<String> notApplied) {}

  public InboundResult receive(String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    Envelope env = Envelope.of(text);
    if (env == null) {
      throw new BusinessRuleException(
          "file", "this is not an X12 interchange: it must start with a 106-character ISA segment");
    }
    Optional<Interchange> earlier =
        em.createQuery(
                "select i from Interchange i where i.direction = 'IN' and i.senderId = :sender"
                    + " and i.isa13 = :isa13",
                Interchange.class)
            .setParameter("sender", env.sender())
            .setParameter("isa13", env.isa13())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return new InboundResult(
          earlier.get().getKind(),
          null,
          earlier.get().getId(),
          List.of(),
          List.of("already received"));
    }
    String kind = env.kind();
    List<String> applied = new ArrayList<>();
    List<String> notApplied = new ArrayList<>();
    Instant now = clock.instant();
    switch (kind) {
      case "999", "TA1" -> apply999(content, applied, notApplied, now);
      case "277" -> apply277(content, applied, notApplied, now);
      default ->
          throw new BusinessRuleException(
              "file", "transaction set " + kind + " is not read here (999, TA1 and 277CA are)");
    }
    Interchange stored =
        Interchange.inbound(
            kind,
            env.isa13(),
            env.sender(),
            env.receiver(),
            fileName == null ? kind + "_" + env.isa13() + ".x12" : fileName,
            content,
            ClaimSubmission.sha256(content),
            now);
    stored.acknowledged(notApplied.isEmpty() ? "OK" : "PARTIAL", String.join("\n", notApplied));
    em.persist(stored);
    em.flush();
    audit.record("edi.received", "Interchange", stored.getId(), kind + " ISA13 " + env.isa13());
    LOG.info(
        () ->
            kind
                + " ISA13 "
                + env.isa13()
                + " received: "
                + applied.size()
                + " applied, "
                + notApplied.size()
                + " not applied");
    return new InboundResult(kind, stored.getId(), null, applied, notApplied);
  }

  private void apply999(
      byte[] content, List<String> applied, List<String> notApplied, Instant now) {
    AckResult ack = new Ack999Reader().read(new ByteArrayInputStream(content));
    if (ack.malformed()) {
      throw unreadable(ack.parseErrors());
    }
    for (AckResult.InterchangeAck ta1 : ack.interchangeAcks()) {
      Optional<Interchange> ours =
          outbound(Interchange.OUT_BY_ISA13, "isa13", ta1.interchangeControlNumber());
      if (ours.isEmpty()) {
        notApplied.add("TA1 for unknown interchange " + ta1.interchangeControlNumber());
        continue;
      }
      ours.get().acknowledged("TA1-" + ta1.ackCode(), ta1.noteCode() + " " + ta1.noteText());
      if (ta1.rejected()) {
        for (Claim claim : claimsIn(ours.get())) {
          reject(claim, "TA1_REJECTED", "The interchange was rejected: " + ta1.noteText(), now);
        }
      }
      applied.add("TA1 " + ta1.ackCode() + " for interchange " + ta1.interchangeControlNumber());
    }
    for (AckResult.GroupAck group : ack.groups()) {
      Optional<Interchange> ours =
          outbound(Interchange.OUT_BY_GS06, "gs06", pad9(group.groupControlNumber()));
      if (ours.isEmpty()) {
        notApplied.add("999 for unknown group control number " + group.groupControlNumber());
        continue;
      }
      ours.get().acknowledged(group.status(), group.statusText());
      for (AckResult.TransactionAck tx : group.transactions()) {
        Optional<Claim> claim =
            claimsIn(ours.get()).stream()
                .filter(c -> tx.controlNumber().equals(c.getTransactionControlNumber()))
                .findFirst();
        if (claim.isEmpty()) {
          notApplied.add(
              "999 for unknown transaction "
                  + tx.controlNumber()
                  + " in group "
                  + group.groupControlNumber());
          continue;
        }
        Claim c = claim.get();
        if (!AWAITING_999.contains(c.getStatus())) {
          notApplied.add("claim " + c.getPatientControlNumber() + " is already " + c.getStatus());
          continue;
        }
        if (tx.accepted()) {
          c.moveTo(ClaimStatus.ACKNOWLEDGED, now, "system", "999 " + tx.status());
          applied.add(
              "claim " + c.getPatientControlNumber() + " acknowledged (" + tx.status() + ")");
        } else {
          reject(c, "999_REJECTED", "The 999 rejected its transaction set: " + describe(tx), now);
          applied.add("claim " + c.getPatientControlNumber() + " rejected by the 999");
        }
      }
    }
  }

  private void apply277(
      byte[] content, List<String> applied, List<String> notApplied, Instant now) {
    ClaimStatusReport report = new Claim277Reader().read(new ByteArrayInputStream(content));
    if (report.malformed()) {
      throw unreadable(report.parseErrors());
    }
    for (ClaimStatusReport.ClaimStatus status : report.claims()) {
      Optional<Claim> claim =
          em.createNamedQuery(Claim.BY_PCN, Claim.class)
              .setParameter("pcn", status.patientControlNumber())
              .getResultStream()
              .findFirst();
      if (claim.isEmpty()) {
        notApplied.add("277CA for unknown claim " + status.patientControlNumber());
        continue;
      }
      Claim c = claim.get();
      if (!AWAITING_277.contains(c.getStatus())) {
        notApplied.add("claim " + c.getPatientControlNumber() + " is already " + c.getStatus());
        continue;
      }
      ClaimStatusReport.Status primary = status.primary();
      String stc =
          primary == null
              ? "no status"
              : primary.category()
                  + ":"
                  + primary.statusCode()
                  + " "
                  + primary.categoryText()
                  + (primary.freeText() == null || primary.freeText().isBlank()
                      ? ""
                      : " (" + primary.freeText() + ")");
      if (status.accepted()) {
        c.moveTo(ClaimStatus.ACCEPTED, now, "system", "277CA " + stc);
        applied.add("claim " + c.getPatientControlNumber() + " accepted: " + stc);
      } else if (status.rejected()) {
        reject(
            c,
            "277CA_REJECTED",
            "The payer rejected it (277CA " + stc + "): correct and resend as an original.",
            now);
        applied.add("claim " + c.getPatientControlNumber() + " rejected: " + stc);
      } else {
        notApplied.add("claim " + c.getPatientControlNumber() + ": status " + stc + " left as is");
      }
    }
  }

  private static void reject(Claim claim, String code, String message, Instant now) {
    claim.found(Finding.error(code, message), now);
    claim.moveTo(ClaimStatus.REJECTED, now, "system", message);
  }

  private static String describe(AckResult.TransactionAck tx) {
    List<String> parts = new ArrayList<>();
    parts.add(tx.status() + " " + tx.statusText());
    for (AckResult.SegmentError s : tx.segmentErrors()) {
      parts.add("segment " + s.segmentId() + " #" + s.position() + ": " + s.text());
      for (AckResult.ElementError e : s.elementErrors()) {
        parts.add("  element " + e.position() + ": " + e.text());
      }
    }
    return String.join("; ", parts);
  }

  private Optional<Interchange> outbound(String query, String parameter, String value) {
    return em.createNamedQuery(query, Interchange.class)
        .setParameter(parameter, value)
        .getResultStream()
        .findFirst();
  }

  private List<Claim> claimsIn(Interchange interchange) {
    return em.createNamedQuery(Claim.IN_INTERCHANGE, Claim.class)
        .setParameter("interchangeId", interchange.getId())
        .getResultList();
  }

  private static String pad9(String number) {
    try {
      return String.format("%09d", Long.parseLong(number.trim()));
    } catch (NumberFormatException e) {
      return number;
    }
  }

  private static BusinessRuleException unreadable(List<X12Issue> errors) {
    List<BusinessRuleException.Violation> v = new ArrayList<>();
    for (X12Issue issue : errors.subList(0, Math.min(20, errors.size()))) {
      v.add(new BusinessRuleException.Violation("file", issue.toString()));
    }
    return new BusinessRuleException(v);
  }

  /** ISA facts read without a parser: ISA is fixed width (106 characters). */
  record Envelope(String sender, String receiver, String isa13, String kind) {
    static Envelope of(String text) {
      String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
      s = s.stripLeading();
      if (s.length() < 106 || !s.startsWith("ISA")) {
        return null;
      }
      char element = s.charAt(3);
      char segment = s.charAt(105);
      String[] isa =
          s.substring(0, 105).split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
      if (isa.length < 17) {
        return null;
      }
      String kind = "TA1";
      for (String seg : s.split(java.util.regex.Pattern.quote(String.valueOf(segment)))) {
        String trimmed = seg.strip();
        if (trimmed.startsWith("ST" + element)) {
          kind =
              trimmed.substring(3).split(java.util.regex.Pattern.quote(String.valueOf(element)))[0];
          break;
        }
      }
      return new Envelope(isa[6].trim(), isa[8].trim(), isa[13].trim(), kind);
    }
  }
}
