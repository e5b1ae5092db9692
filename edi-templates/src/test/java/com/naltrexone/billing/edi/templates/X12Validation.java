package com.naltrexone.billing.edi.templates;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Test helper: streams one X12 file with StAEDI and records loops and validation issues. */
final class X12Validation {

  /** Implementation schema resource per transaction set id (ST01). */
  static final Map<String, String> SCHEMAS =
      Map.of(
          "837", "x12/005010X222A1/837.xml",
          "835", "x12/005010X221A1/835.xml",
          "999", "x12/005010X231A1/999.xml",
          "277", "x12/005010X214/277.xml");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  /** One validation problem reported by the reader. */
  record Issue(
      EDIStreamEvent event,
      EDIStreamValidationError error,
      String segment,
      String reference,
      int segmentPosition,
      int elementPosition) {
    /** Matches "ERROR@SEGMENT" or "ERROR@SEGMENT/REFERENCE" (loop errors name the loop). */
    boolean matches(String expectation) {
      String[] parts = expectation.split("[@/]", 3);
      return error.name().equals(parts[0])
          && parts[1].equals(segment)
          && (parts.length < 3 || parts[2].equals(reference));
    }

    String key() {
      return error + "@" + segment;
    }

    @Override
    public String toString() {
      return "%s %s at %s (segment #%d, element %d, ref %s)"
          .formatted(event, error, segment, segmentPosition, elementPosition, reference);
    }
  }

  /** Everything a parse produced: loop codes started, validation issues, and a fatal error. */
  record Result(List<String> loops, List<Issue> issues, Exception failure) {
    boolean clean() {
      return issues.isEmpty() && failure == null;
    }

    List<EDIStreamValidationError> errors() {
      return issues.stream().map(Issue::error).toList();
    }
  }

  private X12Validation() {}

  /**
   * Opens the file, skipping a UTF-8 byte order mark: a transport artefact that X12 does not define
   * and StAEDI rejects as data before ISA.
   */
  static InputStream withoutByteOrderMark(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (!Arrays.equals(head, UTF8_BOM)) {
      in.reset();
    }
    return in;
  }

  static Schema schema(String resource) {
    return CACHE.computeIfAbsent(resource, X12Validation::load);
  }

  private static Schema load(String resource) {
    URL url = X12Validation.class.getClassLoader().getResource(resource);
    Objects.requireNonNull(url, () -> "missing schema resource " + resource);
    try {
      return SchemaFactory.newFactory().createSchema(url);
    } catch (EDISchemaException e) {
      throw new IllegalStateException("schema " + resource + " does not load", e);
    }
  }

  /** Parses {@code file}; every transaction gets the implementation schema for its ST01. */
  static Result validate(Path file) {
    try (InputStream in = withoutByteOrderMark(file)) {
      return validate(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses X12 text held in memory (used for small mutations of the worked examples). */
  static Result validate(String x12) {
    return validate(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)));
  }

  private static Result validate(InputStream in) {
    List<String> loops = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Exception failure = null;
    EDIInputFactory factory = EDIInputFactory.newFactory();
    try (EDIStreamReader reader = factory.createEDIStreamReader(in)) {
      String segment = null;
      boolean inTransaction = false;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_TRANSACTION -> inTransaction = true;
          case START_SEGMENT -> segment = reader.getText();
          case ELEMENT_DATA -> {
            if (inTransaction
                && "ST".equals(segment)
                && reader.getLocation().getElementPosition() == 1) {
              String resource = SCHEMAS.get(reader.getText());
              if (resource != null) {
                reader.setTransactionSchema(schema(resource));
              }
              inTransaction = false;
            }
          }
          case START_LOOP -> loops.add(reader.getReferenceCode());
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
            Location location = reader.getLocation();
            issues.add(
                new Issue(
                    event,
                    reader.getErrorType(),
                    event == EDIStreamEvent.SEGMENT_ERROR ? reader.getText() : segment,
                    reader.getReferenceCode(),
                    location.getSegmentPosition(),
                    location.getElementPosition()));
          }
          default -> {
            // structure events need no bookkeeping
          }
        }
      }
    } catch (Exception e) {
      failure = e;
    }
    return new Result(loops, issues, failure);
  }
}
