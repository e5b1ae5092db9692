package com.naltrexone.billing.edi.control;

import java.util.List;

/**
 * One segment as read: its id, where it was, and its elements (each element a list of components; a
 * simple element has one). Only the first repetition of a repeating element is kept.
 *
 * @param position position in the transaction set (ST = 1), or in the interchange for envelope
 *     segments (ISA = 1)
 * @param loop implementation loop code the schema placed it in (e.g. {@code 2100}), or null
 * @param repeated whether any element repeats (the repetitions are not kept)
 */
public record X12Segment(
    String tag, int position, String loop, List<List<String>> elements, boolean repeated) {

  public X12Segment {
    elements = immutable(elements);
  }

  /**
   * The elements as unmodifiable lists, copied only where they are not already (a loop, not a
   * stream: segments are made once per segment read or checked, millions of times a large file).
   */
  private static List<List<String>> immutable(List<List<String>> elements) {
    @SuppressWarnings("unchecked")
    List<String>[] copied = new List[elements.size()];
    for (int i = 0; i < copied.length; i++) {
      copied[i] = List.copyOf(elements.get(i));
    }
    return List.of(copied);
  }

  public X12Segment(String tag, int position, String loop, List<List<String>> elements) {
    this(tag, position, loop, elements, false);
  }

  /** Element {@code n} (1-based), its first component for a composite; "" when absent. */
  public String element(int n) {
    return component(n, 1);
  }

  /** Component {@code c} (1-based) of element {@code n}; "" when absent. */
  public String component(int n, int c) {
    if (n < 1 || n > elements.size()) {
      return "";
    }
    List<String> components = elements.get(n - 1);
    if (c < 1 || c > components.size()) {
      return "";
    }
    String value = components.get(c - 1);
    return value == null ? "" : value;
  }

  /** Element {@code n} parsed as int, or {@code fallback} when absent or not a number. */
  public int integer(int n, int fallback) {
    try {
      return Integer.parseInt(element(n).trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
