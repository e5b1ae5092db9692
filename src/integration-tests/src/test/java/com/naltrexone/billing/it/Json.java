package com.naltrexone.billing.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads single top-level values out of a JSON answer (the client side has no JSON-P provider). */
final class Json {

  private Json() {}

  /** The first number under {@code key}, e.g. {@code "id":123}. */
  static long number(String body, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":(-?\\d+)").matcher(body);
    if (!m.find()) {
      throw new AssertionError("no number \"" + key + "\" in " + body);
    }
    return Long.parseLong(m.group(1));
  }

  /** Whether {@code body} carries a problem naming {@code field}. */
  static boolean namesField(String body, String field) {
    return body.contains("\"field\":\"" + field + "\"");
  }
}
