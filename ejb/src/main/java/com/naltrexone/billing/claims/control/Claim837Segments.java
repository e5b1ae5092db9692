package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.control.ClaimDocument.Address;
import com.naltrexone.billing.claims.control.ClaimDocument.ClaimHeader;
import com.naltrexone.billing.claims.control.ClaimDocument.ServiceLine;
import com.naltrexone.billing.edi.control.X12Segment;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the segments of one 837P transaction set (ST..SE) for one claim, in loop-map order (domain
 * brief 2.2). Also writes the envelope segments. Knows X12 layout, not validation: the caller
 * attaches the schemas to the {@link EDIStreamWriter}.
 *
 * <p>It can also hand each segment of a transaction set straight to a consumer as the {@link
 * X12Segment} that reading the written bytes back would give ({@code X12SegmentStream} without an
 * implementation schema: trailing empty elements and components dropped, an empty element as one
 * empty component, positions counted from ST = 1), so that the claim writer's guide check needs
 * neither StAEDI's writer nor its reader. A value that could not be written (outside printable
 * ASCII, or holding one of the delimiters {@value #DELIMITERS}) throws, as StAEDI's writer would.
 * {@code Claim837SegmentsTest} holds the two to each other.
 */
final class Claim837Segments {

  static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
  private static final String GUIDE = "005010X222A1";

  /** Segment terminator, element, component and repetition separators of our interchanges. */
  static final String DELIMITERS = "~*:^";

  private final EDIStreamWriter out;
  private final Consumer<X12Segment> direct;
  private int count;

  Claim837Segments(EDIStreamWriter out) {
    this.out = out;
    this.direct = null;
  }

  /** Segments of {@link #transaction} go to {@code direct}, not to a writer. */
  Claim837Segments(Consumer<X12Segment> direct) {
    this.out = null;
    this.direct = direct;
  }

  /** X12 R type: plain decimal, no exponent, no trailing zeros (1650, 1235.2). */
  static String amount(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  void interchangeHeader(Envelope envelope) throws EDIStreamException {
    if (out == null) {
      throw new IllegalStateException("the envelope is written by a writer, not handed on");
    }
    out.startInterchange();
    segment(
        "ISA",
        "00",
        " ".repeat(10),
        "00",
        " ".repeat(10),
        envelope.senderQualifier(),
        pad(envelope.senderId(), 15),
        envelope.receiverQualifier(),
        pad(envelope.receiverId(), 15),
        envelope.created().format(YYMMDD),
        envelope.created().format(HHMM),
        "^",
        "00501",
        "%09d".formatted(envelope.interchangeControlNumber()),
        envelope.acknowledgmentRequested() ? "1" : "0",
        envelope.production() ? "P" : "T",
        ":");
    segment(
        "GS",
        "HC",
        envelope.applicationSenderCode(),
        envelope.applicationReceiverCode(),
        envelope.created().format(CCYYMMDD),
        envelope.created().format(HHMM),
        Long.toString(envelope.groupControlNumber()),
        "X",
        GUIDE);
  }

  void interchangeTrailer(Envelope envelope, int transactions) throws EDIStreamException {
    segment("GE", Integer.toString(transactions), Long.toString(envelope.groupControlNumber()));
    segment("IEA", "1", "%09d".formatted(envelope.interchangeControlNumber()));
    out.endInterchange();
  }

  /**
   * Writes ST..SE for {@code claim}.
   *
   * @return SE01, the number of segments including ST and SE
   */
  int transaction(Envelope envelope, String st02, ClaimDocument claim) throws EDIStreamException {
    count = 0;
    segment("ST", "837", st02, GUIDE);
    segment(
        "BHT",
        "0019",
        "00",
        envelope.batchReference(),
        envelope.created().format(CCYYMMDD),
        envelope.created().format(HHMM),
        "CH");
    var submitter = claim.submitter();
    segment("NM1", "41", "2", submitter.name(), null, null, null, null, "46", submitter.id());
    segment("PER", "IC", submitter.contactName(), "TE", submitter.phone());
    var receiver = claim.receiver();
    segment("NM1", "40", "2", receiver.name(), null, null, null, null, "46", receiver.id());

    var billing = claim.billingProvider();
    segment("HL", "1", null, "20", "1");
    if (billing.taxonomy() != null) {
      segment("PRV", "BI", "PXC", billing.taxonomy());
    }
    segment(
        "NM1", "85", "2", billing.organizationName(), null, null, null, null, "XX", billing.npi());
    address(billing.address());
    segment("REF", "EI", billing.taxId());

    var subscriber = claim.subscriber();
    segment("HL", "2", "1", "22", "0");
    segment(
        "SBR",
        subscriber.responsibility().code(),
        "18",
        subscriber.groupNumber(),
        null,
        null,
        null,
        null,
        null,
        subscriber.claimFilingIndicator());
    segment(
        "NM1",
        "IL",
        "1",
        subscriber.lastName(),
        subscriber.firstName(),
        null,
        null,
        null,
        "MI",
        subscriber.memberId());
    address(subscriber.address());
    segment("DMG", "D8", date(subscriber.dateOfBirth()), subscriber.sex().code());
    var payer = claim.payer();
    segment("NM1", "PR", "2", payer.name(), null, null, null, null, "PI", payer.payerId());

    claim(claim.claim());
    var rendering = claim.renderingProvider();
    if (rendering != null) {
      segment(
          "NM1",
          "82",
          "1",
          rendering.lastName(),
          rendering.firstName(),
          null,
          null,
          null,
          "XX",
          rendering.npi());
      if (rendering.taxonomy() != null) {
        segment("PRV", "PE", "PXC", rendering.taxonomy());
      }
    }
    for (ServiceLine line : claim.lines()) {
      line(line);
    }
    int se01 = count + 1;
    segment("SE", Integer.toString(se01), st02);
    return se01;
  }

  private void claim(ClaimHeader header) throws EDIStreamException {
    segment(
        "CLM",
        header.patientControlNumber(),
        amount(header.totalCharge()),
        null,
        null,
        new String[] {header.placeOfService(), "B", header.frequency().code()},
        "Y",
        "A",
        "Y",
        "Y");
    // 2300 REF variants are matched in guide order: G1 (prior auth) before F8 (payer ICN).
    if (header.priorAuthorizationNumber() != null) {
      segment("REF", "G1", header.priorAuthorizationNumber());
    }
    if (header.frequency().referencesPayerClaim()) {
      segment("REF", "F8", header.payerClaimControlNumber());
    }
    List<Object> hi = new ArrayList<>();
    for (int i = 0; i < header.diagnoses().size(); i++) {
      hi.add(new String[] {i == 0 ? "ABK" : "ABF", header.diagnoses().get(i)});
    }
    segment("HI", hi.toArray());
  }

  private void line(ServiceLine line) throws EDIStreamException {
    segment("LX", Integer.toString(line.lineNumber()));
    List<String> procedure = new ArrayList<>();
    procedure.add("HC");
    procedure.add(line.procedureCode());
    procedure.addAll(line.modifiers());
    String[] pointers =
        line.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
    segment(
        "SV1",
        procedure.toArray(String[]::new),
        amount(line.charge()),
        "UN",
        amount(line.units()),
        null,
        null,
        pointers);
    segment("DTP", "472", "D8", date(line.serviceDate()));
    segment("REF", "6R", line.lineControlNumber());
    if (line.drug() != null) {
      segment("LIN", null, "N4", line.drug().ndc());
      segment(
          "CTP",
          null,
          null,
          null,
          amount(line.drug().quantity()),
          new String[] {line.drug().unit()});
    }
  }

  private void address(Address address) throws EDIStreamException {
    segment("N3", address.line1(), address.line2());
    segment("N4", address.city(), address.state(), address.zip());
  }

  private static String date(LocalDate date) {
    return date.format(CCYYMMDD);
  }

  private static String pad(String value, int width) {
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }

  /**
   * Writes one segment. An element is a String (null = empty) or a String[] composite. Trailing
   * empty elements are dropped by the writer (TRUNCATE_EMPTY_ELEMENTS).
   */
  private void segment(String tag, Object... elements) throws EDIStreamException {
    for (int i = 0; i < elements.length; i++) {
      Object element = elements[i];
      if (element instanceof String[] components) {
        for (String component : components) {
          writable(component, tag, i);
        }
      } else {
        writable((String) element, tag, i);
      }
    }
    if (direct != null) {
      count++;
      direct.accept(new X12Segment(tag, count, null, readBack(elements)));
      return;
    }
    out.writeStartSegment(tag);
    for (Object element : elements) {
      if (element instanceof String[] components) {
        out.writeStartElement();
        for (String component : components) {
          if (component == null || component.isEmpty()) {
            out.writeEmptyComponent();
          } else {
            out.writeComponent(component);
          }
        }
        out.endElement();
      } else if (element == null || ((String) element).isEmpty()) {
        out.writeEmptyElement();
      } else {
        out.writeElement((String) element);
      }
    }
    out.writeEndSegment();
    count++;
  }

  /**
   * Non-ASCII (e.g. accented names) must be transliterated before it reaches the 837; a delimiter
   * in the data cannot be written at all (StAEDI's writer refuses it; the direct path must too).
   */
  private void writable(String value, String tag, int index) {
    if (value == null) {
      return;
    }
    for (int k = 0; k < value.length(); k++) {
      char ch = value.charAt(k);
      if (ch < 0x20 || ch > 0x7E) {
        throw new IllegalArgumentException(
            "%s%02d: character outside printable ASCII".formatted(tag, index + 1));
      }
      if (direct != null && DELIMITERS.indexOf(ch) >= 0) {
        throw new IllegalArgumentException("%s%02d: delimiter in data".formatted(tag, index + 1));
      }
    }
  }

  /** The elements as a read of the written segment gives them back. */
  private static List<List<String>> readBack(Object[] elements) {
    List<List<String>> read = new ArrayList<>(elements.length);
    int last = -1;
    for (int i = 0; i < elements.length; i++) {
      List<String> element = readBack(elements[i]);
      read.add(element);
      if (!element.get(0).isEmpty() || element.size() > 1) {
        last = i;
      }
    }
    return read.subList(0, last + 1);
  }

  private static List<String> readBack(Object element) {
    if (element instanceof String[] components) {
      int last = components.length - 1;
      while (last >= 0 && (components[last] == null || components[last].isEmpty())) {
        last--;
      }
      if (last < 0) {
        return List.of("");
      }
      String[] read = new String[last + 1];
      for (int c = 0; c <= last; c++) {
        read[c] = components[c] == null ? "" : components[c];
      }
      return List.of(read); // unmodifiable already: X12Segment keeps it as it is
    }
    return List.of(element == null ? "" : (String) element);
  }
}
