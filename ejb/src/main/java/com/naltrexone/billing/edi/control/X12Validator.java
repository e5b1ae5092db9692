package com.naltrexone.billing.edi.control;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams any X12 interchange through StAEDI, attaching our implementation schema for each ST01
 * (837, 835, 999, 277), and collects every validation problem. Used to re-check what we write and
 * to screen inbound files before a reader maps them.
 */
public final class X12Validator {

  private static final Map<String, String> BY_TRANSACTION =
      Map.of(
          "837", X12Schemas.CLAIM_837P,
          "835", X12Schemas.REMITTANCE_835,
          "999", X12Schemas.ACK_999,
          "277", X12Schemas.ACK_277CA);

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
    List<X12Issue> issues = new ArrayList<>();
    String failure = null;
    EDIInputFactory factory = EDIInputFactory.newFactory();
    try (EDIStreamReader reader =
        factory.createEDIStreamReader(X12Schemas.withoutByteOrderMark(in))) {
      String segment = null;
      int stPosition = 0;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_SEGMENT -> {
            segment = reader.getText();
            if ("ST".equals(segment)) {
              stPosition = reader.getLocation().getSegmentPosition() - 1;
            }
          }
          case ELEMENT_DATA -> {
            if ("ST".equals(segment) && reader.getLocation().getElementPosition() == 1) {
              String resource = BY_TRANSACTION.get(reader.getText());
              if (resource != null) {
                reader.setTransactionSchema(X12Schemas.implementation(resource));
              }
            }
          }
          case END_TRANSACTION -> stPosition = 0;
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
              issues.add(issue(reader, event, segment, stPosition));
          default -> {
            // structure events need no bookkeeping here
          }
        }
      }
    } catch (EDIStreamException | IOException | RuntimeException e) {
      failure = e.getMessage();
    }
    return new Report(List.copyOf(issues), failure);
  }

  static X12Issue issue(EDIStreamReader reader, EDIStreamEvent event, String segment, int base) {
    Location location = reader.getLocation();
    int position = Math.max(0, location.getSegmentPosition() - base);
    if (event == EDIStreamEvent.SEGMENT_ERROR) {
      return X12Issue.of(
          reader.getErrorType(), reader.getText(), position, null, reader.getReferenceCode());
    }
    String element =
        X12Issue.elementName(
            segment, location.getElementPosition(), location.getComponentPosition());
    return X12Issue.of(reader.getErrorType(), segment, position, element, null);
  }
}
