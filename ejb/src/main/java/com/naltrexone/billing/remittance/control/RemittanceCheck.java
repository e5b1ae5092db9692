package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.RemittanceBalance.Finding;
import com.naltrexone.billing.remittance.control.RemittanceBalance.Severity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The first of the importer's two reads: validates and balances the whole file without keeping its
 * claims, so that nothing is written for an invalid file, and a transaction set that does not
 * balance is known to be rejected before any of its claims is posted (they arrive before the SE
 * that closes the balance). Memory: one verdict per transaction set.
 *
 * <p>A transaction set is rejected when it has transaction-level issues (header, PLB), or when any
 * balancing rule fails: the transaction rule, or a line or claim rule of any of its claims (an
 * out-of-balance 835 is never posted automatically, domain.md 3.5). A claim with schema issues
 * (degraded) does not reject its transaction: it goes to the unmatched queue alone.
 */
public final class RemittanceCheck {

  /** Reasons kept per rejected transaction; the rest are counted. */
  static final int MAX_REASONS = 20;

  /**
   * The verdict on one transaction set.
   *
   * @param rejection why it may not be posted (sentences, one per line), null when it may
   */
  public record Verdict(Header header, int claims, int degradedClaims, String rejection) {
    public boolean rejected() {
      return rejection != null;
    }
  }

  /**
   * The whole file: the reader's report, one verdict per transaction set, in file order, and the
   * issues and warnings of its claims, for the second read ({@link Remittance835Reader#reread}).
   */
  public record Result(
      Remittance835Reader.Report report,
      List<Verdict> verdicts,
      Remittance835Reader.ClaimFindings findings) {
    public Result {
      verdicts = List.copyOf(verdicts);
    }

    public boolean valid() {
      return report.valid();
    }
  }

  private RemittanceCheck() {}

  /**
   * Payments that come twice in one file: for each transaction set, the index of an earlier one
   * with the same payer + TRN02 + ISA13/GS06/ST02, or (when both would be posted) the same payer +
   * TRN02; null when it is the first. Only the first is imported, like a payment imported before.
   */
  public static List<Integer> repeatedInFile(List<Verdict> verdicts) {
    List<Integer> repeats = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      Header h = v.header();
      String payment = paymentKey(h);
      String envelope = envelopeKey(h);
      Integer earlier = seen.get(envelope);
      if (earlier == null && !v.rejected()) {
        earlier = seen.get(payment);
      }
      repeats.add(earlier);
      if (earlier == null) {
        seen.put(envelope, i);
        if (!v.rejected()) {
          seen.put(payment, i);
        }
      }
    }
    return repeats;
  }

  /** A payment: payer + TRN02. */
  public static String paymentKey(Header h) {
    return h.payer().payerId() + "|" + h.traceNumber();
  }

  /** A payment in its envelope: payer + TRN02 + ISA13/GS06/ST02. */
  public static String envelopeKey(Header h) {
    return paymentKey(h)
        + "|"
        + h.interchangeControlNumber()
        + "|"
        + h.groupControlNumber()
        + "|"
        + h.controlNumber();
  }

  public static Result check(InputStream in) {
    Judge judge = new Judge(null);
    Remittance835Reader.Report report = new Remittance835Reader().read(in, judge);
    return new Result(
        report,
        report.valid() ? judge.verdicts() : List.of(),
        report.valid() ? judge.findings() : new Remittance835Reader.ClaimFindings());
  }

  /**
   * Judges transaction sets as a validated read hands them out: one {@link Verdict} per transaction
   * set at its SE, and the {@link Remittance835Reader.ClaimFindings} of its claims. A listener
   * given to the constructor receives every header, claim and trailer after the judge has seen it
   * ({@link #last()} is then the verdict of the trailer's transaction set).
   */
  public static final class Judge implements Remittance835Reader.Listener {
    private final Remittance835Reader.Listener next;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final Remittance835Reader.ClaimFindings findings =
        new Remittance835Reader.ClaimFindings();
    private final List<String> reasons = new ArrayList<>();
    private int more;
    private int claims;
    private int degraded;

    public Judge(Remittance835Reader.Listener next) {
      this.next = next;
    }

    public List<Verdict> verdicts() {
      return verdicts;
    }

    public Remittance835Reader.ClaimFindings findings() {
      return findings;
    }

    /** The verdict on the transaction set whose SE came last. */
    public Verdict last() {
      return verdicts.get(verdicts.size() - 1);
    }

    @Override
    public void header(Header header) {
      if (next != null) {
        next.header(header);
      }
    }

    @Override
    public void claim(Header header, Claim claim) {
      claims++;
      findings.add(verdicts.size(), claim);
      if (claim.degraded()) {
        degraded++;
      } else {
        for (Finding f : RemittanceBalance.claim(claim)) {
          if (f.severity() == Severity.ERROR) {
            reason(f.message());
          }
        }
      }
      if (next != null) {
        next.claim(header, claim);
      }
    }

    @Override
    public void trailer(Header header, Trailer trailer) {
      List<String> all = new ArrayList<>();
      for (X12Issue issue : trailer.issues()) {
        all.add(issue.toString());
      }
      for (Finding f : RemittanceBalance.transaction(header, trailer)) {
        all.add(f.message());
      }
      all.addAll(reasons);
      int extra = more + Math.max(0, all.size() - MAX_REASONS);
      List<String> kept = all.subList(0, Math.min(MAX_REASONS, all.size()));
      String rejection =
          all.isEmpty()
              ? null
              : String.join("\n", kept) + (extra > 0 ? "\n(" + extra + " more)" : "");
      verdicts.add(new Verdict(header, claims, degraded, rejection));
      reasons.clear();
      more = 0;
      claims = 0;
      degraded = 0;
      if (next != null) {
        next.trailer(header, trailer);
      }
    }

    private void reason(String message) {
      if (reasons.size() < MAX_REASONS) {
        reasons.add(message);
      } else {
        more++;
      }
    }
  }
}
