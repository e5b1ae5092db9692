package com.naltrexone.billing.simulator;

import java.util.List;
import java.util.Map;

/**
 * Writes the 999 for a submission: each ST accepted, or rejected when the 837 schema found problems
 * in it or one of its claims carries the {@code REJ999} member-id marker.
 */
final class Ack999Builder {

  static final String REJECT_MARKER = "REJ999";

  /** StAEDI segment errors as IK304 codes; anything else is "segment has data element errors". */
  private static final Map<String, String> IK304 =
      Map.of(
          "UNRECOGNIZED_SEGMENT_ID", "1",
          "UNEXPECTED_SEGMENT", "2",
          "MANDATORY_SEGMENT_MISSING", "3",
          "LOOP_OCCURS_OVER_MAXIMUM_TIMES", "4",
          "SEGMENT_EXCEEDS_MAXIMUM_USE", "5",
          "SEGMENT_NOT_IN_PROPER_SEQUENCE", "7",
          "IMPLEMENTATION_UNUSED_SEGMENT_PRESENT", "I4",
          "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES", "I7",
          "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE", "I8");

  private Ack999Builder() {}

  static boolean rejected(Submission.Transaction transaction) {
    return !transaction.problems().isEmpty()
        || transaction.claims().stream().anyMatch(c -> c.memberStartsWith(REJECT_MARKER));
  }

  static byte[] write(AnswerEnvelope envelope) {
    Submission submission = envelope.submission();
    X12.Out out = new X12.Out("999");
    envelope.open(out, "FA", "005010X231A1");
    out.segment("ST", "999", "0001", "005010X231A1");
    out.segment("AK1", "HC", submission.groupControlNumber(), "005010X222A1");
    int accepted = 0;
    for (Submission.Transaction tx : submission.transactions()) {
      out.segment("AK2", "837", tx.controlNumber(), "005010X222A1");
      if (rejected(tx)) {
        errors(out, tx);
        out.segment("IK5", "R", "5");
      } else {
        accepted++;
        out.segment("IK5", "A");
      }
    }
    int received = submission.transactions().size();
    String status = accepted == received ? "A" : accepted == 0 ? "R" : "P";
    String count = Integer.toString(received);
    out.segment("AK9", status, count, count, Integer.toString(accepted));
    out.segment("SE", out.segmentCount(), "0001");
    envelope.close(out, 1);
    return out.finish();
  }

  private static void errors(X12.Out out, Submission.Transaction tx) {
    if (!tx.problems().isEmpty()) {
      X12.Problem p = tx.problems().get(0);
      String code = p.element() > 0 ? "8" : IK304.getOrDefault(p.error(), "8");
      out.segment("IK3", p.segment(), Integer.toString(Math.max(1, p.position())), null, code);
      if (p.element() > 0) {
        out.segment("IK4", Integer.toString(p.element()), null, "7");
      }
      return;
    }
    Submission.Claim claim =
        tx.claims().stream().filter(c -> c.memberStartsWith(REJECT_MARKER)).findFirst().get();
    // NM109 (DE 67, member id) fails the payer's member id format: invalid character
    out.segment("IK3", "NM1", Integer.toString(tx.memberPosition()), null, "8");
    out.segment("CTX", (Object) new String[] {"CLM01", claim.patientControlNumber()});
    out.segment("IK4", "9", "67", "6");
  }

  static List<Submission.Transaction> acceptedTransactions(Submission submission) {
    return submission.transactions().stream().filter(tx -> !rejected(tx)).toList();
  }
}
