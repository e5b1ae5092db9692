package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.edi.control.X12Issue;
import java.util.List;

/**
 * What one inbound 999 (and any TA1 in the same interchange) says about our 837 submissions.
 * Matching back: {@link GroupAck#groupControlNumber()} = our GS06, {@link
 * TransactionAck#controlNumber()} = our ST02 (one claim per ST, see {@link Claim837Writer}).
 *
 * <p>Either {@link #parseErrors()} is empty and the acknowledgments are complete, or it is not and
 * there are no acknowledgments at all: a malformed file is never half-applied.
 *
 * @param interchangeAcks TA1 segments
 * @param groups one per AK1 (normally one)
 * @param warnings validation problems that do not touch the acknowledgment content (e.g. a bad GS
 *     time)
 * @param parseErrors why the file could not be used, 999-style (segment, position, element, reason)
 */
public record AckResult(
    List<InterchangeAck> interchangeAcks,
    List<GroupAck> groups,
    List<X12Issue> warnings,
    List<X12Issue> parseErrors) {

  public AckResult {
    interchangeAcks = List.copyOf(interchangeAcks);
    groups = List.copyOf(groups);
    warnings = List.copyOf(warnings);
    parseErrors = List.copyOf(parseErrors);
  }

  static AckResult malformed(List<X12Issue> warnings, List<X12Issue> errors) {
    return new AckResult(List.of(), List.of(), warnings, errors);
  }

  public boolean malformed() {
    return !parseErrors.isEmpty();
  }

  /** TA1: the receiver's verdict on our interchange envelope. */
  public record InterchangeAck(
      String interchangeControlNumber,
      String ackCode,
      String ackText,
      String noteCode,
      String noteText) {
    public boolean rejected() {
      return "R".equals(ackCode);
    }
  }

  /**
   * AK1..AK9 for one of our functional groups.
   *
   * @param functionalIdentifier AK101, HC for 837
   * @param groupControlNumber AK102 = our GS06
   * @param version AK103
   * @param status AK901: A, E, P, R (M, W, X)
   * @param errorCodes AK905..AK909
   */
  public record GroupAck(
      String functionalIdentifier,
      String groupControlNumber,
      String version,
      String status,
      String statusText,
      int transactionsIncluded,
      int transactionsReceived,
      int transactionsAccepted,
      List<String> errorCodes,
      List<String> errorTexts,
      List<TransactionAck> transactions) {
    public GroupAck {
      errorCodes = List.copyOf(errorCodes);
      errorTexts = List.copyOf(errorTexts);
      transactions = List.copyOf(transactions);
    }
  }

  /**
   * AK2..IK5 for one transaction set.
   *
   * @param transactionSetId AK201, 837
   * @param controlNumber AK202 = our ST02
   * @param status IK501: A, E, M, R, W, X
   * @param errorCodes IK502..IK506
   */
  public record TransactionAck(
      String transactionSetId,
      String controlNumber,
      String status,
      String statusText,
      List<String> errorCodes,
      List<String> errorTexts,
      List<SegmentError> segmentErrors) {
    public TransactionAck {
      errorCodes = List.copyOf(errorCodes);
      errorTexts = List.copyOf(errorTexts);
      segmentErrors = List.copyOf(segmentErrors);
    }

    /** A and E mean the claim(s) in this ST go on to the payer; everything else is rejected. */
    public boolean accepted() {
      return "A".equals(status) || "E".equals(status);
    }
  }

  /**
   * IK3 (+ CTX + IK4s).
   *
   * @param segmentId IK301
   * @param position IK302, position in our transaction set (ST = 1)
   * @param loop IK303, e.g. 2300
   * @param code IK304
   * @param patientControlNumber CLM01 from a CTX*CLM01 business-unit context, or null
   */
  public record SegmentError(
      String segmentId,
      int position,
      String loop,
      String code,
      String text,
      String patientControlNumber,
      List<ElementError> elementErrors) {
    public SegmentError {
      elementErrors = List.copyOf(elementErrors);
    }
  }

  /**
   * IK4. The copy of the bad data (IK404) is not kept: it may hold patient details.
   *
   * @param position IK401-1 element position in the segment
   * @param component IK401-2 component position, 0 when none
   * @param dataElementReference IK402, e.g. 782
   * @param code IK403
   */
  public record ElementError(
      int position, int component, String dataElementReference, String code, String text) {}
}
