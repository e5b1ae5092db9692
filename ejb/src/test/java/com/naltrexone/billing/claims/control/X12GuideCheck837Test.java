package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.edi.control.GuideCheckPromise;
import com.naltrexone.billing.edi.control.X12GuideCheck;
import com.naltrexone.billing.edi.control.X12Schemas;
import java.io.IOException;
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
 * {@link X12GuideCheck} keeps its promise on 837Ps (005010X222A1): whenever it vouches for a file,
 * StAEDI's validation with our implementation schema finds nothing more than a read without it.
 * Held against every shared 837P sample (from {@code edi-templates}' test resources), our golden
 * files and thousands of systematic mutations of them; it must vouch for the golden files, which is
 * what the claim writer relies on.
 */
class X12GuideCheck837Test {

  private static final GuideCheckPromise PROMISE =
      new GuideCheckPromise(X12GuideCheck.of(X12Schemas.CLAIM_837P, "837"));

  private static final Path SAMPLES = Path.of("../edi-templates/src/test/resources/samples/837p");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/837");

  static Stream<Path> samples() throws IOException {
    assertTrue(Files.isDirectory(SAMPLES), () -> SAMPLES.toAbsolutePath() + " is missing");
    try (Stream<Path> list = Files.list(SAMPLES)) {
      return list
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<Path> goldens() throws IOException {
    try (Stream<Path> list = Files.list(GOLDEN)) {
      return list.filter(p -> p.toString().endsWith(".edi")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySharedSample(Path sample) {
    PROMISE.keepsItsPromise(sample.toString(), bytes(sample));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void vouchesForEveryGoldenFile(Path golden) {
    byte[] content = bytes(golden);
    assertEquals(List.of(), GuideCheckPromise.validated(content), golden + " is clean for StAEDI");
    assertNull(PROMISE.fast(content).doubt(), golden.toString());
  }

  @Test
  void vouchesForSomeSharedSamples() throws IOException {
    long vouched = samples().filter(p -> PROMISE.keepsItsPromise(p.toString(), bytes(p))).count();
    assertTrue(vouched >= 5, "clean shared samples vouched for: " + vouched);
  }

  static Stream<Path> bases() {
    return Stream.of(
        GOLDEN.resolve("vivitrol_buy_and_bill.edi"),
        GOLDEN.resolve("replacement_frequency7.edi"),
        SAMPLES.resolve("stupidedi_commercial-health-insurance.edi"),
        SAMPLES.resolve("stupidedi_drug-administered-in-the-physician-office.edi"));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void systematicMutations(Path base) {
    int[] counts =
        PROMISE.mutations(base.toString(), new String(bytes(base), StandardCharsets.ISO_8859_1));
    System.out.printf("%s: %d mutations, %d vouched for%n", base, counts[0], counts[1]);
    assertTrue(counts[0] > 500, "mutations tried: " + counts[0]);
    assertTrue(counts[1] < counts[0], "most mutations break something");
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
