package com.naltrexone.billing.edi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The promise {@link X12GuideCheck} makes, as a test helper: whenever it vouches for a file,
 * StAEDI's validation with the implementation schema finds nothing that a read without that schema
 * (the envelope only) does not find too. With {@link X12File}, systematic mutations of a file.
 */
public final class GuideCheckPromise {

  private final X12GuideCheck check;

  public GuideCheckPromise(X12GuideCheck check) {
    this.check = check;
  }

  /** What one read saw: its doubt (fast read only) and the problems StAEDI reported. */
  public record Outcome(String doubt, List<String> issues) {}

  public Outcome fast(byte[] content) {
    X12GuideCheck.Watch watch = check.watch();
    List<String> issues = new ArrayList<>();
    X12Issue fatal =
        X12SegmentStream.stream(
            new ByteArrayInputStream(content), watch::vouches, i -> issues.add(key(i)), false);
    if (fatal != null) {
      issues.add(key(fatal));
    }
    return new Outcome(watch.end(), issues);
  }

  public static List<String> validated(byte[] content) {
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
  public boolean keepsItsPromise(String what, byte[] content) {
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

  /** Mutations of {@code text}: how many were tried and how many the check vouched for. */
  public int[] mutations(String what, String text) {
    X12File file = X12File.parse(text);
    int vouched = 0;
    int tried = 0;
    for (String variant : file.variants()) {
      tried++;
      if (keepsItsPromise(
          what + " variant " + tried + ": " + variant,
          variant.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
        vouched++;
      }
    }
    return new int[] {tried, vouched};
  }

  /** A file split into segments and elements with the delimiters its ISA declares. */
  public record X12File(
      char element, char component, String terminator, List<List<String>> segments) {

    public static X12File parse(String text) {
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

    public List<String> variants() {
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
        boolean envelope = List.of("ISA", "GS", "ST", "SE", "GE", "IEA").contains(tag);
        if (!envelope) {
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
          if (i + 3 < segments.size()
              && !List.of("SE", "GE", "IEA").contains(segments.get(i + 3).get(0))) {
            List<List<String>> moved = new ArrayList<>(segments);
            moved.add(i + 3, moved.remove(i));
            out.add(render(moved));
          }
        } else if (!List.of("ST", "GS").contains(tag)) {
          continue; // only ST's and GS's elements are changed: the rest is StAEDI's envelope check
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
}
