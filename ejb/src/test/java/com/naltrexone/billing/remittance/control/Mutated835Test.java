package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, bad input: mutations of a valid Vivitrol 835 (truncated, wrong counts, wrong delimiters,
 * non-ASCII, a 10 MB segment, unbalanced amounts, duplicate control numbers, garbage) go through
 * the importer's first read, which decides before anything is written. Each is refused with the
 * segment and element named, or its transaction is rejected with the reason; none throws, and none
 * takes long (a 10 MB segment is streamed, not held). The database side (zero rows for a refused
 * file) is {@code RemittanceIT}'s.
 */
class Mutated835Test {

  static final String VALID = read("/remittance/vivitrol_paid.edi");

  /** Each mutation and what the importer must decide. */
  static final Map<String, UnaryOperator<String>> MUTATIONS = new LinkedHashMap<>();

  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    mutation("unchanged", s -> s, "posted 1 (0 degraded)");
    mutation(
        "truncated in the middle of a claim",
        s -> s.substring(0, s.indexOf("SVC*HC:96372")),
        "refused: segment AMT #23: file cannot be read: EDIE005 - Unexpected end of stream after segment AMT at position 25 (UNREADABLE)");
    mutation(
        "SE01 segment count wrong",
        s -> s.replace("SE*30*0001", "SE*31*0001"),
        "refused: segment SE #30 element SE01: control count does not match actual count (CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)");
    mutation(
        "GE01 count wrong",
        s -> s.replace("GE*1*501", "GE*2*501"),
        "refused: segment GE #33 element GE01: control count does not match actual count (CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)");
    mutation(
        "IEA02 control number differs",
        s -> s.replace("IEA*1*000000501", "IEA*1*000000502"),
        "refused: segment IEA #34 element IEA02: control reference mismatch (CONTROL_REFERENCE_MISMATCH)");
    mutation(
        "element separator changed after the ISA",
        s -> {
          int gs = s.indexOf("GS*");
          return s.substring(0, gs) + s.substring(gs).replace('*', '|');
        },
        "refused: segment ISA #1: file cannot be read: EDIE003 - Invalid processing state after segment ISA at position 1; INVALID (previous: TAG_2); input: '|' (UNREADABLE)");
    mutation(
        "segment terminator missing everywhere after the ISA",
        s -> {
          int gs = s.indexOf("GS*");
          return s.substring(0, gs) + s.substring(gs).replace("~", "");
        },
        "refused: segment GS #2 element GS08: data element too long (DATA_ELEMENT_TOO_LONG)");
    mutation(
        "non-ASCII patient name",
        s -> s.replace("NM1*QC*1*DOE*JANE", "NM1*QC*1*DÖË*ЖАНЕ"),
        "posted 1 (1 degraded)");
    mutation(
        "a 10 MB segment",
        s -> s.replace("REF*TJ*123456789~", "REF*TJ*" + "9".repeat(10 * 1024 * 1024) + "~"),
        "refused: segment REF #11: file cannot be read: Error parsing input in segment REF at position 13, element 1 (UNREADABLE)");
    mutation(
        "claim paid amount changed (unbalanced)",
        s -> s.replace("*1272.4*318.1*", "*1372.4*318.1*"),
        "rejected: transaction ST02 0001 (TRN02 EFT0001234) does not balance: BPR02 total payment 1272.40, but Σ CLP04 1372.40 over 1 claims − Σ PLB 0.00 = 1372.40 (off by -100.00)");
    mutation(
        "BPR02 changed (unbalanced)",
        s -> s.replace("BPR*C*1272.4*", "BPR*C*1270*"),
        "rejected: transaction ST02 0001 (TRN02 EFT0001234) does not balance: BPR02 total payment 1270.00, but Σ CLP04 1272.40 over 1 claims − Σ PLB 0.00 = 1272.40 (off by -2.40)");
    mutation(
        "the same transaction set twice (duplicate ST02 and TRN02)",
        s -> {
          int st = s.indexOf("ST*835");
          int ge = s.indexOf("GE*");
          return s.substring(0, ge)
              + s.substring(st, ge)
              + s.substring(ge).replace("GE*1*", "GE*2*");
        },
        "posted 1 (0 degraded); repeat of 1");
    mutation(
        "empty file",
        s -> "",
        "refused: file: file cannot be read: EDIE005 - Unexpected end of stream at offset 0 (UNREADABLE)");
    mutation(
        "binary garbage",
        s -> "\u0000\u0001PK\u0003\u0004" + "\uFFFD".repeat(100),
        "refused: file: file cannot be read: EDIE004 - Invalid character at offset 1 (UNREADABLE)");
    mutation(
        "an 837 instead of an 835",
        s -> s.replace("ST*835*", "ST*837*"),
        "refused: segment ST #1 element ST01: transaction set 837 is not an 835 (NOT_835)");
  }

  private static void mutation(String name, UnaryOperator<String> m, String expected) {
    MUTATIONS.put(name, m);
    EXPECTED.put(name, expected);
  }

  static Iterable<String> names() {
    return MUTATIONS.keySet();
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachMutationIsRefusedOrRejectedPrecisely(String name) {
    byte[] bytes = MUTATIONS.get(name).apply(VALID).getBytes(StandardCharsets.UTF_8);
    String outcome =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> {
              try (InputStream in = new ByteArrayInputStream(bytes)) {
                return RemittanceImportSamplesTest.outcome(RemittanceCheck.check(in));
              }
            });
    assertEquals(EXPECTED.get(name), outcome, name);
  }

  @org.junit.jupiter.api.Test
  void aNameOutsideTheX12CharacterSetDegradesItsClaimNamingTheElement() {
    String x12 = MUTATIONS.get("non-ASCII patient name").apply(VALID);
    Remittance835Reader.Result result =
        new Remittance835Reader()
            .readAll(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)));
    Remittance.Claim claim = result.transactions().get(0).claims().get(0);
    org.junit.jupiter.api.Assertions.assertTrue(claim.degraded());
    var issue = claim.issues().get(0);
    assertEquals("NM1", issue.segment());
    assertEquals("NM103", issue.element());
    assertEquals("CHARACTER_SET", issue.code());
    assertEquals("character U+00D6 is outside the X12 character set", issue.reason());
  }

  private static String read(String resource) {
    try (InputStream in = Mutated835Test.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
