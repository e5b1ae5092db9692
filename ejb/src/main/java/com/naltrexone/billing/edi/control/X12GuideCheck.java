package com.naltrexone.billing.edi.control;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDISyntaxRule;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.implementation.CompositeImplementation;
import io.xlate.edi.schema.implementation.Discriminator;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.schema.implementation.ElementImplementation;
import io.xlate.edi.schema.implementation.LoopImplementation;
import io.xlate.edi.schema.implementation.PolymorphicImplementation;
import io.xlate.edi.schema.implementation.SegmentImplementation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fast check of one transaction set against an implementation schema, compiled once from StAEDI's
 * own model of that schema (the same file in {@code edi-templates}, the same rules): loops chosen
 * by their first segment and discriminator, segment order, repeats and minimum occurrences, element
 * usage, lengths, data types, code lists and the standard's syntax rules.
 *
 * <p>It only ever <em>vouches</em>. A transaction set it passes is one StAEDI's validation finds
 * nothing wrong with; where it is not sure, and at every real error, it stops with a <em>doubt</em>
 * (the segment, its position and why, never a value), and the caller validates the file with
 * StAEDI, which writes the precise 999-style report. It is stricter than StAEDI where being exact
 * would be costly: any repeated element, a 6-digit date, an exponent in a decimal, a character
 * outside printable ASCII, an element out of the implementation's order, all give a doubt. {@code
 * X12GuideCheckTest} holds it to that promise against StAEDI on every sample, fixture and thousands
 * of mutations.
 *
 * <p>Why it exists: StAEDI's validator costs about 20 times its bare parse (docs/benchmarks.md),
 * which kept the 835 import far from its speed target. A {@link Run} is not thread-safe; the
 * compiled check is, and is shared.
 */
public final class X12GuideCheck {

  private static final Map<String, X12GuideCheck> CACHE = new ConcurrentHashMap<>();

  private final String transaction;
  private final Node root;

  private X12GuideCheck(String transaction, Schema schema) {
    this.transaction = transaction;
    LoopImplementation implementation = schema.getImplementation();
    this.root = loop(implementation, "transaction set");
  }

  /**
   * The check for the implementation schema at {@code resource} (an {@link X12Schemas} constant),
   * for transaction sets whose ST01 is {@code transaction}; compiled once.
   */
  public static X12GuideCheck of(String resource, String transaction) {
    return CACHE.computeIfAbsent(
        resource + "#" + transaction,
        key -> new X12GuideCheck(transaction, X12Schemas.implementation(resource)));
  }

  /** Checks the transaction set the ST {@code st} opens; null when ST01 is another set. */
  public Run start(X12Segment st) {
    return transaction.equals(st.element(1)) ? new Run() : null;
  }

  /** A check of a whole file, fed every segment in order; not thread-safe. */
  public Watch watch() {
    return new Watch();
  }

  /**
   * Feeds a whole file segment by segment: ST opens a {@link Run}, SE ends it. ISA, GS, GE and IEA
   * pass: StAEDI's control schema checks the envelope in every read, with or without an
   * implementation schema. Anything else outside a transaction set is a doubt.
   */
  public final class Watch {
    private Run run;
    private String doubt;

    private Watch() {}

    /** Whether every segment so far, {@code s} included, is vouched for. */
    public boolean vouches(X12Segment s) {
      if (doubt != null) {
        return false;
      }
      switch (s.tag()) {
        case "ISA", "GS", "GE", "IEA" -> {
          if (run != null) {
            doubt = X12GuideCheck.doubt(s, "inside a transaction set");
          }
        }
        case "ST" -> {
          run = run == null ? start(s) : null;
          if (run == null) {
            doubt =
                X12GuideCheck.doubt(
                    s, "not a " + transaction + " transaction set, or no SE before it");
          }
        }
        case "SE" -> {
          doubt = run == null ? X12GuideCheck.doubt(s, "no ST before it") : run.end();
          run = null;
        }
        default ->
            doubt =
                run == null ? X12GuideCheck.doubt(s, "outside a transaction set") : run.segment(s);
      }
      return doubt == null;
    }

    /** Called when the file has ended: null when every segment was vouched for. */
    public String end() {
      if (doubt == null && run != null) {
        doubt = "the file ends inside a transaction set";
      }
      return doubt;
    }

    /** The first doubt, or null. */
    public String doubt() {
      return doubt;
    }
  }

  /** One transaction set's check, fed segment by segment between ST and SE (both excluded). */
  public final class Run {
    private Node[] nodes = new Node[8];
    private int[] index = new int[8];
    private int[][] counts = new int[8][];
    private int top;

    private Run() {
      push(root);
    }

    /** Null when {@code s} fits where it stands; otherwise the doubt. */
    public String segment(X12Segment s) {
      for (int depth = top; depth >= 0; depth--) {
        Node[] children = nodes[depth].children;
        int[] count = counts[depth];
        for (int j = index[depth]; j < children.length; j++) {
          Node child = children[j];
          if (!child.starts(s)) {
            continue;
          }
          if (j == index[depth]) {
            if (count[j] >= child.max) {
              return doubt(s, child.name + " occurs more than " + child.max + " times");
            }
          } else {
            String missing = missing(depth, j);
            if (missing != null) {
              return doubt(s, missing + " is missing before it");
            }
          }
          index[depth] = j;
          count[j]++;
          top = depth;
          if (child.loop) {
            push(child);
            counts[top][0] = 1;
            return child.children[0].segment.check(s);
          }
          return child.segment.check(s);
        }
        String missing = missing(depth, children.length);
        if (missing != null) {
          return doubt(s, missing + " is missing (loop " + nodes[depth].name + " ends here)");
        }
      }
      return doubt(s, "no place for " + s.tag() + " after what came before");
    }

    /** Null when every loop still open has what it needs; called at SE. */
    public String end() {
      for (int depth = top; depth >= 0; depth--) {
        String missing = missing(depth, nodes[depth].children.length);
        if (missing != null) {
          return "at SE: " + missing + " is missing";
        }
      }
      return null;
    }

    /** A child of the frame at {@code depth}, from its current one up to {@code to}, under min. */
    private String missing(int depth, int to) {
      Node[] children = nodes[depth].children;
      int[] count = counts[depth];
      for (int k = index[depth]; k < to; k++) {
        if (count[k] < children[k].min) {
          return children[k].name;
        }
      }
      return null;
    }

    private void push(Node loop) {
      int depth = nodes[0] == null ? 0 : top + 1;
      if (depth == nodes.length) {
        nodes = Arrays.copyOf(nodes, depth * 2);
        index = Arrays.copyOf(index, depth * 2);
        counts = Arrays.copyOf(counts, depth * 2);
      }
      nodes[depth] = loop;
      index[depth] = 0;
      if (counts[depth] == null || counts[depth].length < loop.children.length) {
        counts[depth] = new int[Math.max(loop.children.length, 8)];
      } else {
        Arrays.fill(counts[depth], 0);
      }
      top = depth;
    }
  }

  private static String doubt(X12Segment s, String why) {
    return s.tag() + " (segment " + s.position() + "): " + why;
  }

  // ---- compiling StAEDI's model ----------------------------------------------------------------

  private static Node loop(LoopImplementation loop, String name) {
    List<Node> children = new ArrayList<>();
    for (EDITypeImplementation child : loop.getSequence()) {
      if (child instanceof LoopImplementation l) {
        children.add(loop(l, "loop " + l.getCode()));
      } else if (child instanceof SegmentImplementation s) {
        children.add(segment(s));
      } else if (child != null) {
        throw new IllegalStateException("unexpected " + child.getType() + " in " + name);
      }
    }
    Node[] sequence = children.toArray(Node[]::new);
    boolean root = "transaction set".equals(name);
    if (!root && (sequence.length == 0 || sequence[0].loop)) {
      throw new IllegalStateException(name + " does not start with a segment");
    }
    return new Node(
        sequence.length == 0 ? "" : sequence[0].tag,
        true,
        loop.getMinOccurs(),
        loop.getMaxOccurs(),
        discriminator(loop),
        sequence,
        null,
        name);
  }

  private static Node segment(SegmentImplementation s) {
    EDIComplexType standard = (EDIComplexType) s.getReferencedType();
    List<EDIReference> references = standard.getReferences();
    List<EDITypeImplementation> used = s.getSequence();
    Rule[] rules = new Rule[references.size()];
    for (int p = 0; p < rules.length; p++) {
      EDITypeImplementation impl = p < used.size() ? used.get(p) : null;
      rules[p] = rule(standard.getCode() + String.format("%02d", p + 1), impl, references.get(p));
    }
    String tag = standard.getCode();
    return new Node(
        tag,
        false,
        s.getMinOccurs(),
        s.getMaxOccurs(),
        discriminator(s),
        null,
        new SegmentRule(tag, rules, syntax(standard)),
        tag + (s.getDiscriminator() == null ? "" : "*" + s.getDiscriminator().getValueSet()));
  }

  private static Rule rule(String name, EDITypeImplementation impl, EDIReference standard) {
    EDIType type = standard.getReferencedType();
    boolean used = impl != null && impl.getMaxOccurs() != 0;
    boolean required = standard.getMinOccurs() > 0 || (impl != null && impl.getMinOccurs() > 0);
    if (type instanceof EDIComplexType composite) {
      List<EDIReference> references = composite.getReferences();
      List<EDITypeImplementation> components =
          impl instanceof CompositeImplementation c ? c.getSequence() : List.of();
      Rule[] parts = new Rule[references.size()];
      for (int c = 0; c < parts.length; c++) {
        EDITypeImplementation part = c < components.size() ? components.get(c) : null;
        parts[c] = rule(name + "-" + (c + 1), part, references.get(c));
      }
      return new Rule(name, used, required, null, 0, 0, Set.of(), parts, syntax(composite));
    }
    EDISimpleType simple = (EDISimpleType) type;
    Set<String> codes = impl instanceof ElementImplementation e ? e.getValueSet() : Set.of();
    if (codes.isEmpty()) {
      codes = simple.getValueSet();
    }
    return new Rule(
        name,
        used,
        required,
        simple.getBase(),
        simple.getMinLength(),
        simple.getMaxLength(),
        Set.copyOf(codes),
        null,
        new Syntax[0]);
  }

  private static Syntax[] syntax(EDIComplexType type) {
    List<Syntax> rules = new ArrayList<>();
    for (EDISyntaxRule r : type.getSyntaxRules()) {
      rules.add(
          new Syntax(r.getType(), r.getPositions().stream().mapToInt(Integer::intValue).toArray()));
    }
    return rules.toArray(Syntax[]::new);
  }

  private static Match discriminator(PolymorphicImplementation p) {
    Discriminator d = p.getDiscriminator();
    if (d == null) {
      return null;
    }
    return new Match(
        d.getElementPosition(), Math.max(1, d.getComponentPosition()), Set.copyOf(d.getValueSet()));
  }

  // ---- the compiled model ----------------------------------------------------------------------

  /** A discriminator: the value at an element (component) must be one of {@code values}. */
  private record Match(int element, int component, Set<String> values) {
    boolean matches(X12Segment s) {
      return values.contains(s.component(element, component));
    }
  }

  /** A loop or a segment of the implementation, with its usage. */
  private static final class Node {
    final String tag;
    final boolean loop;
    final int min;
    final int max;
    final Match match;
    final Node[] children;
    final SegmentRule segment;
    final String name;
    final Match firstMatch;

    Node(
        String tag,
        boolean loop,
        int min,
        int max,
        Match match,
        Node[] children,
        SegmentRule segment,
        String name) {
      this.tag = tag;
      this.loop = loop;
      this.min = Math.max(0, min);
      this.max = max < 0 ? Integer.MAX_VALUE : max;
      this.match = match;
      this.children = children;
      this.segment = segment;
      this.name = name;
      this.firstMatch = loop && children.length > 0 ? children[0].match : null;
    }

    /** Whether {@code s} is this segment, or the first segment of this loop. */
    boolean starts(X12Segment s) {
      return tag.equals(s.tag())
          && (match == null || match.matches(s))
          && (firstMatch == null || firstMatch.matches(s));
    }
  }

  /** A segment's elements and syntax rules. */
  private record SegmentRule(String tag, Rule[] elements, Syntax[] syntax) {

    String check(X12Segment s) {
      if (s.repeated()) {
        return doubt(s, "a repeated element");
      }
      List<List<String>> values = s.elements();
      if (values.size() > elements.length) {
        return doubt(s, "more than " + elements.length + " elements");
      }
      for (int p = 0; p < elements.length; p++) {
        Rule rule = elements[p];
        List<String> value = p < values.size() ? values.get(p) : List.of();
        String wrong = rule.composite == null ? rule.simple(value) : rule.composite(value);
        if (wrong != null) {
          return doubt(s, wrong);
        }
      }
      for (Syntax rule : syntax) {
        if (!rule.holds(p -> p <= values.size() && present(values.get(p - 1)))) {
          return doubt(s, "syntax rule " + rule.type + " " + Arrays.toString(rule.positions));
        }
      }
      return null;
    }
  }

  private static boolean present(List<String> components) {
    for (String c : components) {
      if (c != null && !c.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** One element (or component) position: usage and, for a simple one, its type and codes. */
  private record Rule(
      String name,
      boolean used,
      boolean required,
      EDISimpleType.Base base,
      long minLength,
      long maxLength,
      Set<String> codes,
      Rule[] composite,
      Syntax[] syntax) {

    String composite(List<String> components) {
      if (!present(components)) {
        return components.size() <= 1 ? absent() : name + " has only empty components";
      }
      if (!used) {
        return name + " is not used by the guide";
      }
      if (components.size() > composite.length) {
        return name + " has more than " + composite.length + " components";
      }
      for (int c = 0; c < composite.length; c++) {
        String value = c < components.size() ? components.get(c) : null;
        String wrong = composite[c].simple(value == null ? List.of() : List.of(value));
        if (wrong != null) {
          return wrong;
        }
      }
      for (Syntax rule : syntax) {
        if (!rule.holds(
            p ->
                p <= components.size()
                    && components.get(p - 1) != null
                    && !components.get(p - 1).isEmpty())) {
          return name + " syntax rule " + rule.type + " " + Arrays.toString(rule.positions);
        }
      }
      return null;
    }

    String simple(List<String> components) {
      if (components.size() > 1) {
        return name + " has components";
      }
      String value = components.isEmpty() ? null : components.get(0);
      if (value == null || value.isEmpty()) {
        return absent();
      }
      if (!used) {
        return name + " is not used by the guide";
      }
      long length = Value.length(base, value);
      if (length < 0) {
        return name + " is not a valid " + base.name().toLowerCase();
      }
      if (length < minLength || length > maxLength) {
        return name + " length " + length + " is outside " + minLength + "-" + maxLength;
      }
      if (!codes.isEmpty() && !codes.contains(value)) {
        return name + " is not in its code list";
      }
      return null;
    }

    private String absent() {
      return required ? name + " is required" : null;
    }
  }

  /** An X12 syntax rule over element (or component) positions, 1-based. */
  private record Syntax(EDISyntaxRule.Type type, int[] positions) {

    interface Presence {
      boolean at(int position);
    }

    boolean holds(Presence present) {
      int count = 0;
      for (int p : positions) {
        if (present.at(p)) {
          count++;
        }
      }
      boolean first = present.at(positions[0]);
      switch (type) {
        case PAIRED:
          return count == 0 || count == positions.length;
        case REQUIRED:
          return count > 0;
        case EXCLUSION:
          return count <= 1;
        case CONDITIONAL:
          return !first || count == positions.length;
        case LIST:
          return !first || count > 1;
        case SINGLE:
          return count == 1;
        case FIRSTONLY:
          return !first || count == 1;
        default:
          return false;
      }
    }
  }

  /** Value syntax per base type, as strict as StAEDI or stricter. */
  static final class Value {
    private Value() {}

    /** The length StAEDI measures, or -1 when the value is not of the type (or not sure). */
    static long length(EDISimpleType.Base base, String value) {
      switch (base) {
        case STRING:
        case IDENTIFIER:
          for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
              return -1;
            }
          }
          return value.length();
        case NUMERIC:
          return digits(value, false);
        case DECIMAL:
          return digits(value, true);
        case DATE:
          return value.length() == 8 && digits(value, false) == 8 && date(value) ? 8 : -1;
        case TIME:
          return time(value) ? value.length() : -1;
        default:
          return -1;
      }
    }

    /**
     * Digits counted: an optional leading minus, digits, and (decimal) one point between digits.
     */
    private static long digits(String value, boolean decimal) {
      int start = value.charAt(0) == '-' ? 1 : 0;
      int digits = 0;
      int points = 0;
      for (int i = start; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if (decimal && c == '.' && points == 0) {
          points++;
        } else {
          return -1;
        }
      }
      return digits == 0 ? -1 : digits;
    }

    private static boolean date(String v) {
      int year = Integer.parseInt(v.substring(0, 4));
      int month = Integer.parseInt(v.substring(4, 6));
      int day = Integer.parseInt(v.substring(6, 8));
      if (day < 1) {
        return false;
      }
      switch (month) {
        case 1, 3, 5, 7, 8, 10, 12:
          return day <= 31;
        case 4, 6, 9, 11:
          return day <= 30;
        case 2:
          boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
          return day <= (leap ? 29 : 28);
        default:
          return false;
      }
    }

    private static boolean time(String v) {
      int n = v.length();
      if ((n != 4 && n != 6 && n != 8) || digits(v, false) != n || v.charAt(0) == '-') {
        return false;
      }
      int hour = Integer.parseInt(v.substring(0, 2));
      int minute = Integer.parseInt(v.substring(2, 4));
      int second = n >= 6 ? Integer.parseInt(v.substring(4, 6)) : 0;
      return hour < 24 && minute < 60 && second < 60;
    }
  }
}
