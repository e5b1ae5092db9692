package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The importer's second read ({@link Remittance835Reader#reread}, no implementation schema) hands
 * out exactly what the validated read handed out: the same headers, the same claims with the same
 * issues and warnings, the same PLBs and totals. Checked on every shared 835 sample the validated
 * read accepts, our Vivitrol fixtures, every mutation of {@link Mutated835Test} that still reads,
 * and a generated file.
 */
class Remittance835RereadTest {

  /** What a read handed to its listener, in order. */
  record Seen(List<Header> headers, List<Claim> claims, List<Trailer> trailers) {}

  static Stream<String> files() throws IOException {
    Stream<String> samples = Remittance835SamplesTest.names().stream().map(n -> "samples/835/" + n);
    Stream<String> ours;
    try (Stream<java.nio.file.Path> list =
        Files.list(Remittance835SamplesTest.directory().resolve("../../remittance").normalize())) {
      ours =
          list
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".edi"))
              .sorted()
              .map(n -> "remittance/" + n)
              .toList()
              .stream();
    }
    return Stream.concat(samples, ours);
  }

  @ParameterizedTest
  @MethodSource("files")
  void rereadOfEachValidFileHandsOutWhatTheValidatedReadDid(String resource) throws IOException {
    byte[] content = bytes(resource);
    Remittance835Reader.ClaimFindings findings = new Remittance835Reader.ClaimFindings();
    Seen first = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Remittance835Reader.Report validated =
        new Remittance835Reader()
            .read(new ByteArrayInputStream(content), recorder(first, findings));
    // An invalid file is never read twice: reported as skipped, not as passed.
    assumeTrue(validated.valid(), "invalid file: the importer never rereads it");
    assertSame(content, first, findings);
  }

  /**
   * The one-read import's checked read ({@link Remittance835Reader#readChecked}): for every file
   * its guide check vouches for, it hands out exactly what the validated read hands out, and that
   * read found nothing; where it doubts, it says where and stops.
   */
  @ParameterizedTest
  @MethodSource("files")
  void checkedReadOfEachFileHandsOutWhatTheValidatedReadDid(String resource) {
    assertCheckedReadMatches(bytes(resource));
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void checkedReadOfEveryMutationMatches(String name) {
    assertCheckedReadMatches(
        Mutated835Test.MUTATIONS
            .get(name)
            .apply(Mutated835Test.VALID)
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void checkedReadVouchesForAGeneratedFile() throws IOException {
    java.nio.file.Path file = Files.createTempFile("checked", ".835");
    try {
      Synthetic835Generator.write(file, 300);
      assertTrue(assertCheckedReadMatches(Files.readAllBytes(file)));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Returns whether the check vouched. */
  private static boolean assertCheckedReadMatches(byte[] content) {
    Seen checked = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Remittance835Reader.Report fast =
        new Remittance835Reader()
            .readChecked(new ByteArrayInputStream(content), recorder(checked, null));
    if (fast.doubt() != null) {
      assertFalse(fast.valid(), "a doubted read is never valid");
      assertTrue(
          fast.doubt().contains("segment")
              || fast.doubt().startsWith("at SE")
              || fast.doubt().startsWith("the file"),
          fast.doubt());
      return false;
    }
    Seen validated = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Remittance835Reader.Report full =
        new Remittance835Reader()
            .read(new ByteArrayInputStream(content), recorder(validated, null));
    assertEquals(full, fast);
    assertEquals(validated.headers(), checked.headers());
    assertEquals(validated.claims(), checked.claims());
    assertTrue(
        validated.claims().stream().allMatch(c -> c.issues().isEmpty() && c.warnings().isEmpty()));
    assertEquals(validated.trailers(), checked.trailers());
    assertTrue(
        validated.trailers().stream()
            .allMatch(t -> t.issues().isEmpty() && t.warnings().isEmpty()));
    return true;
  }

  static Stream<String> mutations() {
    return Mutated835Test.MUTATIONS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void rereadOfEveryReadableMutationMatches(String name) {
    byte[] content =
        Mutated835Test.MUTATIONS
            .get(name)
            .apply(Mutated835Test.VALID)
            .getBytes(StandardCharsets.UTF_8);
    Remittance835Reader.ClaimFindings findings = new Remittance835Reader.ClaimFindings();
    Seen first = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    if (new Remittance835Reader()
        .read(new ByteArrayInputStream(content), recorder(first, findings))
        .valid()) {
      assertSame(content, first, findings);
    }
  }

  @Test
  void aGeneratedFileRereadsTheSameAndItsFindingsStayEmpty() throws IOException {
    java.nio.file.Path file = Files.createTempFile("reread", ".835");
    try {
      Synthetic835Generator.write(file, 300);
      byte[] content = Files.readAllBytes(file);
      Remittance835Reader.ClaimFindings findings = new Remittance835Reader.ClaimFindings();
      Seen first = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      assertTrue(
          new Remittance835Reader()
              .read(new ByteArrayInputStream(content), recorder(first, findings))
              .valid());
      assertEquals(300, first.claims().size());
      assertEquals(0, findings.size(), "a clean file leaves nothing to carry over");
      assertSame(content, first, findings);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void degradedClaimsKeepTheirIssuesOnTheReread() {
    byte[] content = bytes("samples/835/oopf_835_WithMultipleInterchanges.txt");
    Remittance835Reader.ClaimFindings findings = new Remittance835Reader.ClaimFindings();
    Seen first = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    new Remittance835Reader().read(new ByteArrayInputStream(content), recorder(first, findings));
    Seen second = reread(content, findings);
    long degraded = second.claims().stream().filter(Claim::degraded).count();
    assertEquals(56, degraded, "19 + 23 + 14 degraded claims, as the samples test pins");
    assertFalse(second.claims().stream().allMatch(c -> c.warnings().isEmpty()));
    assertEquals(
        0,
        reread(content, new Remittance835Reader.ClaimFindings()).claims().stream()
            .filter(Claim::degraded)
            .count(),
        "without findings the reread validates nothing");
  }

  private static void assertSame(
      byte[] content, Seen first, Remittance835Reader.ClaimFindings findings) {
    Seen second = reread(content, findings);
    assertEquals(first.headers(), second.headers());
    assertEquals(first.claims(), second.claims());
    assertEquals(first.trailers().size(), second.trailers().size());
    for (int i = 0; i < first.trailers().size(); i++) {
      Trailer a = first.trailers().get(i);
      Trailer b = second.trailers().get(i);
      assertEquals(a.providerAdjustments(), b.providerAdjustments());
      assertEquals(a.claimCount(), b.claimCount());
      assertEquals(a.totalPaid(), b.totalPaid());
    }
  }

  private static Seen reread(byte[] content, Remittance835Reader.ClaimFindings findings) {
    Seen second = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Remittance835Reader.Report report =
        new Remittance835Reader()
            .reread(new ByteArrayInputStream(content), findings, recorder(second, null));
    assertTrue(report.valid(), () -> "the reread found " + report.errors());
    return second;
  }

  private static Remittance835Reader.Listener recorder(
      Seen seen, Remittance835Reader.ClaimFindings findings) {
    return new Remittance835Reader.Listener() {
      @Override
      public void header(Header header) {
        seen.headers().add(header);
      }

      @Override
      public void claim(Header header, Claim claim) {
        seen.claims().add(claim);
        if (findings != null) {
          findings.add(seen.trailers().size(), claim);
        }
      }

      @Override
      public void trailer(Header header, Trailer trailer) {
        seen.trailers().add(trailer);
      }
    };
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = Remittance835RereadTest.class.getResourceAsStream("/" + resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
