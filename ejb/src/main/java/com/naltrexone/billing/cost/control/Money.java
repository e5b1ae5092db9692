package com.naltrexone.billing.cost.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money arithmetic and wording for the cost figures: cents, half up, "1,423.50". */
public final class Money {

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal percentOf(BigDecimal percent, BigDecimal amount) {
    return cents(amount.multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP));
  }

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The smaller of {@code a} and {@code limit}; a null limit means no limit. */
  public static BigDecimal capped(BigDecimal a, BigDecimal limit) {
    return limit == null ? a : min(a, limit);
  }

  public static BigDecimal positive(BigDecimal a) {
    return a.signum() < 0 ? ZERO : a;
  }

  public static BigDecimal orZero(BigDecimal a) {
    return a == null ? ZERO : a;
  }

  /** "1,423.50" (grouping, two decimals), never a currency sign or locale surprise. */
  public static String text(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(amount);
  }

  /** "20%" or "12.5%". */
  public static String percent(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString() + "%";
  }
}
