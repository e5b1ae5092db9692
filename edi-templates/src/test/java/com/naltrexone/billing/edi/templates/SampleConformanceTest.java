package com.naltrexone.billing.edi.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xlate.edi.stream.EDIStreamException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every sample under {@code src/test/resources/samples} through the implementation schema of
 * its transaction. Each sample is in exactly one of three groups: valid (zero issues, expected
 * loops), known-invalid (public samples that break a guide rule; the exact set of issues is pinned)
 * and broken (deliberately malformed; the defect they carry must be reported).
 */
class SampleConformanceTest {

  /** Loops every valid sample of a directory must report. */
  private static final Map<String, Set<String>> BASE_LOOPS =
      Map.of(
          "837p",
              Set.of(
                  "1000A", "1000B", "2000A", "2000B", "2010AA", "2010BA", "2010BB", "2300", "2400"),
          "835", Set.of("1000A", "1000B", "2000", "2100"),
          "999", Set.of("2000"),
          "277ca",
              Set.of(
                  "2000A", "2100A", "2200A", "2000B", "2100B", "2200B", "2000C", "2100C", "2200C",
                  "2000D", "2100D", "2200D"));

  /** Valid samples and the loops they must report on top of {@link #BASE_LOOPS}. */
  private static final Map<String, Set<String>> VALID =
      Map.ofEntries(
          Map.entry("837p/vivitrol_worked_example.edi", Set.of("2310B", "2410")),
          Map.entry("837p/lfh_demo.drug.example10.3.837", Set.of("2410", "2420E")),
          Map.entry("837p/lfh_demo.example1.837", Set.of("2000C", "2010CA", "2010AB")),
          Map.entry("837p/staedi_sample837-original.edi", Set.of("2000C", "2410")),
          Map.entry(
              "837p/stupidedi_COB-claim-from-billing-provider-to-payer-a.edi",
              Set.of("2320", "2330A", "2330B")),
          Map.entry(
              "837p/stupidedi_COB-claim-from-billing-provider-to-payer-b.edi",
              Set.of("2320", "2430")),
          Map.entry(
              "837p/stupidedi_COB-claim-from-payer-a-to-payer-b-in-payer-to-payer.edi",
              Set.of("2330D", "2430")),
          Map.entry("837p/stupidedi_ambulance.edi", Set.of("2310E", "2310F")),
          Map.entry("837p/stupidedi_anesthesia.edi", Set.of("2310B", "2310C")),
          Map.entry("837p/stupidedi_chiropractic.edi", Set.of()),
          Map.entry("837p/stupidedi_commercial-health-insurance.edi", Set.of("2000C", "2010CA")),
          Map.entry("837p/stupidedi_drug-administered-in-the-physician-office.edi", Set.of("2410")),
          Map.entry("837p/stupidedi_encounter.edi", Set.of("2310C")),
          Map.entry(
              "837p/stupidedi_home-infusion-therapy-pharmacy-(adjudicated-with-HCPCS-in-loop-2400-or-NDC-in-loop-2410).edi",
              Set.of("2410", "2420E")),
          Map.entry(
              "837p/stupidedi_home-infusion-therapy-pharmacy-(adjudicated-with-NDC-in-loop-2410).edi",
              Set.of("2410", "2420E")),
          Map.entry(
              "837p/stupidedi_medicare-secondary-payer-COB.edi", Set.of("2310A", "2320", "2430")),
          Map.entry("837p/stupidedi_out-of-network-repriced-claim.edi", Set.of("2320", "2330B")),
          Map.entry("837p/stupidedi_oxygen.edi", Set.of("2420E", "2440")),
          Map.entry("837p/stupidedi_ppo-repriced-claim.edi", Set.of("2310A")),
          Map.entry("837p/stupidedi_wheelchair.edi", Set.of("2440")),
          Map.entry("835/vivitrol_worked_example.edi", Set.of("2110")),
          Map.entry("835/edi835p_emedny_sample.txt", Set.of("2110")),
          Map.entry("835/mjkedi_edi835-1.edi", Set.of()),
          Map.entry("835/pyx12_835_mult_loops.txt", Set.of("2110")),
          Map.entry("835/stupidedi_dollars-and-data-sent-separate.edi", Set.of("2110")),
          Map.entry("835/stupidedi_dollars-and-data-sent-together.edi", Set.of()),
          Map.entry("835/stupidedi_era-sample.edi", Set.of("2110")),
          Map.entry("835/stupidedi_multiple-claims-single-check.edi", Set.of("2110")),
          Map.entry("835/stupidedi_secondary-payment-with-higher-fee-schedule.edi", Set.of("2110")),
          Map.entry("835/stupidedi_secondary-payments.edi", Set.of("2110")),
          Map.entry("835/stupidedi_tertiary-payments.edi", Set.of("2110")),
          Map.entry("835/tpx12_multi-line-not-delimited.edi", Set.of("2110")),
          Map.entry("835/tpx12_oneLine-2-ISA.edi", Set.of()),
          Map.entry("835/tpx12_profee-multiple.edi", Set.of("2110")),
          Map.entry("999/imsweb_x12_999_rejected.txt", Set.of("2100")),
          Map.entry("999/pyx12_834_ls_le_ls_5010.999.txt", Set.of()),
          Map.entry("999/pyx12_834_lui_id_5010.999.txt", Set.of()),
          Map.entry(
              "999/stupidedi_response-to-functional-group-containing-3-837s.edi",
              Set.of("2100", "2110")),
          Map.entry("277ca/synthetic_277ca_accepted.edi", Set.of()));

  private static final String IMSWEB_HI_AND_SE =
      "imsweb 4010-style HI (HI*BK*8901: qualifier and code as separate elements, not the C022"
          + " composite) and SE01 segment counts that do not match";
  private static final List<String> HI_AND_SE =
      List.of(
          "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@SE",
          "DATA_ELEMENT_TOO_LONG@HI",
          "REQUIRED_DATA_ELEMENT_MISSING@HI");

  /**
   * Public samples that look valid but break a rule of the guide: the exact set of distinct issues
   * (ERROR@SEGMENT) is pinned, with the reason.
   */
  private static final Map<String, KnownInvalid> KNOWN_INVALID =
      Map.ofEntries(
          known("837p/imsweb_x12_valid.txt", IMSWEB_HI_AND_SE, HI_AND_SE),
          known("837p/imsweb_x12_no_errors.txt", IMSWEB_HI_AND_SE, HI_AND_SE),
          known("837p/imsweb_x12_valid_different_separators.txt", IMSWEB_HI_AND_SE, HI_AND_SE),
          known("837p/imsweb_x12_multiple_isa.txt", IMSWEB_HI_AND_SE, HI_AND_SE),
          known(
              "837p/imsweb_x12_multiple_st.txt",
              IMSWEB_HI_AND_SE + "; GE01 counts one transaction set too few",
              plus(HI_AND_SE, "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@GE")),
          known(
              "837p/imsweb_x12_multiple_gs.txt",
              IMSWEB_HI_AND_SE + "; IEA01 does not count all three functional groups",
              plus(HI_AND_SE, "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@IEA")),
          known(
              "837p/imsweb_x12_ambiguous_loop.txt",
              "SE01 segment count is wrong (the NM1*82 after SV1 still lands in 2420A)",
              List.of("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@SE")),
          known(
              "837p/imsweb_x12_complex.txt",
              "imsweb HI/SE/GE counts as above, plus FRM without answer (syntax R0203040506),"
                  + " N402 state codes outside the code list, NM108 qualifiers the guide does not"
                  + " allow, OI06 not Y/N... and REF*G1/9F below the required use in 2330B",
              plus(
                  HI_AND_SE,
                  "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@GE",
                  "CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING@FRM",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@N4",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@NM1",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@OI",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@REF")),
          known(
              "837p/mjkedi_edi837P-demo-005010X222.edi",
              "no 1000A/1000B submitter/receiver loops, NM1*85 shifted by one element (XX lands"
                  + " in NM107), DTP*472 (service date) used at claim level 2300",
              List.of(
                  "CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING@NM1",
                  "DATA_ELEMENT_TOO_LONG@NM1",
                  "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L1000",
                  "IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@DTP")),
          known(
              "837p/oopf_Example1_2_And_3_Combined.txt",
              "pre-A1 (005010X222) COB example: DMG in 2320 and SBR08 are 4010 leftovers not used"
                  + " in X222A1",
              List.of("IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT@SBR", "UNEXPECTED_SEGMENT@DMG")),
          known(
              "837p/oopf_MedicaidExample.txt",
              "X/9 masking breaks code lists: BHT01=9999, CLM05 99>X>9, SV101-1 XX, SV107 blank;"
                  + " no HI",
              List.of(
                  "IMPLEMENTATION_INVALID_CODE_VALUE@BHT",
                  "INVALID_TIME@BHT",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@CLM",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@SV1",
                  "REQUIRED_DATA_ELEMENT_MISSING@SV1",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@HI")),
          known(
              "837p/staedi_sample837-HL-nested.edi",
              "HL-nesting skeleton (empty HL segments, no names), not a TR3 claim",
              List.of(
                  "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L1000",
                  "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L2010",
                  "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L2300",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@PAT",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@PER",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@SBR",
                  "IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@HL",
                  "REQUIRED_DATA_ELEMENT_MISSING@HL",
                  "REQUIRED_DATA_ELEMENT_MISSING@NM1")),
          known(
              "835/edi835p_united_healthcare_legacy_sample.txt",
              "N402 = NP (North Pole) is not a state/province code",
              List.of("IMPLEMENTATION_INVALID_CODE_VALUE@N4")),
          known(
              "835/mjkedi_edi835-demo-005010X221.edi",
              "PLB03 composite written with ':' while ISA16 is '|'; SE01 count is wrong",
              List.of("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT@SE", "DATA_ELEMENT_TOO_LONG@PLB")),
          known(
              "835/oopf_835_WithMultipleInterchanges.txt",
              "masked SVC01-1 'XX' is not a product qualifier; DTM*050 before DTM*232/233 in 2100"
                  + " (StAEDI matches same-position segment variants in guide order only, see"
                  + " ImplementationSchemaTest)",
              List.of(
                  "IMPLEMENTATION_INVALID_CODE_VALUE@SVC",
                  "IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@DTM")),
          known(
              "835/oopf_Example1.txt",
              "truncated reversal CLP*090909*22 (CLP03/04/06 missing), cartoon codes in"
                  + " CAS01/AMT01/QTY01/SVC01-1, no NM1*QC and no PER*BL",
              List.of(
                  "IMPLEMENTATION_INVALID_CODE_VALUE@AMT",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@CAS",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@QTY",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@SVC",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@NM1",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@PER",
                  "REQUIRED_DATA_ELEMENT_MISSING@CLP")),
          known(
              "999/imsweb_x12_999_accepted.txt",
              "GS05 time 2400 is not a valid time; IEA02 does not match ISA13",
              List.of("CONTROL_REFERENCE_MISMATCH@IEA", "INVALID_TIME@GS")),
          known(
              "999/mjkedi_edi999-demo-005010X231.edi",
              "ISA16 is '|' but CTX composites use ':'; so CTX01 'CLM01:...' matches no CTX variant",
              List.of(
                  "DATA_ELEMENT_TOO_LONG@CTX",
                  "IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@CTX",
                  "IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@IK4",
                  "INVALID_CHARACTER_DATA@CTX")),
          known(
              "999/oopf_DHS_Wisconsin_Sample.txt",
              "AK202 '002' is shorter than 4; CTX06-1 'C023' is not a data element number",
              List.of(
                  "DATA_ELEMENT_TOO_SHORT@AK2",
                  "IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT@CTX",
                  "INVALID_CHARACTER_DATA@CTX")),
          known(
              "999/staedi_simple999.edi",
              "CTX01-2 (context reference) sent with CTX01-1 = SITUATIONAL TRIGGER, where the"
                  + " guide marks it Not Used",
              List.of("IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT@CTX")),
          known(
              "277ca/imsweb_x12_277CA_accepted.txt",
              "2200C (provider level) has TRN but no STC; the X214 map marks that STC Required",
              List.of("IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@STC")),
          known(
              "277ca/imsweb_x12_277CA_rejected.txt",
              "2200C (provider level) has TRN but no STC; the X214 map marks that STC Required",
              List.of("IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@STC")),
          known(
              "277ca/oopf_277_Deidentified_from_nth.txt",
              "X/9 masking breaks BHT01/BHT05 and the STC01 category/entity code lists",
              List.of(
                  "IMPLEMENTATION_INVALID_CODE_VALUE@BHT",
                  "INVALID_TIME@BHT",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@STC")));

  /**
   * Deliberately broken samples: each must report the defect it was built for, either as validation
   * issues (ERROR@SEGMENT[/REFERENCE]) or as a fatal reader error (EDIEnnn).
   */
  private static final Map<String, List<String>> BROKEN =
      Map.ofEntries(
          Map.entry(
              "837p/imsweb_x12_missing_elements.txt",
              List.of("REQUIRED_DATA_ELEMENT_MISSING@NM1", "REQUIRED_DATA_ELEMENT_MISSING@CLM")),
          Map.entry(
              "837p/imsweb_x12_bad_valid_code.txt",
              List.of("IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@NM1")),
          Map.entry(
              "837p/imsweb_x12_segment_errors.txt",
              List.of(
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@N3",
                  "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE@HI",
                  "SEGMENT_EXCEEDS_MAXIMUM_USE@REF")),
          Map.entry(
              "837p/imsweb_x12_segments_out_of_order.txt",
              List.of("SEGMENT_NOT_IN_PROPER_SEQUENCE@N3", "SEGMENT_NOT_IN_PROPER_SEQUENCE@N4")),
          Map.entry(
              "837p/imsweb_x12_loop_errors1_exceeds_max_1_parent.txt",
              List.of("LOOP_OCCURS_OVER_MAXIMUM_TIMES@NM1/2010AA")),
          Map.entry(
              "837p/imsweb_x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt",
              List.of("LOOP_OCCURS_OVER_MAXIMUM_TIMES@NM1/2010AA")),
          Map.entry(
              "837p/imsweb_x12_loop_errors3_missing_loops.txt",
              List.of("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L2010/2010AA")),
          Map.entry(
              "837p/imsweb_x12_missing_required_loop_in_one_repeat.txt",
              List.of("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L2010/2010BA")),
          Map.entry(
              "837p/imsweb_x12_missing_required_loops_mult_repeats.txt",
              List.of("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L2400/2400")),
          Map.entry(
              "837p/oopf_MissingEntityCode.txt",
              List.of("IMPLEMENTATION_UNUSED_SEGMENT_PRESENT@NM1")),
          Map.entry(
              "837p/staedi_837-header-ref-only.edi",
              List.of(
                  "UNEXPECTED_SEGMENT@REF",
                  "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES@L2000/2000A")),
          Map.entry("837p/imsweb_x12_bad_first_line.txt", List.of("EDIE003")),
          Map.entry("837p/imsweb_x12_no_isa_line.txt", List.of("EDIE003")),
          Map.entry("837p/imsweb_x12_bad_segment_identifier.txt", List.of("EDIE003")),
          // printed-guide copies: prose before ISA
          Map.entry("837p/stupidedi_X222_case_1.edi", List.of("EDIE003")),
          Map.entry("835/stupidedi_X221_case_1.edi", List.of("EDIE003")),
          Map.entry("835/stupidedi_X221_case_3a.edi", List.of("EDIE003")),
          // UTF-16LE without BOM
          Map.entry("837p/oopf_UnicodeExample.txt", List.of("EDIE004")),
          // newline-only terminators and no terminator after IEA: the last segment never ends
          Map.entry("837p/oopf_ST1309-XX.txt", List.of("EDIE005")),
          Map.entry("835/tpx12_errorISA.edi", List.of("CONTROL_REFERENCE_MISMATCH@IEA")),
          // bare ST..SE without ISA/GS
          Map.entry("835/edi835p_blue_cross_nc_sample.txt", List.of("EDIE003")),
          Map.entry(
              "999/staedi_invalid999.edi",
              List.of(
                  "UNEXPECTED_SEGMENT@IK5",
                  "IMPLEMENTATION_INVALID_CODE_VALUE@IK5",
                  "TOO_MANY_DATA_ELEMENTS@AK2")),
          // ISA not fixed width
          Map.entry("277ca/oopf_FromLatitude81uk.txt", List.of("EDIE003")),
          // truncated after the second HL: no trailers
          Map.entry("277ca/oopf_FromBogeyone.txt", List.of("EDIE005")));

  record KnownInvalid(String reason, Set<String> issues) {}

  private static Map.Entry<String, KnownInvalid> known(
      String file, String reason, List<String> issues) {
    return Map.entry(file, new KnownInvalid(reason, new TreeSet<>(issues)));
  }

  private static List<String> plus(List<String> base, String... more) {
    return Stream.concat(base.stream(), Stream.of(more)).toList();
  }

  static Path samples() {
    try {
      return Path.of(SampleConformanceTest.class.getClassLoader().getResource("samples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <V> Stream<Arguments> cases(Map<String, V> table) {
    return table.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(Named.of(e.getKey(), samples().resolve(e.getKey())), e.getValue()));
  }

  static Stream<Arguments> validSamples() {
    return cases(VALID);
  }

  static Stream<Arguments> knownInvalidSamples() {
    return cases(KNOWN_INVALID);
  }

  static Stream<Arguments> brokenSamples() {
    return cases(BROKEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void validSampleHasNoIssuesAndReportsGuideLoops(Path file, Set<String> extraLoops) {
    X12Validation.Result result = X12Validation.validate(file);

    assertNull(result.failure(), () -> "reader failed: " + result.failure());
    assertEquals(List.of(), result.issues());
    Set<String> expected = new HashSet<>(BASE_LOOPS.get(file.getParent().getFileName().toString()));
    expected.addAll(extraLoops);
    assertTrue(
        result.loops().containsAll(expected),
        () -> "missing loops " + diff(expected, result.loops()) + " in " + result.loops());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knownInvalidSamples")
  void knownInvalidSampleReportsExactlyItsGuideViolations(Path file, KnownInvalid known) {
    X12Validation.Result result = X12Validation.validate(file);

    assertNull(result.failure(), () -> "reader failed: " + result.failure());
    Set<String> actual =
        result.issues().stream()
            .map(X12Validation.Issue::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(known.issues(), actual, known.reason());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSamples")
  void brokenSampleReportsItsDefect(Path file, List<String> defects) {
    X12Validation.Result result = X12Validation.validate(file);

    for (String defect : defects) {
      if (defect.startsWith("EDIE")) {
        EDIStreamException failure = assertInstanceOf(EDIStreamException.class, result.failure());
        assertTrue(failure.getMessage().startsWith(defect), failure::getMessage);
      } else {
        assertTrue(
            result.issues().stream().anyMatch(issue -> issue.matches(defect)),
            () -> defect + " not among " + result.issues() + " / " + result.failure());
      }
    }
  }

  @Test
  void everySampleIsClassifiedOnce() throws IOException {
    Set<String> files;
    try (Stream<Path> walk = Files.walk(samples())) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> samples().relativize(p).toString().replace('\\', '/'))
              .filter(name -> name.contains("/"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> classified = new TreeSet<>();
    Stream.of(VALID.keySet(), KNOWN_INVALID.keySet(), BROKEN.keySet())
        .forEach(group -> group.forEach(name -> assertTrue(classified.add(name), name)));
    assertEquals(files, classified);
  }

  private static Set<String> diff(Set<String> expected, List<String> actual) {
    Set<String> missing = new TreeSet<>(expected);
    actual.forEach(missing::remove);
    return missing;
  }
}
