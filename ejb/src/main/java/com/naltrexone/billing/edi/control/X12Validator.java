package com.naltrexone.billing.edi.control;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * Streams any X12 interchange through StAEDI with our implementation schema for each ST01 (837,
 * 835, 999, 277) and reports every problem. Used to re-check what we write and to screen inbound
 * files.
 */
public final class X12Validator {

  /**
   * Outcome of one parse.
   *
   * @param issues validation problems, positions relative to the transaction set (envelope
   *     segments: relative to the interchange)
   * @param failure fatal reader error (not X12, truncated...), or null
   */
  public record Report(List<X12Issue> issues, String failure) {
    public boolean clean() {
      return issues.isEmpty() && failure == null;
    }
  }

  private X12Validator() {}

  public static Report validate(byte[] x12) {
    return validate(new ByteArrayInputStream(x12));
  }

  public static Report validate(InputStream in) {
    X12SegmentStream.Result result = X12SegmentStream.read(in);
    return new Report(result.issues(), result.fatal() == null ? null : result.fatal().reason());
  }
}
