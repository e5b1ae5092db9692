package com.naltrexone.billing.claims.control;

import static com.naltrexone.billing.claims.control.AckCodes.text;

import com.naltrexone.billing.claims.control.AckResult.ElementError;
import com.naltrexone.billing.claims.control.AckResult.GroupAck;
import com.naltrexone.billing.claims.control.AckResult.InterchangeAck;
import com.naltrexone.billing.claims.control.AckResult.SegmentError;
import com.naltrexone.billing.claims.control.AckResult.TransactionAck;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.control.X12Segment;
import com.naltrexone.billing.edi.control.X12SegmentStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a 999 implementation acknowledgment (005010X231A1), and any TA1 in the same interchange,
 * into an {@link AckResult}. Never throws for bad input.
 *
 * <p>Policy: validation problems in the segments we map (TA1, AK1, AK2, IK3, IK4, IK5, AK9), an
 * unreadable file, or a file that is not a 999 make the file <em>malformed</em>: the result then
 * carries only the parse report. Problems elsewhere (envelope dates, CTX details, IEA reference)
 * are returned as warnings next to the acknowledgments, because they do not change what was
 * accepted.
 */
public class Ack999Reader {

  private static final Set<String> MAPPED = Set.of("TA1", "AK1", "AK2", "IK3", "IK4", "IK5", "AK9");

  public AckResult read(InputStream in) {
    X12SegmentStream.Result read = X12SegmentStream.read(in);
    List<X12Issue> errors = new ArrayList<>();
    List<X12Issue> warnings = new ArrayList<>();
    for (X12Issue issue : read.issues()) {
      (MAPPED.contains(issue.segment()) ? errors : warnings).add(issue);
    }
    if (read.fatal() != null) {
      errors.add(read.fatal());
    }
    Mapper mapper = new Mapper(errors);
    if (errors.isEmpty()) {
      read.segments().forEach(mapper::accept);
      mapper.finish();
    }
    if (!errors.isEmpty()) {
      return AckResult.malformed(warnings, errors);
    }
    return new AckResult(mapper.interchangeAcks, mapper.groups, warnings, List.of());
  }

  /** Segment-by-segment state machine over AK1 (AK2 (IK3 CTX* IK4*)* IK5)* AK9. */
  private static final class Mapper {
    final List<X12Issue> errors;
    final List<InterchangeAck> interchangeAcks = new ArrayList<>();
    final List<GroupAck> groups = new ArrayList<>();
    X12Segment ak1;
    List<TransactionAck> transactions;
    X12Segment ak2;
    List<SegmentError> segmentErrors;
    X12Segment ik3;
    String ik3Claim;
    List<ElementError> elementErrors;

    Mapper(List<X12Issue> errors) {
      this.errors = errors;
    }

    void accept(X12Segment s) {
      switch (s.tag()) {
        case "TA1" ->
            interchangeAcks.add(
                new InterchangeAck(
                    s.element(1),
                    s.element(4),
                    text(AckCodes.INTERCHANGE_ACK, s.element(4)),
                    s.element(5),
                    text(AckCodes.INTERCHANGE_NOTE, s.element(5))));
        case "ST" -> {
          if (!"999".equals(s.element(1))) {
            fail(s, "ST01", "transaction set " + s.element(1) + " is not a 999");
          }
        }
        case "AK1" -> {
          ak1 = s;
          transactions = new ArrayList<>();
        }
        case "AK2" -> {
          requireOpen(s, ak1 != null && ak2 == null, "AK2 outside AK1..AK9");
          ak2 = s;
          segmentErrors = new ArrayList<>();
        }
        case "IK3" -> {
          closeSegmentError();
          requireOpen(s, ak2 != null, "IK3 outside AK2..IK5");
          ik3 = s;
          ik3Claim = null;
          elementErrors = new ArrayList<>();
        }
        case "CTX" -> {
          if (ik3 != null && "CLM01".equals(s.component(1, 1))) {
            ik3Claim = s.component(1, 2);
          }
        }
        case "IK4" -> {
          requireOpen(s, ik3 != null, "IK4 without IK3");
          if (ik3 != null) {
            elementErrors.add(
                new ElementError(
                    parse(s.component(1, 1)),
                    parse(s.component(1, 2)),
                    s.element(2),
                    s.element(3),
                    text(AckCodes.ELEMENT_ERROR, s.element(3))));
          }
        }
        case "IK5" -> {
          closeSegmentError();
          requireOpen(s, ak2 != null, "IK5 without AK2");
          if (ak2 != null) {
            List<String> codes = codes(s, 2, 6);
            transactions.add(
                new TransactionAck(
                    ak2.element(1),
                    ak2.element(2),
                    s.element(1),
                    text(AckCodes.STATUS, s.element(1)),
                    codes,
                    texts(AckCodes.TRANSACTION_ERROR, codes),
                    segmentErrors));
            ak2 = null;
          }
        }
        case "AK9" -> {
          requireOpen(s, ak1 != null && ak2 == null, "AK9 without AK1 or before IK5");
          if (ak1 != null) {
            List<String> codes = codes(s, 5, 9);
            groups.add(
                new GroupAck(
                    ak1.element(1),
                    ak1.element(2),
                    ak1.element(3),
                    s.element(1),
                    text(AckCodes.STATUS, s.element(1)),
                    s.integer(2, 0),
                    s.integer(3, 0),
                    s.integer(4, 0),
                    codes,
                    texts(AckCodes.GROUP_ERROR, codes),
                    transactions));
            ak1 = null;
          }
        }
        default -> {
          // envelope segments carry nothing we map
        }
      }
    }

    void finish() {
      if (ak1 != null) {
        errors.add(new X12Issue("AK1", 0, null, "NO_AK9", "AK1 without closing AK9"));
      }
      if (groups.isEmpty() && interchangeAcks.isEmpty() && errors.isEmpty()) {
        errors.add(new X12Issue("AK1", 0, null, "NO_ACK", "no TA1 and no 999 group in the file"));
      }
    }

    private void closeSegmentError() {
      if (ik3 != null) {
        segmentErrors.add(
            new SegmentError(
                ik3.element(1),
                ik3.integer(2, 0),
                ik3.element(3),
                ik3.element(4),
                text(AckCodes.SEGMENT_ERROR, ik3.element(4)),
                ik3Claim,
                elementErrors));
        ik3 = null;
      }
    }

    private void requireOpen(X12Segment s, boolean ok, String reason) {
      if (!ok) {
        fail(s, null, reason);
      }
    }

    private void fail(X12Segment s, String element, String reason) {
      errors.add(new X12Issue(s.tag(), s.position(), element, "STRUCTURE", reason));
    }

    private static List<String> codes(X12Segment s, int from, int to) {
      List<String> codes = new ArrayList<>();
      for (int i = from; i <= to; i++) {
        if (!s.element(i).isEmpty()) {
          codes.add(s.element(i));
        }
      }
      return codes;
    }

    private static List<String> texts(Map<String, String> table, List<String> codes) {
      return codes.stream().map(c -> text(table, c)).toList();
    }

    private static int parse(String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }
}
