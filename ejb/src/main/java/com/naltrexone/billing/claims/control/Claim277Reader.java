package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.control.ClaimStatusReport.ClaimStatus;
import com.naltrexone.billing.claims.control.ClaimStatusReport.Status;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.control.X12Segment;
import com.naltrexone.billing.edi.control.X12SegmentStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a 277CA claim acknowledgment (005010X214) into per-claim statuses. Never throws for bad
 * input.
 *
 * <p>Claims are found by hierarchy, not by schema loop: an HL whose HL03 is {@code PT} opens a
 * claim; TRN02 there is our CLM01, REF*1K the payer's claim number, and each STC before the first
 * SVC a claim-level status. Because of that the reader still extracts claims from files that break
 * the guide elsewhere (the imsweb samples leave out the 2200C STC); those schema problems come back
 * as {@link ClaimStatusReport#validationIssues()}. Only an unreadable file (not X12, truncated)
 * yields no claims.
 */
public class Claim277Reader {

  public ClaimStatusReport read(InputStream in) {
    X12SegmentStream.Result read = X12SegmentStream.read(in);
    if (read.fatal() != null) {
      return new ClaimStatusReport(List.of(), read.issues(), List.of(read.fatal()));
    }
    List<X12Issue> errors = new ArrayList<>();
    List<ClaimStatus> claims = new ArrayList<>();
    Claim current = null;
    for (X12Segment s : read.segments()) {
      switch (s.tag()) {
        case "ST" -> {
          if (!"277".equals(s.element(1))) {
            errors.add(
                new X12Issue(
                    "ST", s.position(), "ST01", "STRUCTURE", "transaction set is not a 277"));
          }
        }
        case "HL" -> {
          if (current != null) {
            claims.add(current.build());
          }
          current = "PT".equals(s.element(3)) ? new Claim() : null;
        }
        case "TRN" -> {
          if (current != null && current.pcn == null) {
            current.pcn = s.element(2);
          }
        }
        case "STC" -> {
          if (current != null && !current.inLines) {
            current.statuses.add(status(s));
            if (current.charge == null) {
              current.charge = amount(s.element(4));
            }
          }
        }
        case "REF" -> {
          if (current != null && !current.inLines && "1K".equals(s.element(1))) {
            current.icn = s.element(2);
          }
        }
        case "SVC" -> {
          if (current != null) {
            current.inLines = true;
          }
        }
        case "SE" -> {
          if (current != null) {
            claims.add(current.build());
            current = null;
          }
        }
        default -> {
          // other segments carry nothing we map
        }
      }
    }
    if (!errors.isEmpty()) {
      return new ClaimStatusReport(List.of(), read.issues(), errors);
    }
    return new ClaimStatusReport(claims, read.issues(), List.of());
  }

  private static Status status(X12Segment stc) {
    String category = stc.component(1, 1);
    return new Status(
        category,
        stc.component(1, 2),
        stc.component(1, 3),
        ClaimStatusReport.CATEGORY_TEXT.getOrDefault(category, "category " + category),
        stc.element(12));
  }

  private static BigDecimal amount(String value) {
    try {
      return value.isEmpty() ? null : new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Claim being assembled. */
  private static final class Claim {
    String pcn;
    String icn;
    BigDecimal charge;
    boolean inLines;
    final List<Status> statuses = new ArrayList<>();

    ClaimStatus build() {
      return new ClaimStatus(pcn, icn, statuses, charge);
    }
  }
}
