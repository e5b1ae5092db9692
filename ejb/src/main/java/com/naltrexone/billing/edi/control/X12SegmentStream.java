package com.naltrexone.billing.edi.control;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an X12 interchange with StAEDI into a flat list of {@link X12Segment}s, attaching our
 * implementation schema at each ST (chosen by ST01). Validation problems are collected, never
 * thrown, each tagged with the segment it arrived in so that a reader can decide which ones matter
 * for the data it maps. A fatal reader error (not X12, truncated) ends the read and is reported as
 * an issue too.
 */
public final class X12SegmentStream {

  private static final Map<String, String> BY_TRANSACTION =
      Map.of(
          "837", X12Schemas.CLAIM_837P,
          "835", X12Schemas.REMITTANCE_835,
          "999", X12Schemas.ACK_999,
          "277", X12Schemas.ACK_277CA);

  /**
   * What a read produced.
   *
   * @param segments every segment, in file order (up to a fatal error)
   * @param issues validation problems
   * @param fatal the fatal reader error as an issue, or null
   */
  public record Result(List<X12Segment> segments, List<X12Issue> issues, X12Issue fatal) {}

  private X12SegmentStream() {}

  public static Result read(InputStream input) {
    List<X12Segment> segments = new ArrayList<>();
    List<X12Issue> issues = new ArrayList<>();
    X12Issue fatal = stream(input, segments::add, issues::add);
    return new Result(List.copyOf(segments), List.copyOf(issues), fatal);
  }

  /**
   * Streams {@code input} without keeping anything: each segment goes to {@code segments} when it
   * ends, each validation problem to {@code issues} as StAEDI reports it (always before the {@code
   * segments} call for the segment it is located at; a problem a segment reveals about an earlier
   * loop, such as a missing required segment, arrives before that revealing segment). Memory use
   * does not grow with the file.
   *
   * @return the fatal reader error as an issue (the stream stopped there), or null
   */
  public static X12Issue stream(
      InputStream input, Consumer<X12Segment> segments, Consumer<X12Issue> issues) {
    return stream(input, segments, issues, true);
  }

  /**
   * Like {@link #stream(InputStream, Consumer, Consumer)}; with {@code implementation} false no
   * implementation schema is attached, so only the envelope is checked and element, segment and
   * loop rules are not: for a second read of bytes a first read has validated, at StAEDI's bare
   * speed (loops are then not reported: {@link X12Segment#loop()} stays null).
   */
  public static X12Issue stream(
      InputStream input,
      Consumer<X12Segment> segments,
      Consumer<X12Issue> issues,
      boolean implementation) {
    State state = new State(implementation);
    try (EDIStreamReader reader =
        EDIInputFactory.newFactory()
            .createEDIStreamReader(X12Schemas.withoutByteOrderMark(input))) {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        state.on(reader, event, segments, issues);
      }
    } catch (EDIStreamException | IOException | RuntimeException e) {
      return new X12Issue(
          state.tag, state.position(), null, "UNREADABLE", "file cannot be read: " + message(e));
    }
    return null;
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Event-loop state: the segment being assembled and where we are. */
  private static final class State {
    final boolean implementation;
    String tag;
    int interchangePosition;
    int stBase;
    String loop;
    List<List<String>> elements;
    boolean inComposite;
    boolean repeated;

    State(boolean implementation) {
      this.implementation = implementation;
    }

    int position() {
      return interchangePosition - stBase;
    }

    void on(
        EDIStreamReader reader,
        EDIStreamEvent event,
        Consumer<X12Segment> sink,
        Consumer<X12Issue> issues) {
      switch (event) {
        case START_SEGMENT -> {
          tag = reader.getText();
          interchangePosition = reader.getLocation().getSegmentPosition();
          if ("ST".equals(tag)) {
            stBase = interchangePosition - 1;
          }
          elements = new ArrayList<>();
          repeated = false;
        }
        case START_LOOP -> loop = reader.getReferenceCode();
        case START_COMPOSITE -> {
          inComposite = true;
          if (reader.getLocation().getElementOccurrence() > 1) {
            repeated = true; // a repetition must not clear the first occurrence's components
          } else {
            place(reader.getLocation()).clear();
          }
        }
        case END_COMPOSITE -> inComposite = false;
        case ELEMENT_DATA -> data(reader);
        case END_SEGMENT -> {
          sink.accept(new X12Segment(tag, position(), loop, elements, repeated));
          if ("SE".equals(tag)) {
            stBase = 0;
          }
        }
        case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
            issues.accept(issue(reader, event, tag, stBase));
        default -> {
          // interchange/group/transaction boundaries need no bookkeeping
        }
      }
    }

    private void data(EDIStreamReader reader) {
      Location location = reader.getLocation();
      if (implementation && "ST".equals(tag) && location.getElementPosition() == 1) {
        String resource = BY_TRANSACTION.get(reader.getText());
        if (resource != null) {
          reader.setTransactionSchema(X12Schemas.implementation(resource));
        }
      }
      if (location.getElementOccurrence() > 1) {
        repeated = true;
        return; // repetitions beyond the first are not mapped
      }
      List<String> components = place(location);
      int component = location.getComponentPosition();
      if (inComposite && component > 0) {
        while (components.size() < component) {
          components.add("");
        }
        components.set(component - 1, reader.getText());
      } else {
        components.clear();
        components.add(reader.getText());
      }
    }

    private List<String> place(Location location) {
      int position = location.getElementPosition();
      while (elements.size() < position) {
        elements.add(new ArrayList<>());
      }
      return elements.get(position - 1);
    }
  }

  private static X12Issue issue(
      EDIStreamReader reader, EDIStreamEvent event, String segment, int base) {
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
