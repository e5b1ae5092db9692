package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.PlbItem;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.Remittance.Transaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written Vivitrol 835 fixtures (synthetic, src/test/resources/remittance) and mutations. */
class Remittance835ReaderTest {

  static String text(String resource) {
    try (InputStream in = Remittance835ReaderTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Remittance835Reader.Result read(String resource) {
    try (InputStream in = Remittance835ReaderTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new Remittance835Reader().readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Remittance835Reader.Result readText(String x12) {
    return new Remittance835Reader()
        .readAll(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)));
  }

  static Transaction only(Remittance835Reader.Result result) {
    assertTrue(result.valid(), () -> result.report().errors().toString());
    assertEquals(1, result.transactions().size());
    return result.transactions().get(0);
  }

  static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  static void assertMoney(String expected, BigDecimal actual) {
    assertNotNull(actual, "amount missing, expected " + expected);
    assertEquals(0, money(expected).compareTo(actual), () -> expected + " != " + actual);
  }

  @Test
  void paidWorkedExampleIsReadCompletely() {
    Transaction t = only(read("/remittance/vivitrol_paid.edi"));
    Header h = t.header();
    assertEquals("000000501", h.interchangeControlNumber());
    assertEquals("501", h.groupControlNumber());
    assertEquals("0001", h.controlNumber());
    assertEquals("005010X221A1", h.implementationReference());
    assertEquals("C", h.handlingCode());
    assertMoney("1272.40", h.totalPayment());
    assertEquals("ACH", h.paymentMethod());
    assertEquals(LocalDate.of(2025, 2, 10), h.paymentDate());
    assertEquals("EFT0001234", h.traceNumber());
    assertEquals("1999999999", h.traceOriginator());
    assertEquals(LocalDate.of(2025, 2, 10), h.productionDate());
    assertEquals("EXAMPLE HEALTH PLAN", h.payer().name());
    assertEquals("PAYER01", h.payer().payerId());
    assertEquals("87726", h.payer().reference("2U"));
    assertEquals("EXAMPLE RECOVERY CLINIC", h.payee().name());
    assertEquals("1234567893", h.payee().npi());
    assertEquals("123456789", h.payee().reference("TJ"));

    assertEquals(1, t.claims().size());
    Claim c = t.claims().get(0);
    assertEquals("PCN000123", c.patientControlNumber());
    assertEquals("1", c.status());
    assertMoney("1650", c.charge());
    assertMoney("1272.4", c.paid());
    assertMoney("318.1", c.patientResponsibility());
    assertEquals("12", c.filingIndicator());
    assertEquals("PAYERICN0001", c.payerClaimNumber());
    assertEquals("1", c.headerNumber());
    assertEquals("MEMBER123", c.entityId("QC"));
    assertEquals("1497758544", c.entityId("82"));
    assertEquals(LocalDate.of(2025, 1, 14), c.date("232"));
    assertEquals(List.of(), c.adjustments());
    assertFalse(c.degraded());
    assertEquals(List.of(), c.warnings());

    assertEquals(2, c.lines().size());
    Line drug = c.lines().get(0);
    assertEquals("HC", drug.procedure().qualifier());
    assertEquals("J2315", drug.procedure().code());
    assertEquals(List.of("JZ"), drug.procedure().modifiers());
    assertEquals("HC:J2315:JZ", drug.procedure().toString());
    assertMoney("1600", drug.charge());
    assertMoney("1235.20", drug.paid());
    assertMoney("380", drug.unitsPaid());
    assertNull(drug.originalProcedure());
    assertEquals(LocalDate.of(2025, 1, 14), drug.serviceDate());
    assertEquals(
        List.of(
            new Adjustment("CO", "45", money("56"), null),
            new Adjustment("PR", "2", money("308.8"), null)),
        drug.adjustments());
    assertEquals("PCN000123L1V1", drug.lineControlNumber());
    assertMoney("1544", drug.allowed());
    Line injection = c.lines().get(1);
    assertEquals("96372", injection.procedure().code());
    assertEquals(List.of(), injection.procedure().modifiers());
    assertEquals("PCN000123L2V1", injection.lineControlNumber());

    Trailer trailer = t.trailer();
    assertEquals(1, trailer.claimCount());
    assertMoney("1272.4", trailer.totalPaid());
    assertEquals(List.of(), trailer.providerAdjustments());
    assertFalse(t.rejected());
  }

  @Test
  void oneLineAndBomCrlfVariantsReadTheSame() {
    Transaction lines = only(read("/remittance/vivitrol_paid.edi"));
    Transaction oneLine = only(read("/remittance/vivitrol_paid_one_line.edi"));
    Transaction bom = only(read("/remittance/vivitrol_paid_bom_crlf.edi"));
    assertFalse(text("/remittance/vivitrol_paid_one_line.edi").contains("\n"));
    assertTrue(text("/remittance/vivitrol_paid_bom_crlf.edi").startsWith("\u00ef\u00bb\u00bfISA"));
    assertEquals(lines, oneLine);
    assertEquals(lines, bom);
  }

  @Test
  void coinsuranceDeductibleAndSequestrationWithSeveralTriplesPerCas() {
    Claim c = only(read("/remittance/vivitrol_coinsurance.edi")).claims().get(0);
    assertEquals("MB", c.filingIndicator());
    assertEquals(List.of("MA01"), c.remarkCodes());
    assertMoney("1540", c.amount("AU"));
    Line drug = c.lines().get(0);
    assertEquals(
        List.of(
            new Adjustment("CO", "45", money("100"), null),
            new Adjustment("CO", "253", money("20.8"), null),
            new Adjustment("PR", "1", money("200"), null),
            new Adjustment("PR", "2", money("260"), null)),
        drug.adjustments());
    assertMoney("468", RemittanceBalance.patientResponsibility(c));
    assertMoney("468", c.patientResponsibility());
  }

  @Test
  void deniedForMissingPriorAuthorization() {
    Transaction t = only(read("/remittance/vivitrol_denied_pa.edi"));
    assertEquals("H", t.header().handlingCode());
    assertEquals("NON", t.header().paymentMethod());
    assertMoney("0", t.header().totalPayment());
    Claim c = t.claims().get(0);
    assertEquals("1", c.status()); // processed, not "denied": 4 is for unknown patients only
    assertMoney("0", c.paid());
    for (Line line : c.lines()) {
      assertEquals("197", line.adjustments().get(0).reason());
      assertEquals("CO", line.adjustments().get(0).group());
      assertEquals(List.of("N54"), line.remarkCodes());
    }
    Line drug = c.lines().get(0);
    assertEquals("HC:J2315:JZ", drug.originalProcedure().toString());
    assertMoney("380", drug.originalUnits());
    assertMoney("0", drug.unitsPaid());
  }

  @Test
  void reversalThenCorrectionInOneTransaction() {
    Transaction t = only(read("/remittance/vivitrol_reversal_correction.edi"));
    assertEquals(2, t.claims().size());
    Claim reversal = t.claims().get(0);
    Claim correction = t.claims().get(1);
    assertTrue(reversal.reversal());
    assertEquals("PCN000123", reversal.patientControlNumber());
    assertMoney("-1650", reversal.charge());
    assertMoney("-1272.4", reversal.paid());
    assertNull(reversal.patientResponsibility());
    assertEquals("PAYERICN0001", reversal.payerClaimNumber());
    assertMoney("-56", reversal.lines().get(0).adjustments().get(0).amount());
    assertMoney("-380", reversal.lines().get(0).unitsPaid());
    assertFalse(correction.reversal());
    assertEquals("PAYERICN0002", correction.payerClaimNumber());
    assertEquals("PAYERICN0001", correction.reference("F8"));
    assertMoney("24.8", t.trailer().totalPaid());
  }

  @Test
  void providerLevelRecoupmentAndInterest() {
    Transaction t = only(read("/remittance/vivitrol_plb_recoupment.edi"));
    assertEquals(1, t.trailer().providerAdjustments().size());
    var plb = t.trailer().providerAdjustments().get(0);
    assertEquals("1234567893", plb.providerId());
    assertEquals(LocalDate.of(2025, 12, 31), plb.fiscalPeriodDate());
    assertEquals(
        List.of(
            new PlbItem("WO", "PAYERICN0099", money("100")), new PlbItem("L6", "", money("-2.35"))),
        plb.items());
  }

  @Test
  void severalInterchangesGroupsAndTransactionsWithTheirOwnDelimiters() {
    Remittance835Reader.Result result = read("/remittance/vivitrol_multi_interchange.edi");
    assertTrue(result.valid(), () -> result.report().errors().toString());
    assertEquals(2, result.report().interchanges());
    assertEquals(3, result.report().transactions());
    assertEquals(3, result.report().claims());
    List<String> ids =
        result.transactions().stream()
            .map(
                t ->
                    t.header().interchangeControlNumber()
                        + "/"
                        + t.header().groupControlNumber()
                        + "/"
                        + t.header().controlNumber()
                        + "/"
                        + t.header().implementationReference())
            .toList();
    assertEquals(
        List.of(
            "000000507/507/0007/005010X221A1",
            "000000507/507/0008/005010X221A1",
            "000000508/508/0009/"),
        ids);
    Claim third = result.transactions().get(2).claims().get(0);
    assertEquals("PCN000200", third.patientControlNumber());
    assertEquals("HC:J2315:JZ", third.lines().get(0).procedure().toString()); // '>' components
    assertMoney("1050.56", third.paid());
  }

  @Test
  void streamingHandsOverHeaderClaimsAndTrailerInOrder() {
    List<String> events = new ArrayList<>();
    Remittance835Reader.Report report;
    try (InputStream in = getClass().getResourceAsStream("/remittance/vivitrol_unbalanced.edi")) {
      report =
          new Remittance835Reader()
              .read(
                  in,
                  new Remittance835Reader.Listener() {
                    @Override
                    public void header(Header header) {
                      events.add("header " + header.controlNumber());
                    }

                    @Override
                    public void claim(Header header, Claim claim) {
                      events.add("claim " + claim.patientControlNumber());
                    }

                    @Override
                    public void trailer(Header header, Trailer trailer) {
                      events.add("trailer " + trailer.claimCount());
                    }
                  });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(report.valid());
    assertEquals(List.of("header 0006", "claim PCN000123", "claim PCN000124", "trailer 2"), events);
  }

  // --- degradation: one claim, never the file -------------------------------------------------

  private static final String PAID = text("/remittance/vivitrol_paid.edi");
  private static final String TWO_CLAIMS = text("/remittance/vivitrol_unbalanced.edi");

  static String replace(String x12, String from, String to) {
    assertTrue(x12.contains(from), from);
    return x12.replace(from, to);
  }

  /** Sets SE01 right after adding or removing segments, so only the intended problem shows. */
  static String recount(String x12) {
    int st = x12.indexOf("\nST*");
    int at = x12.indexOf("\nSE*") + 1;
    int end = x12.indexOf('*', at + 3);
    long count = x12.substring(st, at).chars().filter(ch -> ch == '~').count() + 1;
    return x12.substring(0, at + 3) + count + x12.substring(end);
  }

  @Test
  void unexpectedSegmentInAClaimDegradesOnlyThatClaim() {
    String x12 =
        recount(
            replace(
                TWO_CLAIMS,
                "REF*6R*PCN000123L1V1~\n",
                "REF*6R*PCN000123L1V1~\nNM1*74*1*DOE*JANE~\n"));
    Transaction t = only(readText(x12));
    assertFalse(t.rejected());
    Claim first = t.claims().get(0);
    Claim second = t.claims().get(1);
    assertTrue(first.degraded());
    assertEquals(1, first.issues().size());
    X12Issue issue = first.issues().get(0);
    assertEquals("NM1", issue.segment());
    assertEquals(23, issue.segmentPosition()); // ST=1 ... REF*6R=22
    assertEquals("UNEXPECTED_SEGMENT", issue.code());
    assertFalse(second.degraded());
    assertMoney("37.2", second.paid());
  }

  @Test
  void invalidCodeInClpDegradesThatClaimNamingElementAndPosition() {
    Transaction t = only(readText(replace(TWO_CLAIMS, "CLP*PCN000124*1*", "CLP*PCN000124*99*")));
    assertFalse(t.claims().get(0).degraded());
    Claim second = t.claims().get(1);
    assertEquals(1, second.issues().size());
    assertEquals("CLP02", second.issues().get(0).element());
    assertEquals("IMPLEMENTATION_INVALID_CODE_VALUE", second.issues().get(0).code());
    assertEquals(second.position(), second.issues().get(0).segmentPosition());
  }

  @Test
  void aMissingRequiredSegmentIsChargedToTheClaimItIsMissingFrom() {
    // the first claim loses NM1*QC; StAEDI notices at the next segment (its SVC)
    String x12 = recount(replace(TWO_CLAIMS, "NM1*QC*1*DOE*JOHN****MI*MEMBER124~\n", ""));
    Transaction t = only(readText(x12));
    assertFalse(t.claims().get(0).degraded());
    assertEquals(
        List.of("IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@NM1"),
        t.claims().get(1).issues().stream().map(i -> i.code() + "@" + i.segment()).toList());
    // the same segment missing from the first claim, which has no lines, shows at the next CLP
    String noLines =
        recount(
            replace(
                replace(TWO_CLAIMS, "NM1*QC*1*DOE*JANE****MI*MEMBER123~\n", ""),
                TWO_CLAIMS.substring(
                    TWO_CLAIMS.indexOf("NM1*82"), TWO_CLAIMS.indexOf("CLP*PCN000124")),
                ""));
    Transaction u = only(readText(noLines));
    assertTrue(u.claims().get(0).degraded(), () -> u.claims().get(0).toString());
    assertFalse(u.claims().get(1).degraded(), () -> u.claims().get(1).issues().toString());
  }

  @Test
  void dtm050BeforeDtm232IsReadWithAWarningNotADegradation() {
    String x12 =
        recount(
            replace(
                PAID,
                "DTM*232*20250114~\nDTM*233*20250114~\n",
                "DTM*050*20250120~\nDTM*232*20250114~\nDTM*233*20250114~\n"));
    Claim c = only(readText(x12)).claims().get(0);
    assertFalse(c.degraded(), () -> c.issues().toString());
    assertEquals(LocalDate.of(2025, 1, 14), c.date("232"));
    assertEquals(LocalDate.of(2025, 1, 20), c.date("050"));
    assertTrue(c.warnings().size() >= 1);
    assertTrue(c.warnings().stream().allMatch(w -> Remittance835Reader.DTM_ORDER.equals(w.code())));
    // a genuinely wrong claim date still degrades the claim
    Claim bad =
        only(readText(replace(PAID, "DTM*233*20250114~", "DTM*999*20250114~"))).claims().get(0);
    assertTrue(bad.degraded());
  }

  @Test
  void badBprRejectsTheTransactionNotTheFile() {
    Remittance835Reader.Result result = readText(replace(PAID, "BPR*C*", "BPR*Q*"));
    Transaction t = only(result);
    assertTrue(t.rejected());
    assertEquals("BPR01", t.trailer().issues().get(0).element());
    assertEquals(2, t.trailer().issues().get(0).segmentPosition());
    assertFalse(t.claims().get(0).degraded());
  }

  @Test
  void addressProblemsAreTransactionWarningsOnly() {
    Transaction t = only(readText(replace(PAID, "N4*SPRINGFIELD*IL*", "N4*SPRINGFIELD*NP*")));
    assertFalse(t.rejected());
    assertEquals("N402", t.trailer().warnings().get(0).element());
  }

  @Test
  void wrongSegmentCountMakesTheFileInvalidWithNoResult() {
    Remittance835Reader.Result result = readText(PAID.replaceFirst("\nSE\\*\\d+\\*", "\nSE*99*"));
    assertFalse(result.valid());
    assertEquals(List.of(), result.transactions());
    X12Issue error = result.report().errors().get(0);
    assertEquals("SE", error.segment());
    assertEquals("SE01", error.element());
    assertEquals("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT", error.code());
  }

  @Test
  void brokenIsaAndOtherTransactionSetsAreInvalidFiles() {
    Remittance835Reader.Result isa = readText(replace(PAID, "ISA*00*", "ISA*00**"));
    assertFalse(isa.valid());
    assertEquals("UNREADABLE", isa.report().errors().get(0).code());
    assertTrue(isa.report().errors().get(0).reason().contains("EDIE003"));
    assertEquals(List.of(), isa.transactions());

    Remittance835Reader.Result other = readText(replace(PAID, "ST*835*", "ST*837*"));
    assertFalse(other.valid());
    assertTrue(
        other.report().errors().stream().anyMatch(e -> "NOT_835".equals(e.code())),
        () -> other.report().errors().toString());

    Remittance835Reader.Result truncated = readText(PAID.substring(0, PAID.indexOf("SE*")));
    assertFalse(truncated.valid());
    assertEquals(List.of(), truncated.transactions());

    Remittance835Reader.Result empty = readText("");
    assertFalse(empty.valid());
  }

  @Test
  void groupCountMismatchIsAnEnvelopeError() {
    Remittance835Reader.Result result = readText(replace(PAID, "GE*1*501", "GE*2*501"));
    assertFalse(result.valid());
    assertEquals("GE", result.report().errors().get(0).segment());
    assertEquals(List.of(), result.transactions());
  }
}
