package com.naltrexone.billing.remittance.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One 835 claim payment as posted to one of our claims, read back from the committed posting rows
 * ({@link Remittances#postings}), so that other capabilities (cost of access: benefit accumulators,
 * estimate versus actual, underpayments, margin) follow the money without the remittance code
 * knowing them. They learn of new postings from {@link RemittanceImported}.
 *
 * <p>A reversal (CLP02 = 22) carries every amount negated and {@code reversal} set, so a reader
 * that adds the amounts up stays right.
 *
 * @param claimId our claim (CLM01 matched to CLP01)
 * @param postingId the claim payment posting row
 * @param payerClaimNumber CLP07, may be null
 * @param claimStatusCode CLP02 as received ("1", "4", "22", ...)
 * @param reversal true when this posting negates an earlier one
 * @param reverses the posting a reversal negates (null for anything else): followers undo what they
 *     did for that posting only, not for the claim's other payments
 * @param paidDate the payment's effective date (BPR16), or the 835's production date
 * @param lines one entry per posted service line (SVC)
 */
public record ClaimPaymentPosted(
    long claimId,
    long postingId,
    String payerClaimNumber,
    String claimStatusCode,
    boolean reversal,
    Long reverses,
    LocalDate paidDate,
    List<LinePosting> lines) {

  public ClaimPaymentPosted {
    Objects.requireNonNull(claimStatusCode, "claimStatusCode");
    Objects.requireNonNull(paidDate, "paidDate");
    lines = List.copyOf(lines);
  }

  /**
   * The money of one service line. Amounts are never null (zero when absent in the 835).
   *
   * @param claimLineId our claim line, or null when the SVC could not be matched to one
   * @param procedureCode SVC01-2, e.g. "J2315" or "96372"
   * @param serviceDate DTM*472 of the line, else the claim's date
   * @param charge SVC02
   * @param allowed AMT*B6 when present, else charge minus CO adjustments
   * @param paid SVC03
   * @param deductible PR-1
   * @param coinsurance PR-2
   * @param copay PR-3
   * @param otherPatientResponsibility every other PR amount
   * @param contractualWriteOff every CO amount
   * @param otherAdjustments OA and PI amounts
   */
  public record LinePosting(
      Long claimLineId,
      String procedureCode,
      LocalDate serviceDate,
      BigDecimal charge,
      BigDecimal allowed,
      BigDecimal paid,
      BigDecimal deductible,
      BigDecimal coinsurance,
      BigDecimal copay,
      BigDecimal otherPatientResponsibility,
      BigDecimal contractualWriteOff,
      BigDecimal otherAdjustments) {

    /** What the patient owes for this line after the payer: PR of every kind. */
    public BigDecimal patientResponsibility() {
      return deductible.add(coinsurance).add(copay).add(otherPatientResponsibility);
    }
  }
}
