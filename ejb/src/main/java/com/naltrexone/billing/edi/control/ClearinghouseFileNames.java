package com.naltrexone.billing.edi.control;

import java.util.regex.Pattern;

/**
 * The names we accept for files in either direction: letters, digits, dot, underscore and hyphen,
 * not starting with a dot (hidden files, "." and "..") and not ending in {@value #PART_SUFFIX}
 * (reserved for files still being written). Anything else is refused, so a name can never reach
 * outside its directory.
 */
final class ClearinghouseFileNames {

  static final String PART_SUFFIX = ".part";
  static final int MAX_LENGTH = 200;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

  private ClearinghouseFileNames() {}

  static boolean isValid(String name) {
    return name != null
        && !name.isEmpty()
        && name.length() <= MAX_LENGTH
        && ALLOWED.matcher(name).matches()
        && !name.startsWith(".")
        && !name.endsWith(PART_SUFFIX);
  }

  static String requireValid(String name) {
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          "clearinghouse file name must be 1-"
              + MAX_LENGTH
              + " characters of [A-Za-z0-9._-], not start with '.' and not end with '"
              + PART_SUFFIX
              + "'");
    }
    return name;
  }
}
