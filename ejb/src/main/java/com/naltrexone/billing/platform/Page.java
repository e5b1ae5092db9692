package com.naltrexone.billing.platform;

import java.util.List;

/** One page of a longer list, with the total so a table can page on the server. */
public record Page<T>(List<T> items, long total, int first, int max) {

  public static final int MAX_PAGE = 200;

  /** Clamps a requested page size to 1..{@link #MAX_PAGE}. */
  public static int size(Integer requested) {
    if (requested == null || requested < 1) {
      return 50;
    }
    return Math.min(requested, MAX_PAGE);
  }

  public static int first(Integer requested) {
    return requested == null || requested < 0 ? 0 : requested;
  }
}
