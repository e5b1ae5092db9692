package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.Procedure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Matches 835 service lines (SVC) to the lines of our claim: REF*6R (our line control number)
 * first; when the payer dropped it, the one unused line with the same procedure code, the same
 * modifiers (in any order), the same date of service and the same units. Never guesses: a line that
 * fits none, or fits more than one equally, stays unmatched.
 */
public final class LineMatcher {

  /** What a line of ours offers for matching. */
  public record OurLine(
      long id,
      String lineControlNumber,
      String procedureCode,
      List<String> modifiers,
      BigDecimal units,
      LocalDate serviceDate) {}

  private LineMatcher() {}

  /**
   * @param claimDate the 835 claim's service date (DTM*232) for lines without DTM*472, may be null
   * @return one entry per SVC, in order: our line id or null
   */
  public static List<Long> match(List<Line> lines, List<OurLine> ours, LocalDate claimDate) {
    List<Long> matched = new ArrayList<>();
    var used = new HashSet<Long>();
    for (Line line : lines) {
      matched.add(byControlNumber(line, ours, used));
    }
    for (int i = 0; i < lines.size(); i++) {
      if (matched.get(i) == null) {
        matched.set(i, byContent(lines.get(i), ours, used, claimDate));
      }
    }
    return matched;
  }

  private static Long byControlNumber(Line line, List<OurLine> ours, HashSet<Long> used) {
    String control = line.lineControlNumber();
    if (control.isEmpty()) {
      return null;
    }
    for (OurLine our : ours) {
      if (control.equals(our.lineControlNumber()) && used.add(our.id())) {
        return our.id();
      }
    }
    return null;
  }

  private static Long byContent(
      Line line, List<OurLine> ours, HashSet<Long> used, LocalDate claimDate) {
    Procedure billed =
        line.originalProcedure() != null ? line.originalProcedure() : line.procedure();
    BigDecimal units = units(line);
    LocalDate date = line.serviceDate() != null ? line.serviceDate() : claimDate;
    OurLine found = null;
    for (OurLine our : ours) {
      if (used.contains(our.id())
          || !billed.code().equals(our.procedureCode())
          || !new HashSet<>(billed.modifiers()).equals(new HashSet<>(our.modifiers()))
          || (date != null && !date.equals(our.serviceDate()))
          || units.compareTo(our.units()) != 0) {
        continue;
      }
      if (found != null) {
        return null; // two lines fit equally: do not guess
      }
      found = our;
    }
    if (found == null) {
      return null;
    }
    used.add(found.id());
    return found.id();
  }

  /** Units billed: SVC07 (original units) when given, else SVC05, else 1; reversals negate. */
  static BigDecimal units(Line line) {
    BigDecimal units =
        Objects.requireNonNullElse(
            line.originalUnits(), Objects.requireNonNullElse(line.unitsPaid(), BigDecimal.ONE));
    return units.abs();
  }
}
