package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.claims.control.ClaimBuilder;
import com.naltrexone.billing.claims.control.CorrectionRules;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimFinding;
import com.naltrexone.billing.claims.entity.ClaimFrequency;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.entity.Versions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a biller does to a claim after the scrubber or the payer had their say: correct it (in place
 * while the payer has not got it, as a replacement with frequency 7 once it has), void it (locally
 * before it left, as a frequency 8 claim once the payer has it) or write it off with a reason.
 * Every action is audited and answers with a sentence saying what it did.
 */
@Stateless
public class ClaimCorrections {

  @PersistenceContext EntityManager em;
  @EJB Claims claims;
  @Inject ClaimBuilder builder;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The claim an action produced or changed, and what happened, in words for the biller. */
  public record Outcome(Claim claim, String summary) {}

  /**
   * Corrects the diagnosis codes. A held, ready or rejected claim (the payer never adjudicated it)
   * is changed in place, picks up an approved authorization recorded since it was built, and is
   * scrubbed again. A claim the payer has (accepted, paid, denied) is replaced by a new claim with
   * frequency 7 quoting the payer's claim number; the original stays as the payer knows it.
   */
  public Outcome correct(long claimId, ClaimCorrectionData data) {
    Claim claim = claims.get(claimId);
    Versions.check(claim, data.version);
    List<String> codes = CorrectionRules.diagnoses(data.diagnosisCodes);
    Instant now = clock.instant();
    if (claim.getStatus().isCorrectable()) {
      // EclipseLink 4.0.1 writes a changed ordered element collection as inserts before deletes
      // (duplicate key on claim_diagnosis when position 1 changes): delete the old rows first.
      claim.forgetDiagnoses();
      em.flush();
      claim.diagnosed(codes);
      if (claim.getAuthorization() == null
          || !claim.getAuthorization().covers(claim.getServiceDate())) {
        builder.authorizationFor(claim.getDose(), claim.getPayer()).ifPresent(claim::authorizedBy);
      }
      claims.scrub(claim, now, null);
      audit.record("claim.corrected", "Claim", claimId, "status=" + claim.getStatus());
      return new Outcome(
          claim, "Claim " + claim.getPatientControlNumber() + " corrected: " + fate(claim));
    }
    if (claim.getStatus().isWithPayer()) {
      return sendAnew(claim, ClaimFrequency.REPLACEMENT, data.payerClaimNumber, codes, null, now);
    }
    throw new ConflictException(notNow(claim, "corrected"));
  }

  /**
   * Voids a claim. One the payer never received (held, ready, rejected) is simply marked VOIDED;
   * one the payer has gets a frequency 8 claim that goes out with the next submission.
   */
  public Outcome voidClaim(long claimId, ClaimClosingData data) {
    Claim claim = claims.get(claimId);
    Versions.check(claim, data.version);
    String reason = CorrectionRules.reason(data.reason);
    Instant now = clock.instant();
    if (claim.getStatus().isCorrectable()) {
      claim.moveTo(ClaimStatus.VOIDED, now, audit.actor(), "voided: " + reason);
      audit.record("claim.voided", "Claim", claimId, "before sending");
      return new Outcome(
          claim,
          "Claim "
              + claim.getPatientControlNumber()
              + " voided; the payer never received it, so nothing is sent.");
    }
    if (claim.getStatus().isWithPayer()) {
      return sendAnew(claim, ClaimFrequency.VOID, data.payerClaimNumber, null, reason, now);
    }
    throw new ConflictException(notNow(claim, "voided"));
  }

  /** Closes a claim that will not be (further) paid, with the biller's reason. */
  public Outcome writeOff(long claimId, ClaimClosingData data) {
    Claim claim = claims.get(claimId);
    Versions.check(claim, data.version);
    String reason = CorrectionRules.reason(data.reason);
    if (!claim.getStatus().isWriteOffable()) {
      throw new ConflictException(notNow(claim, "written off"));
    }
    claim.moveTo(ClaimStatus.CLOSED, clock.instant(), audit.actor(), "written off: " + reason);
    audit.record("claim.written-off", "Claim", claimId, null);
    return new Outcome(
        claim, "Claim " + claim.getPatientControlNumber() + " written off and closed.");
  }

  /**
   * A replacement (7, with {@code codes}) or void (8, with {@code reason}) of a claim the payer
   * has: a new claim, scrubbed, noted in the original's history; the original stays as the payer
   * knows it.
   */
  private Outcome sendAnew(
      Claim claim,
      ClaimFrequency kind,
      String payerClaimNumber,
      List<String> codes,
      String reason,
      Instant now) {
    String icn =
        payerClaimNumber == null || payerClaimNumber.isBlank()
            ? claim.getPayerClaimNumber()
            : payerClaimNumber.trim();
    Claim c = claim.correction(kind, icn, now);
    em.persist(c); // draws the id the claim number is made of
    c.number();
    c.copyLinesFrom(claim);
    if (codes != null) {
      c.diagnosed(codes);
    }
    claims.scrub(c, now, null);
    String what =
        (kind == ClaimFrequency.VOID ? "Void claim " : "Replacement claim ")
            + c.getPatientControlNumber()
            + " (frequency "
            + kind.code()
            + ")";
    claim.moveTo(
        claim.getStatus(), now, audit.actor(), what + (reason == null ? "" : ": " + reason));
    audit.record(
        kind == ClaimFrequency.VOID ? "claim.voided" : "claim.replaced",
        "Claim",
        claim.getId(),
        "new claim=" + c.getId() + " status=" + c.getStatus());
    return new Outcome(
        c, what + " created for " + claim.getPatientControlNumber() + ": " + fate(c));
  }

  private static String fate(Claim claim) {
    if (claim.getStatus() == ClaimStatus.READY) {
      return "READY, it goes out with the next submission.";
    }
    long errors =
        claim.getFindings().stream()
            .filter(f -> f.getSeverity() == ClaimFinding.Severity.ERROR)
            .count();
    return "still HELD with " + errors + " error(s) to fix (see the findings).";
  }

  private static String notNow(Claim claim, String what) {
    String hint =
        switch (claim.getStatus()) {
          case BATCHED, SENT -> "it is on its way: wait for the 999 and 277CA.";
          case ACKNOWLEDGED -> "the payer has not answered yet: wait for the 277CA.";
          case VOIDED, CLOSED -> "it is already " + claim.getStatus() + ".";
          default -> "its status does not allow it.";
        };
    return "Claim "
        + claim.getPatientControlNumber()
        + " is "
        + claim.getStatus()
        + " and cannot be "
        + what
        + " now; "
        + hint;
  }
}
