package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.naltrexone.billing.remittance.boundary.InvalidRemittanceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What importing each public 835 sample does, decided by the importer's first read ({@link
 * RemittanceCheck}) and its same-file repeat rule, without a database: the file is refused whole,
 * or each transaction set is posted (its degraded claims going to the unmatched queue), rejected
 * for the first reason given, or skipped as a repeat of an earlier payment in the same file. None
 * of these claims is one of ours, so in a real import every posted claim lands in the unmatched
 * queue too: the database adds nothing that this test does not already decide. Written down in
 * docs/remittance.md.
 */
class RemittanceImportSamplesTest {

  static final Map<String, String> IMPORTS =
      Map.ofEntries(
          Map.entry(
              "edi835p_blue_cross_nc_sample.txt",
              "refused: file: file cannot be read: EDIE003 - Invalid processing state at offset 3; INVALID (previous: HEADER_TRADACOMS_T); input: '*' (UNREADABLE)"),
          Map.entry("edi835p_emedny_sample.txt", "posted 3 (0 degraded)"),
          Map.entry("edi835p_united_healthcare_legacy_sample.txt", "posted 2 (0 degraded)"),
          Map.entry("mjkedi_edi835-1.edi", "posted 1 (0 degraded)"),
          Map.entry(
              "mjkedi_edi835-demo-005010X221.edi",
              "refused: segment SE #32 element SE01: control count does not match actual count (CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)"),
          Map.entry(
              "oopf_835_WithMultipleInterchanges.txt",
              "rejected: transaction ST02 8001 (TRN02 999999999) does not balance: BPR02 total payment 999.99, but Σ CLP04 776.06 over 19 claims − Σ PLB 0.00 = 776.06 (off by 223.93); rejected: transaction ST02 9001 (TRN02 999999999) does not balance: BPR02 total payment 9999.99, but Σ CLP04 3111.09 over 23 claims − Σ PLB 0.00 = 3111.09 (off by 6888.90); rejected: transaction ST02 10001 (TRN02 999999999) does not balance: BPR02 total payment 482.13, but Σ CLP04 3439.89 over 14 claims − Σ PLB 0.00 = 3439.89 (off by -2957.76)"),
          Map.entry(
              "oopf_Example1.txt",
              "rejected: transaction ST02 07504123 (TRN02 A04B001017.07504) does not balance: BPR02 total payment 5.75, but Σ CLP04 5.75 over 10 claims − Σ PLB -1.27 = 7.02 (off by -1.27)"),
          Map.entry("pyx12_835_mult_loops.txt", "posted 1 (0 degraded)"),
          Map.entry(
              "stupidedi_X221_case_1.edi",
              "refused: file: file cannot be read: EDIE003 - Invalid processing state at offset 1; INVALID (previous: INITIAL); input: 'B' (UNREADABLE)"),
          Map.entry(
              "stupidedi_X221_case_3a.edi",
              "refused: file: file cannot be read: EDIE003 - Invalid processing state at offset 1; INVALID (previous: INITIAL); input: 'B' (UNREADABLE)"),
          Map.entry("stupidedi_dollars-and-data-sent-separate.edi", "posted 2 (0 degraded)"),
          Map.entry("stupidedi_dollars-and-data-sent-together.edi", "posted 2 (0 degraded)"),
          Map.entry("stupidedi_era-sample.edi", "posted 1 (0 degraded)"),
          Map.entry("stupidedi_multiple-claims-single-check.edi", "posted 9 (0 degraded)"),
          Map.entry(
              "stupidedi_secondary-payment-with-higher-fee-schedule.edi", "posted 1 (0 degraded)"),
          Map.entry("stupidedi_secondary-payments.edi", "posted 2 (0 degraded)"),
          Map.entry("stupidedi_tertiary-payments.edi", "posted 1 (0 degraded)"),
          Map.entry(
              "tpx12_errorISA.edi",
              "refused: segment IEA #35 element IEA02: control reference mismatch (CONTROL_REFERENCE_MISMATCH)"),
          Map.entry("tpx12_multi-line-not-delimited.edi", "posted 3 (0 degraded)"),
          Map.entry("tpx12_oneLine-2-ISA.edi", "posted 2 (0 degraded); repeat of 1"),
          Map.entry("tpx12_profee-multiple.edi", "posted 3 (0 degraded); 155 x repeat of 1"),
          Map.entry("vivitrol_worked_example.edi", "posted 1 (0 degraded)"));

  static List<String> names() {
    return Remittance835SamplesTest.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void sampleImportsOrIsRefusedAsWrittenDown(String name) {
    RemittanceCheck.Result result;
    try (InputStream in =
        Files.newInputStream(Remittance835SamplesTest.directory().resolve(name))) {
      result = RemittanceCheck.check(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(IMPORTS.get(name), outcome(result), name);
  }

  static String outcome(RemittanceCheck.Result result) {
    if (!result.valid()) {
      return "refused: "
          + InvalidRemittanceException.violation(result.report().errors().get(0)).message();
    }
    List<Integer> repeats = RemittanceCheck.repeatedInFile(result.verdicts());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < result.verdicts().size(); i++) {
      RemittanceCheck.Verdict v = result.verdicts().get(i);
      if (repeats.get(i) != null) {
        parts.add("repeat of " + (repeats.get(i) + 1));
      } else if (v.rejected()) {
        parts.add("rejected: " + v.rejection().lines().findFirst().orElseThrow());
      } else {
        parts.add("posted " + v.claims() + " (" + v.degradedClaims() + " degraded)");
      }
    }
    if (parts.size() > 2 && parts.stream().skip(1).distinct().count() == 1) {
      return parts.get(0) + "; " + (parts.size() - 1) + " x " + parts.get(1);
    }
    return String.join("; ", parts);
  }
}
