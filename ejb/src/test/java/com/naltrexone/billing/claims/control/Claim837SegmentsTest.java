package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.control.ClaimDocument.Address;
import com.naltrexone.billing.claims.control.ClaimDocument.ClaimHeader;
import com.naltrexone.billing.claims.control.ClaimDocument.Drug;
import com.naltrexone.billing.claims.control.ClaimDocument.RenderingProvider;
import com.naltrexone.billing.claims.control.ClaimDocument.ServiceLine;
import com.naltrexone.billing.claims.control.ClaimDocument.Subscriber;
import com.naltrexone.billing.edi.control.X12GuideCheck;
import com.naltrexone.billing.edi.control.X12Schemas;
import com.naltrexone.billing.edi.control.X12Segment;
import com.naltrexone.billing.edi.control.X12SegmentStream;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct path of {@link Claim837Segments} (segments handed to the claim writer's guide check
 * without writing them) gives exactly the segments a read of StAEDI's written bytes gives, for
 * well-formed claims and for claims with empty, missing, oversized and unwritable values; and what
 * it refuses to hand on, StAEDI's writer cannot write either, or its read-back is doubted.
 */
class Claim837SegmentsTest {

  private static final X12GuideCheck GUIDE = X12GuideCheck.of(X12Schemas.CLAIM_837P, "837");

  static Stream<Arguments> claims() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("vivitrol", SampleClaims.vivitrolBuyAndBill()));
    all.add(Arguments.of("specialty", SampleClaims.specialtyPharmacy()));
    all.add(Arguments.of("replacement", SampleClaims.replacement()));
    all.add(Arguments.of("void", SampleClaims.voidClaim()));
    ClaimDocument base = SampleClaims.vivitrolBuyAndBill();
    all.add(Arguments.of("no place of service", header(base, h -> withPos(h, null))));
    all.add(Arguments.of("empty place of service", header(base, h -> withPos(h, ""))));
    all.add(Arguments.of("no diagnoses", header(base, h -> withDiagnoses(h, List.of()))));
    all.add(
        Arguments.of(
            "three diagnoses", header(base, h -> withDiagnoses(h, List.of("F1120", "", "F1010")))));
    all.add(
        Arguments.of("no pointers", lines(base, l -> line(l, l.modifiers(), List.of(), l.drug()))));
    all.add(
        Arguments.of(
            "empty modifier last",
            lines(base, l -> line(l, List.of("JZ", ""), l.diagnosisPointers(), l.drug()))));
    all.add(
        Arguments.of(
            "empty modifier first",
            lines(base, l -> line(l, List.of("", "JZ"), l.diagnosisPointers(), l.drug()))));
    all.add(Arguments.of("no unit", drugs(base, d -> new Drug(d.ndc(), BigDecimal.TEN, null))));
    all.add(Arguments.of("no NDC", drugs(base, d -> new Drug(null, BigDecimal.ONE, "UN"))));
    all.add(Arguments.of("no first name", subscriber(base, "DOE", null, "MEMBER1", "GRP1")));
    all.add(Arguments.of("empty names", subscriber(base, "", "", "MEMBER1", "")));
    all.add(Arguments.of("no member id", subscriber(base, "DOE", "JANE", null, "GRP1")));
    all.add(Arguments.of("long name", subscriber(base, "D".repeat(80), "JANE", "MEMBER1", "GRP1")));
    all.add(Arguments.of("second address line", address(base, "APT 4")));
    all.add(Arguments.of("no rendering provider", rendering(base, null)));
    all.add(
        Arguments.of(
            "rendering without taxonomy or first name",
            rendering(base, new RenderingProvider("SMITH", null, "1497758544", null))));
    all.add(Arguments.of("no lines", lines(base, l -> null)));
    for (String bad : List.of("A*B", "A:B", "A^B", "A~B", "JOS\u00c9", "TAB\tX")) {
      all.add(
          Arguments.of(
              "unwritable member id " + bad, subscriber(base, "DOE", "JANE", bad, "GRP1")));
      all.add(
          Arguments.of(
              "unwritable modifier " + bad,
              lines(base, l -> line(l, List.of(bad), l.diagnosisPointers(), l.drug()))));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("claims")
  void directSegmentsAreWhatReadingTheWrittenBytesGives(String name, ClaimDocument claim)
      throws Exception {
    Envelope envelope = SampleClaims.envelope();
    List<X12Segment> direct = new ArrayList<>();
    RuntimeException refused = null;
    try {
      new Claim837Segments(direct::add).transaction(envelope, "0001", claim);
    } catch (IllegalArgumentException e) {
      refused = e;
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Exception unwritable = null;
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
    try (EDIStreamWriter writer = factory.createEDIStreamWriter(bytes)) {
      writer.setControlSchema(X12Schemas.control());
      Claim837Segments segments = new Claim837Segments(writer);
      segments.interchangeHeader(envelope);
      segments.transaction(envelope, "0001", claim);
      segments.interchangeTrailer(envelope, 1);
    } catch (EDIStreamException | RuntimeException e) {
      unwritable = e;
    }

    if (refused != null) {
      assertTrue(direct.stream().noneMatch(s -> "SE".equals(s.tag())), "refused before SE");
      if (unwritable == null) {
        // StAEDI wrote it, but the bytes do not say what the claim says: the check must doubt them
        X12GuideCheck.Watch watch = GUIDE.watch();
        boolean vouched = true;
        for (X12Segment s : readBack(bytes.toByteArray())) {
          vouched &= watch.vouches(s);
        }
        assertFalse(vouched && watch.end() == null, name + ": StAEDI's bytes were vouched for");
      }
      return;
    }
    assertNull(unwritable, name + ": the direct path handed on what StAEDI cannot write");
    List<X12Segment> read = readBack(bytes.toByteArray());
    assertEquals(read, direct, name);
    assertEquals("SE", direct.get(direct.size() - 1).tag());
  }

  /** ST..SE as {@code X12SegmentStream} reads them without an implementation schema. */
  private static List<X12Segment> readBack(byte[] bytes) {
    List<X12Segment> all = new ArrayList<>();
    X12SegmentStream.stream(new ByteArrayInputStream(bytes), all::add, issue -> {}, false);
    int st = -1;
    int se = -1;
    for (int i = 0; i < all.size(); i++) {
      if ("ST".equals(all.get(i).tag())) {
        st = i;
      } else if ("SE".equals(all.get(i).tag())) {
        se = i;
      }
    }
    assertTrue(st >= 0 && se > st, "one transaction set");
    return all.subList(st, se + 1);
  }

  private static ClaimDocument header(ClaimDocument c, UnaryOperator<ClaimHeader> change) {
    return copy(c, c.subscriber(), change.apply(c.claim()), c.renderingProvider());
  }

  private static ClaimDocument rendering(ClaimDocument c, RenderingProvider rendering) {
    return copy(c, c.subscriber(), c.claim(), rendering);
  }

  /** {@code c} with another subscriber, header and rendering provider. */
  private static ClaimDocument copy(
      ClaimDocument c, Subscriber subscriber, ClaimHeader header, RenderingProvider rendering) {
    return new ClaimDocument(
        c.submitter(),
        c.receiver(),
        c.billingProvider(),
        subscriber,
        c.payer(),
        header,
        rendering,
        c.lines());
  }

  private static ClaimHeader withPos(ClaimHeader h, String pos) {
    return new ClaimHeader(
        h.patientControlNumber(),
        h.totalCharge(),
        pos,
        h.frequency(),
        h.payerClaimControlNumber(),
        h.priorAuthorizationNumber(),
        h.diagnoses());
  }

  private static ClaimHeader withDiagnoses(ClaimHeader h, List<String> diagnoses) {
    return new ClaimHeader(
        h.patientControlNumber(),
        h.totalCharge(),
        h.placeOfService(),
        h.frequency(),
        h.payerClaimControlNumber(),
        h.priorAuthorizationNumber(),
        diagnoses);
  }

  /** Every line changed by {@code change}; a null result drops the line. */
  private static ClaimDocument lines(ClaimDocument c, UnaryOperator<ServiceLine> change) {
    List<ServiceLine> lines = new ArrayList<>();
    for (ServiceLine l : c.lines()) {
      ServiceLine changed = change.apply(l);
      if (changed != null) {
        lines.add(changed);
      }
    }
    return SampleClaims.withLines(c, lines);
  }

  /** Every drug line's drug changed by {@code change}. */
  private static ClaimDocument drugs(ClaimDocument c, UnaryOperator<Drug> change) {
    return lines(
        c,
        l ->
            l.drug() == null
                ? l
                : line(l, l.modifiers(), l.diagnosisPointers(), change.apply(l.drug())));
  }

  private static ServiceLine line(
      ServiceLine l, List<String> modifiers, List<Integer> pointers, Drug drug) {
    return new ServiceLine(
        l.lineNumber(),
        l.procedureCode(),
        modifiers,
        l.charge(),
        l.units(),
        pointers,
        l.serviceDate(),
        l.lineControlNumber(),
        drug);
  }

  private static ClaimDocument subscriber(
      ClaimDocument c, String last, String first, String memberId, String group) {
    Subscriber s = c.subscriber();
    return copy(
        c,
        new Subscriber(
            last,
            first,
            memberId,
            group,
            s.claimFilingIndicator(),
            s.responsibility(),
            s.address(),
            s.dateOfBirth(),
            s.sex()),
        c.claim(),
        c.renderingProvider());
  }

  private static ClaimDocument address(ClaimDocument c, String line2) {
    Subscriber s = c.subscriber();
    Address a = s.address();
    return copy(
        c,
        new Subscriber(
            s.lastName(),
            s.firstName(),
            s.memberId(),
            s.groupNumber(),
            s.claimFilingIndicator(),
            s.responsibility(),
            new Address(a.line1(), line2, a.city(), a.state(), a.zip()),
            s.dateOfBirth(),
            s.sex()),
        c.claim(),
        c.renderingProvider());
  }
}
