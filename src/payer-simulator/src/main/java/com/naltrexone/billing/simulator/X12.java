package com.naltrexone.billing.simulator;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's X12 plumbing: schema loading, a flat segment reader and a validating segment
 * writer. (The ejb module has its own; the simulator must not depend on it.)
 */
final class X12 {

  static final Map<String, String> SCHEMAS =
      Map.of(
          "837", "x12/005010X222A1/837.xml",
          "835", "x12/005010X221A1/835.xml",
          "999", "x12/005010X231A1/999.xml",
          "277", "x12/005010X214/277.xml");

  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private X12() {}

  /** One segment: id, position in its transaction set (ST = 1), elements of components. */
  record Segment(String tag, int position, List<List<String>> elements) {
    String element(int n) {
      return component(n, 1);
    }

    String component(int n, int c) {
      if (n > elements.size() || c > elements.get(n - 1).size()) {
        return "";
      }
      return elements.get(n - 1).get(c - 1);
    }

    List<String> components(int n) {
      return n > elements.size() ? List.of() : elements.get(n - 1);
    }
  }

  /** A validation problem: segment, its position in the ST, element position (0 = segment). */
  record Problem(int transaction, String segment, int position, int element, String error) {}

  /** Result of reading: segments in order, problems, fatal error text or null. */
  record Read(List<Segment> segments, List<Problem> problems, String fatal) {}

  static Schema schema(String transactionSetId) {
    String resource = SCHEMAS.get(transactionSetId);
    return resource == null ? null : CACHE.computeIfAbsent(resource, X12::load);
  }

  static Schema control() {
    return CACHE.computeIfAbsent(
        "control",
        k -> {
          try {
            return SchemaFactory.newFactory()
                .getControlSchema(Standards.X12, new String[] {"00501"});
          } catch (EDISchemaException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static Schema load(String resource) {
    URL url = X12.class.getClassLoader().getResource(resource);
    Objects.requireNonNull(url, resource);
    try {
      return SchemaFactory.newFactory().createSchema(url);
    } catch (EDISchemaException e) {
      throw new IllegalStateException("schema " + resource, e);
    }
  }

  /** Reads every segment, attaching the implementation schema by ST01; never throws. */
  static Read read(InputStream raw) {
    List<Segment> segments = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String fatal = null;
    try (InputStream in = new BufferedInputStream(raw);
        EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(skipBom(in))) {
      String tag = null;
      int stBase = 0;
      int transaction = 0;
      List<List<String>> elements = null;
      boolean composite = false;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        Location at = reader.getLocation();
        switch (event) {
          case START_SEGMENT -> {
            tag = reader.getText();
            elements = new ArrayList<>();
            if ("ST".equals(tag)) {
              stBase = at.getSegmentPosition() - 1;
              transaction++;
            }
          }
          case START_COMPOSITE -> composite = true;
          case END_COMPOSITE -> composite = false;
          case ELEMENT_DATA -> {
            if (at.getElementOccurrence() > 1) {
              break;
            }
            while (elements.size() < at.getElementPosition()) {
              elements.add(new ArrayList<>());
            }
            List<String> element = elements.get(at.getElementPosition() - 1);
            if (composite && at.getComponentPosition() > 0) {
              while (element.size() < at.getComponentPosition()) {
                element.add("");
              }
              element.set(at.getComponentPosition() - 1, reader.getText());
            } else {
              element.add(reader.getText());
            }
            if ("ST".equals(tag) && at.getElementPosition() == 1) {
              Schema schema = schema(reader.getText());
              if (schema != null) {
                reader.setTransactionSchema(schema);
              }
            }
          }
          case END_SEGMENT ->
              segments.add(new Segment(tag, at.getSegmentPosition() - stBase, elements));
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
              problems.add(
                  new Problem(
                      transaction,
                      event == EDIStreamEvent.SEGMENT_ERROR ? reader.getText() : tag,
                      at.getSegmentPosition() - stBase,
                      event == EDIStreamEvent.SEGMENT_ERROR ? 0 : at.getElementPosition(),
                      reader.getErrorType().name()));
          default -> {
            // boundaries
          }
        }
      }
    } catch (EDIStreamException | IOException | RuntimeException e) {
      fatal = String.valueOf(e.getMessage());
    }
    return new Read(segments, problems, fatal);
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    in.mark(3);
    if (!Arrays.equals(in.readNBytes(3), BOM)) {
      in.reset();
    }
    return in;
  }

  /** X12 R type: 1650, 1235.2, -80. */
  static String amount(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  /**
   * Writes one interchange with the control schema and one implementation schema attached; any
   * validation problem makes {@link #finish()} throw, so the simulator never emits an invalid file.
   */
  static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<String> problems = new ArrayList<>();
    private final EDIStreamWriter writer;
    private int transactionSegments;

    Out(String transactionSetId) {
      EDIOutputFactory factory = EDIOutputFactory.newFactory();
      factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
      factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
      factory.setErrorReporter(
          (error, w, location, data, reference) ->
              problems.add(
                  "%s at %s#%d element %d"
                      .formatted(
                          error,
                          location.getSegmentTag(),
                          location.getSegmentPosition(),
                          location.getElementPosition())));
      writer = factory.createEDIStreamWriter(bytes);
      writer.setControlSchema(control());
      writer.setTransactionSchema(schema(transactionSetId));
    }

    /** Writes a segment: String elements (null = empty) or String[] composites. */
    Out segment(String tag, Object... elements) {
      try {
        if ("ISA".equals(tag)) {
          writer.startInterchange();
        }
        writer.writeStartSegment(tag);
        for (Object element : elements) {
          if (element instanceof String[] components) {
            writer.writeStartElement();
            for (String component : components) {
              if (component == null || component.isEmpty()) {
                writer.writeEmptyComponent();
              } else {
                writer.writeComponent(component);
              }
            }
            writer.endElement();
          } else if (element == null || element.toString().isEmpty()) {
            writer.writeEmptyElement();
          } else {
            writer.writeElement(element.toString());
          }
        }
        writer.writeEndSegment();
        transactionSegments = "ST".equals(tag) ? 1 : transactionSegments + 1;
        if ("IEA".equals(tag)) {
          writer.endInterchange();
        }
      } catch (EDIStreamException e) {
        throw new IllegalStateException("cannot write " + tag, e);
      }
      return this;
    }

    /** SE01 for the SE about to be written. */
    String segmentCount() {
      return Integer.toString(transactionSegments + 1);
    }

    byte[] finish() {
      try {
        writer.close();
      } catch (EDIStreamException e) {
        throw new IllegalStateException(e);
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException("simulator wrote invalid X12: " + problems);
      }
      return bytes.toByteArray();
    }
  }
}
