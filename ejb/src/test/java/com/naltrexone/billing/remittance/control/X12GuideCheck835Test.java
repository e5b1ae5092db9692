package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.edi.control.GuideCheckPromise;
import com.naltrexone.billing.edi.control.GuideCheckPromise.Outcome;
import com.naltrexone.billing.edi.control.X12GuideCheck;
import com.naltrexone.billing.edi.control.X12Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link X12GuideCheck} keeps its one promise on 835s: whenever it vouches for a file, StAEDI's
 * validation with our implementation schema finds nothing that a read without that schema does not
 * find too (the envelope problems both reads report). Held against every shared sample, every
 * fixture, every mutation of {@link Mutated835Test}, a generated file and several thousand
 * systematic mutations (each segment dropped, repeated or moved; each element emptied or given a
 * wrong value, length, component or neighbour). It must also vouch for clean files, or it would be
 * useless: the fixtures the guide allows and a generated file.
 */
class X12GuideCheck835Test {

  private static final GuideCheckPromise PROMISE =
      new GuideCheckPromise(X12GuideCheck.of(X12Schemas.REMITTANCE_835, "835"));

  static Stream<String> files() throws IOException {
    return Remittance835RereadTest.files();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everySampleAndFixture(String resource) {
    PROMISE.keepsItsPromise(resource, bytes(resource));
  }

  @Test
  void vouchesForTheCleanFixtures() {
    for (String clean :
        List.of(
            "remittance/vivitrol_paid.edi",
            "remittance/vivitrol_coinsurance.edi",
            "remittance/vivitrol_denied_pa.edi",
            "remittance/vivitrol_reversal_correction.edi",
            "remittance/vivitrol_plb_recoupment.edi",
            "remittance/vivitrol_multi_interchange.edi",
            "remittance/vivitrol_paid_one_line.edi",
            "remittance/vivitrol_paid_bom_crlf.edi")) {
      byte[] content = bytes(clean);
      assertEquals(List.of(), GuideCheckPromise.validated(content), clean + " is clean for StAEDI");
      assertNull(PROMISE.fast(content).doubt(), clean);
    }
  }

  @Test
  void vouchesForAGeneratedFile() throws IOException {
    Path file = Files.createTempFile("check", ".835");
    try {
      Synthetic835Generator.write(file, 500);
      byte[] content = Files.readAllBytes(file);
      assertTrue(
          PROMISE.keepsItsPromise("generated", content), () -> PROMISE.fast(content).doubt());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void doubtsWhereStaediFindsSomething() {
    String paid = Mutated835Test.VALID;
    assertDoubt(paid.replace("CLP*", "CLX*"), "CLX (segment 13)");
    assertDoubt(paid.replaceFirst("NM1\\*QC\\*1\\*", "NM1*QC*9*"), "NM102");
    assertDoubt(paid.replaceFirst("DTM\\*472\\*\\d{8}", "DTM*472*20250230"), "DTM02");
    assertDoubt(paid.replaceFirst("CLP\\*([^*]*)\\*1\\*", "CLP*$1*77*"), "CLP02");
  }

  private static void assertDoubt(String content, String expected) {
    Outcome fast = PROMISE.fast(content.getBytes(StandardCharsets.UTF_8));
    assertNotNull(fast.doubt(), expected);
    assertTrue(fast.doubt().contains(expected), fast.doubt());
    assertTrue(
        !GuideCheckPromise.validated(content.getBytes(StandardCharsets.UTF_8)).isEmpty(),
        "StAEDI finds it too: " + expected);
  }

  static Stream<String> mutations() {
    return Mutated835Test.MUTATIONS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void everyMutationOfTheImportTests(String name) {
    PROMISE.keepsItsPromise(
        name,
        Mutated835Test.MUTATIONS
            .get(name)
            .apply(Mutated835Test.VALID)
            .getBytes(StandardCharsets.UTF_8));
  }

  static Stream<String> bases() {
    return Stream.of(
        "remittance/vivitrol_paid.edi",
        "remittance/vivitrol_reversal_correction.edi",
        "remittance/vivitrol_plb_recoupment.edi",
        "samples/835/stupidedi_secondary-payments.edi",
        "samples/835/pyx12_835_mult_loops.txt",
        "samples/835/edi835p_emedny_sample.txt");
  }

  /** Segment and element mutations of a file, SE01 kept right; how many the check vouched for. */
  @ParameterizedTest
  @MethodSource("bases")
  void systematicMutations(String resource) {
    int[] counts =
        PROMISE.mutations(resource, new String(bytes(resource), StandardCharsets.ISO_8859_1));
    System.out.printf("%s: %d mutations, %d vouched for%n", resource, counts[0], counts[1]);
    assertTrue(counts[0] > 500, "mutations tried: " + counts[0]);
    assertTrue(counts[1] > 0, "some mutations stay valid (a changed amount, an optional element)");
    assertTrue(counts[1] < counts[0], "and most do not");
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = X12GuideCheck835Test.class.getResourceAsStream("/" + resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
