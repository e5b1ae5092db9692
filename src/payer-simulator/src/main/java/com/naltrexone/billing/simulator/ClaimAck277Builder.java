package com.naltrexone.billing.simulator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the 277CA for the claims the 999 accepted: A2/20 with the payer claim number (REF*1K) for
 * each, or A7/164 (entity's contract/member number, entity IL) for a member id starting with {@code
 * REJ277}. Counts and amounts at the receiver (2200B) and provider (2200C) levels add up.
 */
final class ClaimAck277Builder {

  static final String REJECT_MARKER = "REJ277";

  private ClaimAck277Builder() {}

  static boolean rejected(Submission.Claim claim) {
    return claim.memberStartsWith(REJECT_MARKER);
  }

  /**
   * @param claims the claims of accepted transaction sets (at least one)
   * @param icns payer claim control numbers, parallel to {@code claims}
   */
  static byte[] write(AnswerEnvelope envelope, List<Submission.Claim> claims, List<String> icns) {
    Submission.Claim first = claims.get(0);
    X12.Out out = new X12.Out("277");
    envelope.open(out, "HN", "005010X214");
    String date = envelope.date();
    String trace = "277CA" + envelope.isa13();
    out.segment("ST", "277", "0001", "005010X214");
    out.segment("BHT", "0085", "08", trace, date, envelope.time(), "TH");
    out.segment("HL", "1", null, "20", "1");
    out.segment("NM1", "PR", "2", first.payerName(), null, null, null, null, "PI", first.payerId());
    out.segment("TRN", "1", trace);
    out.segment("DTP", "050", "D8", date);
    out.segment("DTP", "009", "D8", date);

    List<Submission.Claim> ok = claims.stream().filter(c -> !rejected(c)).toList();
    List<Submission.Claim> bad = claims.stream().filter(ClaimAck277Builder::rejected).toList();
    out.segment("HL", "2", "1", "21", "1");
    out.segment(
        "NM1", "41", "2", first.submitterName(), null, null, null, null, "46", first.submitterId());
    out.segment("TRN", "2", envelope.submission().batchReference());
    out.segment("STC", new String[] {"A1", "19", "PR"}, date, "WQ", X12.amount(total(claims)));
    totals(out, ok, bad, "90", "AA");

    out.segment("HL", "3", "2", "19", "1");
    out.segment(
        "NM1", "85", "2", first.billingName(), null, null, null, null, "XX", first.billingNpi());
    out.segment("TRN", "1", "0");
    out.segment("STC", new String[] {"A1", "19", "PR"}, null, "WQ", X12.amount(total(claims)));
    totals(out, ok, bad, "QA", "QC");

    int hl = 4;
    for (int i = 0; i < claims.size(); i++) {
      Submission.Claim claim = claims.get(i);
      out.segment("HL", Integer.toString(hl++), "3", "PT");
      out.segment(
          "NM1",
          "QC",
          "1",
          claim.lastName(),
          claim.firstName(),
          null,
          null,
          null,
          "MI",
          claim.memberId());
      out.segment("TRN", "2", claim.patientControlNumber());
      if (rejected(claim)) {
        out.segment(
            "STC",
            new String[] {"A7", "164", "IL"},
            date,
            "U",
            X12.amount(claim.charge()),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "MEMBER ID NOT ON FILE");
      } else {
        out.segment("STC", new String[] {"A2", "20", "PR"}, date, "WQ", X12.amount(claim.charge()));
        out.segment("REF", "1K", icns.get(i));
      }
      String from =
          claim.lines().stream()
              .map(Submission.Line::serviceDate)
              .min(String::compareTo)
              .orElse(date);
      String to =
          claim.lines().stream()
              .map(Submission.Line::serviceDate)
              .max(String::compareTo)
              .orElse(date);
      out.segment("DTP", "472", "RD8", from + "-" + to);
    }
    out.segment("SE", out.segmentCount(), "0001");
    envelope.close(out, 1);
    return out.finish();
  }

  private static void totals(
      X12.Out out,
      List<Submission.Claim> ok,
      List<Submission.Claim> bad,
      String acceptedQty,
      String rejectedQty) {
    if (!ok.isEmpty()) {
      out.segment("QTY", acceptedQty, Integer.toString(ok.size()));
    }
    if (!bad.isEmpty()) {
      out.segment("QTY", rejectedQty, Integer.toString(bad.size()));
    }
    if (!ok.isEmpty()) {
      out.segment("AMT", "YU", X12.amount(total(ok)));
    }
    if (!bad.isEmpty()) {
      out.segment("AMT", "YY", X12.amount(total(bad)));
    }
  }

  private static BigDecimal total(List<Submission.Claim> claims) {
    return claims.stream().map(Submission.Claim::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
