package com.naltrexone.billing.edi.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An interchange as a person reads it: one segment per line, delimiters as sent. The delimiters are
 * taken from the fixed-width ISA (element separator at offset 3, segment terminator at 105), so any
 * delimiter set and line breaks between segments work.
 */
public final class X12Lines {

  private static final int ISA_LENGTH = 106;

  private X12Lines() {}

  /** Every segment in file order, without its terminator and surrounding line breaks. */
  public static List<String> segments(byte[] interchange) {
    String text = new String(interchange, StandardCharsets.ISO_8859_1);
    int start = text.indexOf("ISA");
    if (start < 0 || text.length() < start + ISA_LENGTH) {
      return List.of();
    }
    text = text.substring(start);
    char terminator = text.charAt(ISA_LENGTH - 1);
    List<String> segments = new ArrayList<>();
    for (String s : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
      String segment = s.strip();
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /**
   * The segments one transaction set travelled in: the interchange and group headers, the ST..SE
   * whose ST02 is {@code st02}, and the trailers. Empty when there is no such transaction set.
   */
  public static List<String> transaction(byte[] interchange, String st02) {
    List<String> all = segments(interchange);
    if (all.isEmpty()) {
      return List.of();
    }
    String separator = String.valueOf(all.get(0).charAt(3));
    List<String> envelope = new ArrayList<>();
    List<String> body = new ArrayList<>();
    List<String> trailers = new ArrayList<>();
    boolean inside = false;
    for (String segment : all) {
      String[] e = segment.split(java.util.regex.Pattern.quote(separator), -1);
      switch (e[0]) {
        case "ISA", "GS" -> envelope.add(segment);
        case "GE", "IEA" -> trailers.add(segment);
        case "ST" -> {
          inside = e.length > 2 && e[2].equals(st02);
          if (inside) {
            body.add(segment);
          }
        }
        case "SE" -> {
          if (inside) {
            body.add(segment);
          }
          inside = false;
        }
        default -> {
          if (inside) {
            body.add(segment);
          }
        }
      }
    }
    if (body.isEmpty()) {
      return List.of();
    }
    List<String> result = new ArrayList<>(envelope);
    result.addAll(body);
    result.addAll(trailers);
    return List.copyOf(result);
  }
}
