package com.naltrexone.billing.simulator;

import com.naltrexone.billing.simulator.Adjudication.Adjustment;
import com.naltrexone.billing.simulator.Adjudication.PaidClaim;
import com.naltrexone.billing.simulator.Adjudication.PaidLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes one 835 for the adjudicated claims. Refuses (IllegalStateException) to write anything that
 * does not balance: line SVC02 - SVC03 = sum of CAS, claim CLP03 - CLP04 = sum of CAS, and BPR02 =
 * sum of CLP04 (the simulator sends no PLB).
 */
final class Remittance835Builder {

  static final String PAYER_TIN = "1999999999";

  private Remittance835Builder() {}

  static byte[] write(AnswerEnvelope envelope, List<PaidClaim> claims) {
    for (PaidClaim claim : claims) {
      if (!claim.balanced()) {
        throw new IllegalStateException("claim " + claim.patientControlNumber() + " unbalanced");
      }
    }
    BigDecimal total =
        claims.stream().map(PaidClaim::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() < 0) {
      throw new IllegalStateException("negative BPR02 needs a PLB forward balance");
    }
    Submission.Claim first = claims.get(0).source();
    String date = envelope.date();
    X12.Out out = new X12.Out("835");
    envelope.open(out, "HP", "005010X221A1");
    out.segment("ST", "835", "0001", "005010X221A1");
    if (total.signum() > 0) {
      out.segment(
          "BPR",
          "C",
          X12.amount(total),
          "C",
          "ACH",
          "CCP",
          "01",
          "999999999",
          "DA",
          "123456",
          PAYER_TIN,
          null,
          "01",
          "888888888",
          "DA",
          "654321",
          date);
    } else {
      out.segment(
          "BPR", "H", "0", "C", "NON", null, null, null, null, null, null, null, null, null, null,
          null, date);
    }
    out.segment("TRN", "1", "EFT" + envelope.isa13(), PAYER_TIN);
    out.segment("DTM", "405", date);
    out.segment("N1", "PR", first.payerName());
    out.segment("N3", "500 PAYER WAY");
    out.segment("N4", "SPRINGFIELD", "IL", "627030000");
    out.segment("PER", "BL", "PROVIDER SERVICES", "TE", "5555550199");
    out.segment("N1", "PE", first.billingName(), "XX", first.billingNpi());
    out.segment("LX", "1");
    for (PaidClaim claim : claims) {
      claim(out, claim);
    }
    out.segment("SE", out.segmentCount(), "0001");
    envelope.close(out, 1);
    return out.finish();
  }

  private static void claim(X12.Out out, PaidClaim claim) {
    out.segment(
        "CLP",
        claim.patientControlNumber(),
        claim.status(),
        X12.amount(claim.charge()),
        X12.amount(claim.paid()),
        claim.patientResponsibility() == null ? null : X12.amount(claim.patientResponsibility()),
        claim.filingIndicator(),
        claim.payerClaimControlNumber());
    Submission.Claim source = claim.source();
    out.segment(
        "NM1",
        "QC",
        "1",
        source.lastName(),
        source.firstName(),
        null,
        null,
        null,
        "MI",
        source.memberId());
    for (PaidLine line : claim.lines()) {
      out.segment(
          "SVC",
          line.procedure().toArray(String[]::new),
          X12.amount(line.charge()),
          X12.amount(line.paid()),
          null,
          line.units());
      out.segment("DTM", "472", line.serviceDate());
      for (Adjustment a : line.adjustments()) {
        out.segment("CAS", a.group(), a.reason(), X12.amount(a.amount()));
      }
      if (line.lineControlNumber() != null) {
        out.segment("REF", "6R", line.lineControlNumber());
      }
      if (line.allowed() != null) {
        out.segment("AMT", "B6", X12.amount(line.allowed()));
      }
      if (line.remark() != null) {
        out.segment("LQ", "HE", line.remark());
      }
    }
  }
}
