package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.control.ClaimDocument.Frequency;
import com.naltrexone.billing.claims.control.ClaimDocument.Subscriber;
import com.naltrexone.billing.claims.control.Interchange837.RejectedClaim;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.control.X12Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: fixed envelope values, output compared byte for byte with {@code
 * golden/837/*.edi}. Run with {@code -Dgolden.update=true} to rewrite the fixtures after an
 * intended change, then review the diff.
 */
class Claim837WriterTest {

  private final Claim837Writer writer = new Claim837Writer();

  static Stream<Arguments> goldenClaims() {
    return Stream.of(
        Arguments.of("vivitrol_buy_and_bill.edi", SampleClaims.vivitrolBuyAndBill()),
        Arguments.of("specialty_pharmacy_96372.edi", SampleClaims.specialtyPharmacy()),
        Arguments.of("replacement_frequency7.edi", SampleClaims.replacement()),
        Arguments.of("void_frequency8.edi", SampleClaims.voidClaim()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenClaims")
  void writesGoldenFileByteForByte(String golden, ClaimDocument claim) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Interchange837 result = writer.write(SampleClaims.envelope(), List.of(claim), out);

    assertEquals(List.of(), result.rejected());
    assertEquals(1, result.transactionCount());
    String written = out.toString(StandardCharsets.US_ASCII);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden/837", golden), written);
    }
    assertEquals(golden(golden), written);
  }

  /**
   * The guide check changes nothing a writer produces: with StAEDI validating every claim, the same
   * claims give the same bytes and the same rejections, problem for problem.
   */
  @Test
  void guideCheckAndStaediValidationWriteTheSameFileAndRejectTheSameClaims() {
    ClaimDocument emptyMember =
        SampleClaims.claim(
            "PCN000555",
            "",
            Frequency.ORIGINAL,
            null,
            List.of(SampleClaims.injectionLine("PCN000555", 1)));
    List<ClaimDocument> claims =
        List.of(
            SampleClaims.vivitrolBuyAndBill(),
            SampleClaims.withNdc(SampleClaims.replacement(), "657570300011"),
            SampleClaims.specialtyPharmacy(),
            emptyMember,
            SampleClaims.voidClaim(),
            SampleClaims.buyAndBill("PCN00077*", "MEMBER~77"));
    ByteArrayOutputStream checked = new ByteArrayOutputStream();
    ByteArrayOutputStream validated = new ByteArrayOutputStream();

    Interchange837 a = new Claim837Writer(true).write(SampleClaims.envelope(), claims, checked);
    Interchange837 b = new Claim837Writer(false).write(SampleClaims.envelope(), claims, validated);

    assertEquals(b, a);
    assertEquals(3, a.rejected().size(), a.rejected()::toString);
    assertEquals(
        validated.toString(StandardCharsets.US_ASCII), checked.toString(StandardCharsets.US_ASCII));
  }

  /**
   * Claims checked on helper threads give the same file and the same rejections as one thread:
   * 1,300 claims (six blocks), a bad one in the first, the middle and the last block.
   */
  @Test
  void helperThreadsWriteTheSameFileAndRejectTheSameClaimsAsOneThread() throws Exception {
    List<ClaimDocument> claims = new java.util.ArrayList<>();
    List<String> st02 = new java.util.ArrayList<>();
    for (int i = 0; i < 1300; i++) {
      boolean bad = i == 3 || i == 640 || i == 1299;
      claims.add(SampleClaims.buyAndBill("PCN" + (100000 + i), bad ? "M~" + i : "MEMBER" + i));
      st02.add(Integer.toString(1000 + i));
    }
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    ByteArrayOutputStream helped = new ByteArrayOutputStream();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try {
      Interchange837 a =
          new Claim837Writer(true).write(SampleClaims.envelope(), claims, st02, alone);
      Interchange837 b =
          new Claim837Writer(
                  true,
                  task ->
                      pool.execute(
                          () -> {
                            threads.add(Thread.currentThread().getName());
                            task.run();
                          }),
                  3)
              .write(SampleClaims.envelope(), claims, st02, helped);

      assertEquals(a, b);
      assertEquals(
          List.of("PCN100003", "PCN100640", "PCN101299"),
          b.rejected().stream().map(RejectedClaim::patientControlNumber).toList());
      assertEquals(1297, b.accepted().size());
      assertEquals(
          alone.toString(StandardCharsets.US_ASCII), helped.toString(StandardCharsets.US_ASCII));
      assertFalse(threads.isEmpty(), "the helper tasks were started on the pool");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A helper that never starts (a busy executor) or is refused does not hold the writer up: the
   * calling thread checks every claim itself.
   */
  @Test
  void aHelperThatNeverRunsOrIsRefusedLeavesTheWorkToTheCallingThread() {
    List<ClaimDocument> claims = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) {
      claims.add(SampleClaims.buyAndBill("PCN" + (200000 + i), "MEMBER" + i));
    }
    List<Runnable> neverRun = new java.util.ArrayList<>();

    Interchange837 queued =
        new Claim837Writer(true, neverRun::add, 2)
            .write(SampleClaims.envelope(), claims, new ByteArrayOutputStream());
    Interchange837 refused =
        new Claim837Writer(
                true,
                task -> {
                  throw new java.util.concurrent.RejectedExecutionException("full");
                },
                2)
            .write(SampleClaims.envelope(), claims, new ByteArrayOutputStream());

    assertEquals(600, queued.accepted().size());
    assertEquals(2, neverRun.size(), "two helpers were asked for");
    assertEquals(600, refused.accepted().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenClaims")
  void goldenFileReparsesWithoutIssues(String golden, ClaimDocument claim) throws IOException {
    X12Validator.Report report =
        X12Validator.validate(golden(golden).getBytes(StandardCharsets.US_ASCII));

    assertTrue(report.clean(), report::toString);
  }

  @Test
  void workedExampleGoldenIsTheDomainBriefExample() throws IOException {
    String shared;
    try (InputStream in =
        getClass().getResourceAsStream("/golden/837/domain_brief_2_3_worked_example.edi")) {
      shared = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    assertEquals(shared, golden("vivitrol_buy_and_bill.edi"));
  }

  /** Input of the payer-simulator tests (copied to src/payer-simulator/src/test/resources). */
  @Test
  void writesGoldenPayerRunWithOneTransactionSetPerClaim() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Interchange837 result =
        writer.write(SampleClaims.envelope(), SampleClaims.payerRunWithMarkers(), out);

    assertEquals(6, result.transactionCount());
    assertEquals(
        List.of("0001", "0002", "0003", "0004", "0005", "0006"),
        result.accepted().stream().map(a -> a.transactionControlNumber()).toList());
    String written = out.toString(StandardCharsets.US_ASCII);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden/837/payer_run_markers.edi"), written);
    }
    assertEquals(golden("payer_run_markers.edi"), written);
    assertTrue(X12Validator.validate(out.toByteArray()).clean());
  }

  @Test
  void acceptedClaimsReportStControlAndLineControlNumbers() {
    Interchange837 result =
        writer.write(
            SampleClaims.envelope(),
            List.of(SampleClaims.vivitrolBuyAndBill(), SampleClaims.specialtyPharmacy()),
            new ByteArrayOutputStream());

    assertEquals("000000123", result.interchangeControlNumber());
    assertEquals(2, result.accepted().size());
    var first = result.accepted().get(0);
    assertEquals("PCN000123", first.patientControlNumber());
    assertEquals("0001", first.transactionControlNumber());
    assertEquals(33, first.segmentCount());
    assertEquals(List.of("PCN000123L1V1", "PCN000123L2V1"), first.lineControlNumbers());
    assertEquals("0002", result.accepted().get(1).transactionControlNumber());
  }

  @Test
  void twelveDigitNdcIsRejectedWhileOtherClaimsAreWrittenWithCorrectCounts() {
    ClaimDocument badNdc =
        SampleClaims.withNdc(SampleClaims.replacement(), "657570300011"); // 12 digits
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Interchange837 result =
        writer.write(
            SampleClaims.envelope(),
            List.of(SampleClaims.vivitrolBuyAndBill(), badNdc, SampleClaims.specialtyPharmacy()),
            out);

    RejectedClaim rejected = result.rejected().get(0);
    assertEquals(1, result.rejected().size());
    assertEquals("PCN000123R", rejected.patientControlNumber());
    assertEquals(1, rejected.index());
    assertTrue(
        rejected.issues().stream().anyMatch(i -> "LIN03".equals(i.element())), rejected::describe);
    assertWrittenWithCounts(out, List.of("PCN000123", "PCN000124"));
  }

  @Test
  void emptyMemberIdIsRejectedBySchemaNamingNm109() {
    ClaimDocument base = SampleClaims.specialtyPharmacy();
    Subscriber s = base.subscriber();
    ClaimDocument noMember =
        new ClaimDocument(
            base.submitter(),
            base.receiver(),
            base.billingProvider(),
            new Subscriber(
                s.lastName(),
                s.firstName(),
                "",
                s.groupNumber(),
                s.claimFilingIndicator(),
                s.responsibility(),
                s.address(),
                s.dateOfBirth(),
                s.sex()),
            base.payer(),
            base.claim(),
            base.renderingProvider(),
            base.lines());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Interchange837 result =
        writer.write(
            SampleClaims.envelope(), List.of(noMember, SampleClaims.vivitrolBuyAndBill()), out);

    assertEquals(1, result.rejected().size());
    List<X12Issue> issues = result.rejected().get(0).issues();
    assertTrue(
        issues.stream().anyMatch(i -> "NM1".equals(i.segment()) && "NM109".equals(i.element())),
        issues::toString);
    assertFalse(out.toString(StandardCharsets.US_ASCII).contains("PCN000124"));
    assertWrittenWithCounts(out, List.of("PCN000123"));
  }

  @Test
  void separatorOrNonAsciiInDataIsRejectedNotWritten() {
    ClaimDocument base = SampleClaims.specialtyPharmacy();
    Subscriber s = base.subscriber();
    List<ClaimDocument> claims =
        java.util.stream.Stream.of("O*BRIEN", "M\u00dcLLER")
            .map(
                last ->
                    new ClaimDocument(
                        base.submitter(),
                        base.receiver(),
                        base.billingProvider(),
                        new Subscriber(
                            last,
                            s.firstName(),
                            s.memberId(),
                            s.groupNumber(),
                            s.claimFilingIndicator(),
                            s.responsibility(),
                            s.address(),
                            s.dateOfBirth(),
                            s.sex()),
                        base.payer(),
                        base.claim(),
                        base.renderingProvider(),
                        base.lines()))
            .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Interchange837 result = writer.write(SampleClaims.envelope(), claims, out);

    assertEquals(2, result.rejected().size());
    assertEquals("NM103", result.rejected().get(0).issues().get(0).element());
    assertTrue(result.rejected().get(1).describe().contains("NM103"));
    assertEquals(0, out.size());
  }

  @Test
  void replacementWithoutPayerClaimNumberIsRejected() {
    ClaimDocument r = SampleClaims.replacement();
    ClaimDocument noIcn =
        SampleClaims.claim(
            "PCN000123R", "MEMBER123", ClaimDocument.Frequency.REPLACEMENT, null, r.lines());

    Interchange837 result =
        writer.write(SampleClaims.envelope(), List.of(noIcn), new ByteArrayOutputStream());

    assertFalse(result.written());
    assertTrue(result.rejected().get(0).describe().contains("REF*F8"));
  }

  @Test
  void nothingIsWrittenWhenNoClaimPasses() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Interchange837 result =
        writer.write(
            SampleClaims.envelope(),
            List.of(SampleClaims.withNdc(SampleClaims.vivitrolBuyAndBill(), "6575-7030-001")),
            out);

    assertFalse(result.written());
    assertEquals(0, out.size());
  }

  @Test
  void amountsAreWrittenAsX12Decimals() {
    assertEquals("1650", Claim837Segments.amount(new java.math.BigDecimal("1650.00")));
    assertEquals("1235.2", Claim837Segments.amount(new java.math.BigDecimal("1235.20")));
    assertEquals("0", Claim837Segments.amount(new java.math.BigDecimal("0.00")));
    assertEquals("1000", Claim837Segments.amount(new java.math.BigDecimal("1E+3")));
  }

  /** The file holds exactly these claims, re-parses clean, and SE/GE counts agree. */
  private static void assertWrittenWithCounts(ByteArrayOutputStream out, List<String> pcns) {
    String x12 = out.toString(StandardCharsets.US_ASCII);
    assertTrue(X12Validator.validate(out.toByteArray()).clean(), x12);
    Matcher clm = Pattern.compile("\nCLM\\*([^*]+)\\*").matcher(x12);
    List<String> written = clm.results().map(m -> m.group(1)).toList();
    assertEquals(pcns, written);
    assertTrue(x12.contains("\nGE*" + pcns.size() + "*123~"), x12);
    assertTrue(x12.endsWith("IEA*1*000000123~\n"), x12);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = Claim837WriterTest.class.getResourceAsStream("/golden/837/" + name)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
