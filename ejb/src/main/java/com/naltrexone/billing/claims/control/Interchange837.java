package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.edi.control.X12Issue;
import java.util.List;

/**
 * What {@link Claim837Writer#write} put into the file and what it held back.
 *
 * @param interchangeControlNumber ISA13 as written (9 digits)
 * @param groupControlNumber GS06
 * @param accepted claims written, in file order, with their ST02 and REF*6R values
 * @param rejected claims held back with every problem found; nothing of them is in the file
 */
public record Interchange837(
    String interchangeControlNumber,
    long groupControlNumber,
    List<AcceptedClaim> accepted,
    List<RejectedClaim> rejected) {

  public Interchange837 {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
  }

  /** True when an interchange was written, i.e. at least one claim passed. */
  public boolean written() {
    return !accepted.isEmpty();
  }

  /** GE01: one transaction set per accepted claim. */
  public int transactionCount() {
    return accepted.size();
  }

  /**
   * A claim in the file.
   *
   * @param transactionControlNumber ST02/SE02 of its transaction set (999 AK202)
   * @param segmentCount SE01
   */
  public record AcceptedClaim(
      String patientControlNumber,
      String transactionControlNumber,
      int segmentCount,
      List<String> lineControlNumbers) {
    public AcceptedClaim {
      lineControlNumbers = List.copyOf(lineControlNumbers);
    }
  }

  /**
   * A claim held back.
   *
   * @param index position in the list given to the writer
   * @param issues schema and rule problems, each naming segment and element
   */
  public record RejectedClaim(String patientControlNumber, int index, List<X12Issue> issues) {
    public RejectedClaim {
      issues = List.copyOf(issues);
    }

    /** One line per issue, for a work queue. */
    public String describe() {
      return String.join("; ", issues.stream().map(X12Issue::toString).toList());
    }
  }
}
