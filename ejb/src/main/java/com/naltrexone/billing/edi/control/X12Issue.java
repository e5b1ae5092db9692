package com.naltrexone.billing.edi.control;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Locale;

/**
 * One problem found while writing or reading X12, located the way a 999 would locate it. Carries no
 * element data, so it can be logged and shown without exposing patient details.
 *
 * @param segment segment id (e.g. {@code NM1}); for a loop problem the segment that revealed it
 * @param segmentPosition position in the transaction set, ST = 1 (0 when not known, e.g. a rule
 *     checked before writing; in an envelope problem, the position in the interchange)
 * @param element element reference, e.g. {@code NM109} or {@code SV101-02}; null for a segment or
 *     loop problem
 * @param code the StAEDI error name or our rule id, e.g. {@code REQUIRED_DATA_ELEMENT_MISSING}
 * @param reason human text
 */
public record X12Issue(
    String segment, int segmentPosition, String element, String code, String reason) {

  /** Reference name for element {@code position} (1-based) and component (0 or -1 = none). */
  public static String elementName(String segment, int position, int component) {
    if (segment == null || position < 1) {
      return null;
    }
    String name = "%s%02d".formatted(segment, position);
    return component > 0 ? "%s-%02d".formatted(name, component) : name;
  }

  /** An issue for a StAEDI validation error; {@code context} names a loop when known. */
  public static X12Issue of(
      EDIStreamValidationError error,
      String segment,
      int segmentPosition,
      String element,
      String context) {
    String text = error.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (context != null && !context.isBlank()) {
      text = text + " (" + context + ")";
    }
    return new X12Issue(segment, segmentPosition, element, error.name(), text);
  }

  @Override
  public String toString() {
    String where = element != null ? element : segment;
    String position = segmentPosition > 0 ? " at segment " + segmentPosition : "";
    return where + position + ": " + reason;
  }
}
