package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public 835 sample (src/test/resources/samples/835, licences in samples/SOURCES.md) is
 * either read and balanced, or rejected / degraded for a reason written down here.
 *
 * <p>The outcome is pinned as one line: {@code valid i/t/c} (interchanges, transactions, claims)
 * then per transaction {@code [rejected?, degraded claims, balance errors, claims with warnings]};
 * or {@code invalid CODE@SEGMENT} for a file that yields nothing.
 */
class Remittance835SamplesTest {

  record Expect(String outcome, String why) {}

  private static final String CLEAN_1 = "valid 1/1/%d [ok, degraded 0, unbalanced 0, warned 0]";

  static final Map<String, Expect> SAMPLES =
      Map.ofEntries(
          Map.entry(
              "edi835p_blue_cross_nc_sample.txt",
              new Expect("invalid UNREADABLE@-", "bare ST..SE, no ISA/GS envelope")),
          Map.entry(
              "edi835p_emedny_sample.txt",
              new Expect(CLEAN_1.formatted(3), "Medicaid 835, one line per segment")),
          Map.entry(
              "edi835p_united_healthcare_legacy_sample.txt",
              new Expect(
                  "valid 1/1/2 [ok, degraded 0, unbalanced 0, warned 0] +1 transaction warning",
                  "N402 'NP' is no state code: payee address only, a transaction warning")),
          Map.entry("mjkedi_edi835-1.edi", new Expect(CLEAN_1.formatted(1), "TS3/TS2, MIA, LQ*HE")),
          Map.entry(
              "mjkedi_edi835-demo-005010X221.edi",
              new Expect(
                  "invalid CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@SE",
                  "SE01 count wrong (and PLB03 written with ':' while ISA16 is '|')")),
          Map.entry(
              "oopf_835_WithMultipleInterchanges.txt",
              new Expect(
                  "valid 3/3/56 [ok, degraded 19, unbalanced 26, warned 19]"
                      + " [ok, degraded 23, unbalanced 46, warned 23]"
                      + " [ok, degraded 14, unbalanced 32, warned 14]",
                  "masked data: SVC01-1 'XX' degrades every claim and the 9-masked amounts do not"
                      + " balance; DTM*050 before DTM*232 is only a warning on each claim")),
          Map.entry(
              "oopf_Example1.txt",
              new Expect(
                  "valid 1/1/10 [ok, degraded 6, unbalanced 2, warned 0] +1 transaction warning",
                  "4010-era cartoon codes (SVC01-1 ZZ, CAS CR, AMT/QTY) degrade 6 claims; the"
                      + " truncated reversal CLP*090909*22 has no amounts; BPR02 5.75 ignores the"
                      + " PLB -1.27; missing PER*BL is a warning")),
          Map.entry(
              "pyx12_835_mult_loops.txt", new Expect(CLEAN_1.formatted(1), "several 2000 loops")),
          Map.entry(
              "stupidedi_X221_case_1.edi",
              new Expect("invalid UNREADABLE@-", "printed-guide copy: prose before ISA")),
          Map.entry(
              "stupidedi_X221_case_3a.edi",
              new Expect("invalid UNREADABLE@-", "printed-guide copy: prose before ISA")),
          Map.entry(
              "stupidedi_dollars-and-data-sent-separate.edi",
              new Expect(CLEAN_1.formatted(2), "BPR*I, payment sent apart")),
          Map.entry(
              "stupidedi_dollars-and-data-sent-together.edi",
              new Expect(CLEAN_1.formatted(2), "BPR*C")),
          Map.entry("stupidedi_era-sample.edi", new Expect(CLEAN_1.formatted(1), "ERA")),
          Map.entry(
              "stupidedi_multiple-claims-single-check.edi",
              new Expect(CLEAN_1.formatted(9), "nine claims, one check")),
          Map.entry(
              "stupidedi_secondary-payment-with-higher-fee-schedule.edi",
              new Expect(CLEAN_1.formatted(1), "secondary payer, CLP02=2")),
          Map.entry(
              "stupidedi_secondary-payments.edi",
              new Expect(CLEAN_1.formatted(2), "secondary payer, CLP02=2")),
          Map.entry(
              "stupidedi_tertiary-payments.edi",
              new Expect(CLEAN_1.formatted(1), "tertiary payer, CLP02=3")),
          Map.entry(
              "tpx12_errorISA.edi",
              new Expect("invalid CONTROL_REFERENCE_MISMATCH@IEA", "IEA02 does not repeat ISA13")),
          Map.entry(
              "tpx12_multi-line-not-delimited.edi",
              new Expect(CLEAN_1.formatted(3), "newline after each terminator")),
          Map.entry(
              "tpx12_oneLine-2-ISA.edi",
              new Expect(
                  "valid 2/2/4 [ok, degraded 0, unbalanced 0, warned 0]"
                      + " [ok, degraded 0, unbalanced 0, warned 0]",
                  "two interchanges on one line, ST03 absent")),
          Map.entry(
              "tpx12_profee-multiple.edi",
              new Expect(
                  "valid 156/156/468 156 x [ok, degraded 0, unbalanced 0, warned 0]",
                  "156 interchanges of one 3-claim transaction each")),
          Map.entry(
              "vivitrol_worked_example.edi",
              new Expect(CLEAN_1.formatted(1), "domain.md 3.5 worked example")));

  static Path directory() {
    try {
      return Path.of(
              Remittance835SamplesTest.class
                  .getResource("/samples/835/vivitrol_worked_example.edi")
                  .toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everySampleHasAnExpectation() throws IOException {
    try (Stream<Path> files = Files.list(directory())) {
      assertEquals(
          new TreeSet<>(SAMPLES.keySet()),
          files
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  static List<String> names() {
    return SAMPLES.keySet().stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("names")
  void sampleIsReadOrRejectedAsExpected(String name) {
    Remittance835Reader.Result result;
    try (InputStream in = Files.newInputStream(directory().resolve(name))) {
      result = new Remittance835Reader().readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(SAMPLES.get(name).outcome(), outcome(result), SAMPLES.get(name).why());
  }

  static String outcome(Remittance835Reader.Result result) {
    var report = result.report();
    if (!report.valid()) {
      var first = report.errors().get(0);
      return "invalid " + first.code() + "@" + (first.segment() == null ? "-" : first.segment());
    }
    List<String> parts =
        result.transactions().stream().map(Remittance835SamplesTest::transaction).toList();
    String body =
        parts.size() > 2 && parts.stream().distinct().count() == 1
            ? parts.size() + " x " + parts.get(0)
            : String.join(" ", parts);
    long warnings =
        result.transactions().stream().mapToLong(t -> t.trailer().warnings().size()).sum();
    return "valid %d/%d/%d %s%s"
        .formatted(
            report.interchanges(),
            report.transactions(),
            report.claims(),
            body,
            warnings > 0 ? " +" + warnings + " transaction warning" : "");
  }

  private static String transaction(Transaction t) {
    RemittanceBalance.Result balance = RemittanceBalance.check(t);
    return "[%s, degraded %d, unbalanced %d, warned %d]"
        .formatted(
            t.rejected() ? "rejected" : "ok",
            t.claims().stream().filter(Claim::degraded).count(),
            balance.errors().size(),
            t.claims().stream().filter(c -> !c.warnings().isEmpty()).count());
  }
}
