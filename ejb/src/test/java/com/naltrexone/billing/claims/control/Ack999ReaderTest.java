package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.control.AckResult.GroupAck;
import com.naltrexone.billing.claims.control.AckResult.SegmentError;
import com.naltrexone.billing.claims.control.AckResult.TransactionAck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ack999ReaderTest {

  private final Ack999Reader reader = new Ack999Reader();

  static AckResult read(String resource) throws IOException {
    try (InputStream in = Ack999ReaderTest.class.getResourceAsStream(resource)) {
      return new Ack999Reader().read(in);
    }
  }

  @Test
  void partiallyAcceptedGroupListsSegmentAndElementErrorsWithText() throws IOException {
    AckResult result =
        read("/samples/999/stupidedi_response-to-functional-group-containing-3-837s.edi");

    assertFalse(result.malformed(), result.parseErrors()::toString);
    GroupAck group = result.groups().get(0);
    assertEquals("17456", group.groupControlNumber());
    assertEquals("P", group.status());
    assertEquals(
        List.of(3, 3, 1),
        List.of(
            group.transactionsIncluded(),
            group.transactionsReceived(),
            group.transactionsAccepted()));
    List<TransactionAck> tx = group.transactions();
    assertEquals(
        List.of("0001", "0002", "0003"), tx.stream().map(TransactionAck::controlNumber).toList());
    assertTrue(tx.get(0).accepted());
    assertFalse(tx.get(1).accepted());
    assertEquals(List.of("one or more segments in error"), tx.get(1).errorTexts());
    SegmentError clm = tx.get(1).segmentErrors().get(0);
    assertEquals("CLM", clm.segmentId());
    assertEquals(22, clm.position());
    assertEquals("8", clm.code());
    assertEquals("segment has data element errors", clm.text());
    assertEquals("123456789", clm.patientControlNumber());
    var element = clm.elementErrors().get(0);
    assertEquals(2, element.position());
    assertEquals("782", element.dataElementReference());
    assertEquals("required data element missing", element.text());
    SegmentError ref = tx.get(2).segmentErrors().get(0);
    assertEquals("required segment missing", ref.text());
    assertEquals("987654321", ref.patientControlNumber());
  }

  /**
   * Written by the payer simulator for golden/837/payer_run_markers.edi (six claims, one ST each).
   */
  @Test
  void simulatorAcknowledgmentMatchesOurControlNumbers() throws IOException {
    AckResult result = read("/samples/999/simulator_payer_run_markers.999");

    assertFalse(result.malformed(), result.parseErrors()::toString);
    assertEquals(List.of(), result.warnings());
    GroupAck group = result.groups().get(0);
    assertEquals("123", group.groupControlNumber());
    assertEquals("P", group.status());
    TransactionAck rejected = group.transactions().get(1);
    assertEquals("0002", rejected.controlNumber());
    assertFalse(rejected.accepted());
    SegmentError nm1 = rejected.segmentErrors().get(0);
    assertEquals("NM1", nm1.segmentId());
    assertEquals(13, nm1.position());
    assertEquals("PCN000201", nm1.patientControlNumber());
    assertEquals("invalid character in data element", nm1.elementErrors().get(0).text());
    assertEquals(5, group.transactions().stream().filter(TransactionAck::accepted).count());
  }

  @Test
  void rejectedTransactionWithUnrecognizedSegment() throws IOException {
    AckResult result = read("/samples/999/imsweb_x12_999_rejected.txt");

    assertFalse(result.malformed(), result.parseErrors()::toString);
    GroupAck group = result.groups().get(0);
    assertEquals("R", group.status());
    assertEquals("rejected", group.statusText());
    TransactionAck tx = group.transactions().get(0);
    assertEquals("0028", tx.controlNumber());
    assertEquals("R", tx.status());
    assertEquals("unrecognized segment ID", tx.segmentErrors().get(0).text());
  }

  @Test
  void envelopeProblemsAreWarningsNotFatal() throws IOException {
    AckResult result = read("/samples/999/imsweb_x12_999_accepted.txt");

    assertFalse(result.malformed(), result.parseErrors()::toString);
    assertFalse(result.warnings().isEmpty());
    assertTrue(result.groups().get(0).transactions().get(0).accepted());
  }

  @Test
  void severalGroupsAndTransactionSetsAreAllRead() throws IOException {
    AckResult result = read("/samples/999/pyx12_834_lui_id_5010.999.txt");

    assertFalse(result.malformed(), result.parseErrors()::toString);
    assertEquals(4, result.groups().size());
  }

  @Test
  void malformedAcknowledgmentReturnsParseReportAndNothingPartial() throws IOException {
    AckResult result = read("/samples/999/staedi_invalid999.edi");

    assertTrue(result.malformed());
    assertEquals(List.of(), result.groups());
    assertTrue(
        result.parseErrors().stream().anyMatch(e -> "IK5".equals(e.segment())),
        result.parseErrors()::toString);
  }

  @Test
  void shortAk202MakesTheFileMalformed() throws IOException {
    AckResult result = read("/samples/999/oopf_DHS_Wisconsin_Sample.txt");

    assertTrue(result.malformed());
    assertTrue(
        result.parseErrors().stream().anyMatch(e -> "AK202".equals(e.element())),
        result.parseErrors()::toString);
  }

  @Test
  void notX12AtAllIsAParseReport() {
    AckResult result = reader.read(stream("hello, this is not X12"));

    assertTrue(result.malformed());
    assertEquals("UNREADABLE", result.parseErrors().get(0).code());
  }

  @Test
  void wrongTransactionSetIsAParseReport() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/golden/837/vivitrol_buy_and_bill.edi")) {
      AckResult result = reader.read(in);

      assertTrue(result.malformed());
      assertEquals("ST01", result.parseErrors().get(0).element());
    }
  }

  @Test
  void interchangeAcknowledgmentIsRead() {
    String ta1 =
        "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLINICSUBMIT   *250115*0300*^*00501"
            + "*000000900*0*P*:~TA1*000000123*250115*0200*R*025~IEA*0*000000900~";

    AckResult result = reader.read(stream(ta1));

    assertFalse(result.malformed(), result.parseErrors()::toString);
    var ack = result.interchangeAcks().get(0);
    assertEquals("000000123", ack.interchangeControlNumber());
    assertTrue(ack.rejected());
    assertEquals("duplicate interchange control number", ack.noteText());
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }
}
