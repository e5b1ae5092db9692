package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.edi.control.X12GuideCheck;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.control.X12Schemas;
import com.naltrexone.billing.edi.control.X12SegmentStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

  private static final X12GuideCheck CHECK = X12GuideCheck.of(X12Schemas.REMITTANCE_835, "835");

  /** What one read saw: its doubt (fast read only) and the problems StAEDI reported. */
  record Outcome(String doubt, List<String> issues) {}

  static Outcome fast(byte[] content) {
    X12GuideCheck.Watch watch = CHECK.watch();
    List<String> issues = new ArrayList<>();
    X12Issue fatal =
        X12SegmentStream.stream(
            new ByteArrayInputStream(content), watch::vouches, i -> issues.add(key(i)), false);
    if (fatal != null) {
      issues.add(key(fatal));
    }
    return new Outcome(watch.end(), issues);
  }

  static List<String> validated(byte[] content) {
    List<String> issues = new ArrayList<>();
    X12Issue fatal =
        X12SegmentStream.stream(
            new ByteArrayInputStream(content), s -> {}, i -> issues.add(key(i)));
    if (fatal != null) {
      issues.add(key(fatal));
    }
    return issues;
  }

  private static String key(X12Issue i) {
    return i.segment() + "#" + i.segmentPosition() + " " + i.element() + " " + i.code();
  }

  /** The promise, for one file; returns whether the check vouched. */
  static boolean keepsItsPromise(String what, byte[] content) {
    Outcome fast = fast(content);
    if (fast.doubt() == null) {
      assertEquals(
          fast.issues(),
          validated(content),
          () -> what + ": vouched for, but StAEDI's validation disagrees");
      return true;
    }
    return false;
  }

  static Stream<String> files() throws IOException {
    return Remittance835RereadTest.files();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everySampleAndFixture(String resource) {
    keepsItsPromise(resource, bytes(resource));
    System.out.println(
        "DOUBT "
            + resource
            + " -> "
            + fast(bytes(resource)).doubt()
            + " staedi="
            + validated(bytes(resource)).size());
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
      assertEquals(List.of(), validated(content), clean + " is clean for StAEDI");
      assertNull(fast(content).doubt(), clean);
    }
  }

  @Test
  void vouchesForAGeneratedFile() throws IOException {
    Path file = Files.createTempFile("check", ".835");
    try {
      Synthetic835Generator.write(file, 500);
      byte[] content = Files.readAllBytes(file);
      assertTrue(keepsItsPromise("generated", content), () -> fast(content).doubt());
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
    Outcome fast = fast(content.getBytes(StandardCharsets.UTF_8));
    assertNotNull(fast.doubt(), expected);
    assertTrue(fast.doubt().contains(expected), fast.doubt());
    assertTrue(
        !validated(content.getBytes(StandardCharsets.UTF_8)).isEmpty(),
        "StAEDI finds it too: " + expected);
  }

  static Stream<String> mutations() {
    return Mutated835Test.MUTATIONS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void everyMutationOfTheImportTests(String name) {
    keepsItsPromise(
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
    X12File file = X12File.parse(new String(bytes(resource), StandardCharsets.ISO_8859_1));
    int vouched = 0;
    int tried = 0;
    for (String variant : file.variants()) {
      tried++;
      if (tried < 6 && resource.contains("case_1"))
        System.out.println(
            "VAR "
                + fast(variant.getBytes(StandardCharsets.ISO_8859_1))
                + "\n"
                + variant.substring(0, 300));
      if (keepsItsPromise(
          resource + " variant " + tried + ": " + variant,
          variant.getBytes(StandardCharsets.ISO_8859_1))) {
        vouched++;
      }
    }
    assertTrue(tried > 500, "mutations tried: " + tried);
    System.out.printf("%s: %d mutations, %d vouched for%n", resource, tried, vouched);
    assertTrue(vouched > 0, "some mutations stay valid (a changed amount, an optional element)");
    assertTrue(vouched < tried, "and most do not");
  }

  /** A file split into segments and elements with the delimiters its ISA declares. */
  record X12File(char element, char component, String terminator, List<List<String>> segments) {

    static X12File parse(String text) {
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      int isa = text.indexOf("ISA");
      char element = text.charAt(isa + 3);
      char component = text.charAt(isa + 104);
      char terminator = text.charAt(isa + 105);
      List<List<String>> segments = new ArrayList<>();
      for (String raw : text.substring(isa).split(java.util.regex.Pattern.quote("" + terminator))) {
        String s = raw.strip();
        if (!s.isEmpty()) {
          segments.add(
              new ArrayList<>(List.of(s.split(java.util.regex.Pattern.quote("" + element), -1))));
        }
      }
      return new X12File(element, component, terminator + "\n", segments);
    }

    String render(List<List<String>> segs) {
      List<List<String>> fixed = new ArrayList<>();
      int st = -1;
      for (List<String> s : segs) {
        List<String> copy = new ArrayList<>(s);
        if (copy.get(0).equals("ST")) {
          st = fixed.size();
        } else if (copy.get(0).equals("SE") && st >= 0 && copy.size() > 1) {
          copy.set(1, Integer.toString(fixed.size() - st + 1));
        }
        fixed.add(copy);
      }
      StringBuilder out = new StringBuilder();
      for (List<String> s : fixed) {
        out.append(String.join("" + element, s)).append(terminator);
      }
      return out.toString();
    }

    List<String> variants() {
      List<String> out = new ArrayList<>();
      List<Function<String, String>> values =
          List.of(
              v -> "",
              v -> "X",
              v -> "1",
              v -> "-1",
              v -> "1.5",
              v -> "20250230",
              v -> "1230",
              v -> v + v + v + v + v + v + v + v + v + "123456789012345678901234567890",
              v -> v + component + "Z",
              v -> v + element + "X",
              v -> v.isEmpty() ? "A" : v.substring(0, v.length() - 1));
      for (int i = 0; i < segments.size(); i++) {
        String tag = segments.get(i).get(0);
        if (List.of("ISA", "GS", "ST", "SE", "GE", "IEA").contains(tag)) {
          continue;
        }
        List<List<String>> dropped = new ArrayList<>(segments);
        dropped.remove(i);
        out.add(render(dropped));
        List<List<String>> doubled = new ArrayList<>(segments);
        doubled.add(i, segments.get(i));
        out.add(render(doubled));
        if (i > 0 && !List.of("ST", "GS").contains(segments.get(i - 1).get(0))) {
          List<List<String>> swapped = new ArrayList<>(segments);
          swapped.set(i, segments.get(i - 1));
          swapped.set(i - 1, segments.get(i));
          out.add(render(swapped));
        }
        List<String> segment = segments.get(i);
        for (int e = 1; e <= segment.size(); e++) {
          for (Function<String, String> value : values) {
            List<String> changed = new ArrayList<>(segment);
            if (e == segment.size()) {
              changed.add(value.apply(""));
            } else {
              changed.set(e, value.apply(segment.get(e)));
            }
            List<List<String>> copy = new ArrayList<>(segments);
            copy.set(i, changed);
            out.add(render(copy));
          }
        }
      }
      return out;
    }
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = X12GuideCheck835Test.class.getResourceAsStream("/" + resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
