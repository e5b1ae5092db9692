package com.naltrexone.billing.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The simulator answers {@code golden/payer_run_markers.edi} (written by ejb's Claim837WriterTest:
 * six claims, one per ST, member ids MEMBER123, REJ999A01, REJ277A02, DENYA03, REVERSEA04,
 * MEMBER124). Every answer must validate against its schema; the 835 must balance.
 */
class PayerSimulatorTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-16T08:00:00Z"), ZoneOffset.UTC);

  private static PayerSimulator.Answers answerRun() throws IOException {
    try (InputStream in = resource("payer_run_markers.edi")) {
      return new PayerSimulator(CLOCK, 900).answer(in);
    }
  }

  @Test
  void ack999RejectsOnlyTheMarkedTransactionSet() throws IOException {
    PayerSimulator.Answers answers = answerRun();

    String ack = assertValid(answers.ack999());
    assertTrue(ack.contains("AK1*HC*123*005010X222A1~"), ack);
    assertTrue(
        ack.contains("AK2*837*0002*005010X222A1~\nIK3*NM1*13**8~\nCTX*CLM01:PCN000201~"), ack);
    assertTrue(ack.contains("IK4*9*67*6~\nIK5*R*5~"), ack);
    assertTrue(ack.contains("AK9*P*6*6*5~"), ack);
    assertEquals(5, count(ack, "IK5*A~"));
  }

  @Test
  void acknowledgmentsAreTheGoldenFilesUsedByTheEjbReaderTests() throws IOException {
    PayerSimulator.Answers answers = answerRun();
    golden("payer_run_markers.999", "999/simulator_payer_run_markers.999", answers.ack999());
    golden("payer_run_markers.277", "277ca/simulator_payer_run_markers.277", answers.ack277());
  }

  /** Compares with our golden copy and with the copy ejb's reader tests use. */
  private static void golden(String name, String ejbName, byte[] content) throws IOException {
    String text = new String(content, StandardCharsets.US_ASCII);
    Path ejbCopy = Path.of("../../ejb/src/test/resources/samples", ejbName);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), text);
      Files.writeString(ejbCopy, text);
    }
    assertEquals(text(name), text);
    if (Files.exists(ejbCopy)) {
      assertEquals(Files.readString(ejbCopy), text, "ejb copy out of date: " + ejbCopy);
    }
  }

  @Test
  void ack277AcceptsWithA2AndRejectsTheMarkedClaimWithA7() throws IOException {
    String ack = assertValid(answerRun().ack277());

    assertTrue(ack.contains("TRN*2*PCN000123~\nSTC*A2:20:PR*20250116*WQ*1650~\nREF*1K*"), ack);
    assertTrue(ack.contains("TRN*2*PCN000202~\nSTC*A7:164:IL*20250116*U*1650"), ack);
    assertEquals(-1, ack.indexOf("PCN000201"), "the 999-rejected claim is not in the 277CA");
    assertTrue(ack.contains("QTY*90*4~\nQTY*AA*1~\nAMT*YU*5000~\nAMT*YY*1650~"), ack);
  }

  @Test
  void remittancePaysDeniesReversesAndBalances() throws IOException {
    String era = assertValid(answerRun().remittance835());

    assertBalanced(era);
    assertTrue(era.contains("CLP*PCN000123*1*1650*1320*247.5*12*"), era);
    assertTrue(era.contains("SVC*HC:J2315:JZ*1600*1280**380~"), era);
    assertTrue(era.contains("CAS*CO*45*80~\nCAS*PR*2*240~\nREF*6R*PCN000123L1V1~"), era);
    assertTrue(era.contains("CLP*PCN000203*1*1650*0*0*12*"), era);
    assertTrue(era.contains("CAS*CO*197*1600~\nREF*6R*PCN000203L1V1~\nLQ*HE*N54~"), era);
    int reversal = era.indexOf("CLP*PCN000204*22*-1650*-1320**12*");
    int correction = era.indexOf("CLP*PCN000204*1*1650*1320*247.5*12*");
    assertTrue(reversal > 0 && correction > reversal, era);
    assertTrue(era.contains("CAS*CO*45*-80~\nCAS*PR*2*-240~"), era);
    assertEquals(-1, era.indexOf("PCN000201"));
    assertEquals(-1, era.indexOf("PCN000202"));
    // 1320 (paid) + 0 (denied) - 1320 + 1320 (reversal + correction) + 40 (96372 only)
    assertTrue(era.contains("BPR*C*1360*C*ACH*"), era);
  }

  @Test
  void workedExampleAloneGetsAllThreeAnswers() throws IOException {
    PayerSimulator.Answers answers;
    try (InputStream in = resource("vivitrol_buy_and_bill.edi")) {
      answers = new PayerSimulator(CLOCK, 1).answer(in);
    }

    assertTrue(assertValid(answers.ack999()).contains("AK9*A*1*1*1~"));
    assertValid(answers.ack277());
    assertBalanced(assertValid(answers.remittance835()));
  }

  @Test
  void everyClaimRejectedBy999MeansNo277And835() throws IOException {
    String only = text("vivitrol_buy_and_bill.edi").replace("MEMBER123", "REJ999ZZ");

    PayerSimulator.Answers answers =
        new PayerSimulator(CLOCK, 1)
            .answer(new ByteArrayInputStream(only.getBytes(StandardCharsets.US_ASCII)));

    assertTrue(assertValid(answers.ack999()).contains("AK9*R*1*1*0~"));
    assertNull(answers.ack277());
    assertNull(answers.remittance835());
  }

  @Test
  void transactionSetWithSchemaErrorsIsRejectedIn999() throws IOException {
    String broken = text("vivitrol_buy_and_bill.edi").replace("CTP****1*UN~", "CTP****1*ZZ~");

    PayerSimulator.Answers answers =
        new PayerSimulator(CLOCK, 1)
            .answer(new ByteArrayInputStream(broken.getBytes(StandardCharsets.US_ASCII)));

    String ack = assertValid(answers.ack999());
    assertTrue(ack.contains("IK3*CTP*28**8~\nIK4*5**7~\nIK5*R*5~"), ack);
  }

  @Test
  void notX12IsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PayerSimulator(CLOCK, 1).answer(new ByteArrayInputStream("hello".getBytes())));
  }

  @Test
  void pollingAnswersEachFileOnceIntoTheInboundDirectory() throws IOException {
    Path root = Files.createTempDirectory("payer-sim");
    Path out = Files.createDirectories(root.resolve("outbound"));
    Path in = Files.createDirectories(root.resolve("inbound"));
    Files.writeString(out.resolve("run1.837"), text("payer_run_markers.edi"));
    Files.writeString(out.resolve("junk.837"), "not x12");
    Files.writeString(out.resolve("run2.837.part"), "still writing");
    PayerSimulatorMain main = new PayerSimulatorMain(out, in, new PayerSimulator(CLOCK, 1));

    assertEquals(1, main.pollOnce());
    assertEquals(0, main.pollOnce());
    assertNotNull(Files.readString(in.resolve("run1.837.999")));
    assertTrue(Files.exists(in.resolve("run1.837.277")));
    assertTrue(Files.exists(in.resolve("run1.837.835")));
    assertTrue(Files.exists(out.resolve("run1.837")), "outbound is left alone");
  }

  private static String assertValid(byte[] x12) {
    assertNotNull(x12);
    X12.Read read = X12.read(new ByteArrayInputStream(x12));
    String text = new String(x12, StandardCharsets.US_ASCII);
    assertNull(read.fatal(), read.fatal());
    assertEquals(List.of(), read.problems(), text);
    return text;
  }

  /** Domain brief 3.5 rules 1-3 on the written 835. */
  private static void assertBalanced(String era) {
    X12.Read read = X12.read(new ByteArrayInputStream(era.getBytes(StandardCharsets.US_ASCII)));
    BigDecimal bpr = null;
    BigDecimal paidTotal = BigDecimal.ZERO;
    Map<Integer, BigDecimal[]> claims = new TreeMap<>(); // charge, paid, cas
    List<BigDecimal[]> lines = new ArrayList<>(); // charge, paid, cas
    int claim = 0;
    boolean inLine = false;
    for (X12.Segment s : read.segments()) {
      switch (s.tag()) {
        case "BPR" -> bpr = new BigDecimal(s.element(2));
        case "CLP" -> {
          claim++;
          inLine = false;
          claims.put(
              claim,
              new BigDecimal[] {
                new BigDecimal(s.element(3)), new BigDecimal(s.element(4)), BigDecimal.ZERO
              });
          paidTotal = paidTotal.add(new BigDecimal(s.element(4)));
        }
        case "SVC" -> {
          inLine = true;
          lines.add(
              new BigDecimal[] {
                new BigDecimal(s.element(2)), new BigDecimal(s.element(3)), BigDecimal.ZERO
              });
        }
        case "CAS" -> {
          BigDecimal sum = BigDecimal.ZERO;
          for (int i = 3; i <= 18; i += 3) {
            if (!s.element(i).isEmpty()) {
              sum = sum.add(new BigDecimal(s.element(i)));
            }
          }
          claims.get(claim)[2] = claims.get(claim)[2].add(sum);
          if (inLine) {
            BigDecimal[] line = lines.get(lines.size() - 1);
            line[2] = line[2].add(sum);
          }
        }
        default -> {}
      }
    }
    for (BigDecimal[] l : lines) {
      assertEquals(0, l[0].subtract(l[1]).compareTo(l[2]), "line SVC02-SVC03=CAS");
    }
    for (BigDecimal[] c : claims.values()) {
      assertEquals(0, c[0].subtract(c[1]).compareTo(c[2]), "claim CLP03-CLP04=CAS");
    }
    assertEquals(0, bpr.compareTo(paidTotal), "BPR02 = sum CLP04");
  }

  private static int count(String text, String needle) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }

  private static InputStream resource(String name) {
    return PayerSimulatorTest.class.getResourceAsStream("/golden/" + name);
  }

  private static String text(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
