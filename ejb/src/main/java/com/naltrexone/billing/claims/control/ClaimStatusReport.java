package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.edi.control.X12Issue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one inbound 277CA says about our claims, claim by claim (loop 2200D).
 *
 * @param claims one entry per patient-level HL (2000D), in file order
 * @param validationIssues schema problems found while reading; reported, not fatal (payer files
 *     often bend the guide, e.g. 2200C without STC)
 * @param parseErrors why the file could not be read at all (not X12, truncated); then {@code
 *     claims} is empty
 */
public record ClaimStatusReport(
    List<ClaimStatus> claims, List<X12Issue> validationIssues, List<X12Issue> parseErrors) {

  public ClaimStatusReport {
    claims = List.copyOf(claims);
    validationIssues = List.copyOf(validationIssues);
    parseErrors = List.copyOf(parseErrors);
  }

  public boolean malformed() {
    return !parseErrors.isEmpty();
  }

  /** Where the claim stands after the payer's front end. */
  public enum Outcome {
    /** A1/A2: in the payer's system (A2 is not a promise of payment). */
    ACCEPTED,
    /** A3/A4/A6/A7/A8: not in the payer's system; fix and resend as frequency 1. */
    REJECTED,
    /** Any other category (e.g. A5 split claim, or a category outside this table). */
    OTHER
  }

  /** STC01-1 claim status category codes (277CA subset) and their meaning. */
  static final Map<String, String> CATEGORY_TEXT =
      Map.of(
          "A0", "forwarded to another entity",
          "A1", "received",
          "A2", "accepted into adjudication",
          "A3", "returned as unprocessable",
          "A4", "not found",
          "A5", "split claim",
          "A6", "rejected for missing information",
          "A7", "rejected for invalid information",
          "A8", "rejected for relational field in error");

  /**
   * One STC.
   *
   * @param category STC01-1, e.g. A2
   * @param statusCode STC01-2 (claim status code, e.g. 20 accepted for processing, 562 entity
   *     identifier)
   * @param entity STC01-3 (entity identifier, e.g. 85 billing provider, IL subscriber), or ""
   * @param categoryText human text of the category
   * @param freeText STC12, or ""
   */
  public record Status(
      String category, String statusCode, String entity, String categoryText, String freeText) {

    Outcome outcome() {
      return switch (category) {
        case "A1", "A2" -> Outcome.ACCEPTED;
        case "A3", "A4", "A6", "A7", "A8" -> Outcome.REJECTED;
        default -> Outcome.OTHER;
      };
    }
  }

  /**
   * One claim (2000D/2200D).
   *
   * @param patientControlNumber TRN02 = our CLM01
   * @param payerClaimControlNumber REF*1K, or null (usually absent on rejections)
   * @param statuses claim-level STCs in file order (line-level 2220D STCs are not included)
   * @param totalCharge STC04 of the first STC, or null
   */
  public record ClaimStatus(
      String patientControlNumber,
      String payerClaimControlNumber,
      List<Status> statuses,
      BigDecimal totalCharge) {

    public ClaimStatus {
      statuses = List.copyOf(statuses);
    }

    /** Rejected if any STC rejects; accepted if the first accepts and none rejects. */
    public Outcome outcome() {
      if (statuses.stream().anyMatch(s -> s.outcome() == Outcome.REJECTED)) {
        return Outcome.REJECTED;
      }
      return !statuses.isEmpty() && statuses.get(0).outcome() == Outcome.ACCEPTED
          ? Outcome.ACCEPTED
          : Outcome.OTHER;
    }

    public boolean accepted() {
      return outcome() == Outcome.ACCEPTED;
    }

    public boolean rejected() {
      return outcome() == Outcome.REJECTED;
    }

    /** The first STC, which carries the claim's main status; null when the payer sent none. */
    public Status primary() {
      return statuses.isEmpty() ? null : statuses.get(0);
    }
  }
}
