package com.naltrexone.billing.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's rules, apart from the queries that apply them: the A/R aging buckets (days since
 * the date of service: 0-30, 31-60, 61-90, 91-120, over 120), the months a chart shows, and a rate
 * as a percentage. The database groups by the bucket the {@link #bucketStarts cut-off dates} give;
 * {@link #bucketOf} is the same rule for one date.
 */
public final class ReportMath {

  /** An aging bucket and its label. */
  public enum AgeBucket {
    DAYS_0_30("0-30"),
    DAYS_31_60("31-60"),
    DAYS_61_90("61-90"),
    DAYS_91_120("91-120"),
    OVER_120(">120");

    private final String label;

    AgeBucket(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final int[] UPPER_DAYS = {30, 60, 90, 120};

  private ReportMath() {}

  /**
   * The oldest date of service of each bucket but the last, newest first: a date on or after the
   * first is 0-30 days old, on or after the second (and before the first) 31-60, and so on; older
   * than the last is over 120. A date in the future counts as 0-30.
   */
  public static List<LocalDate> bucketStarts(LocalDate today) {
    List<LocalDate> starts = new ArrayList<>();
    for (int days : UPPER_DAYS) {
      starts.add(today.minusDays(days));
    }
    return starts;
  }

  /** The bucket of a claim serviced on {@code serviceDate}, seen on {@code today}. */
  public static AgeBucket bucketOf(LocalDate serviceDate, LocalDate today) {
    long days = ChronoUnit.DAYS.between(serviceDate, today);
    for (int i = 0; i < UPPER_DAYS.length; i++) {
      if (days <= UPPER_DAYS[i]) {
        return AgeBucket.values()[i];
      }
    }
    return AgeBucket.OVER_120;
  }

  /** The bucket by its position in {@link AgeBucket} (the number the aging query groups by). */
  public static AgeBucket bucket(int position) {
    return AgeBucket.values()[position];
  }

  /** The last {@code count} months up to and including the month of {@code today}, oldest first. */
  public static List<YearMonth> lastMonths(LocalDate today, int count) {
    YearMonth now = YearMonth.from(today);
    List<YearMonth> months = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      months.add(now.minusMonths(i));
    }
    return months;
  }

  /** {@code part} of {@code whole} in percent with one decimal (half up); 0 when whole is 0. */
  public static BigDecimal percent(long part, long whole) {
    if (whole <= 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** A sum the database may answer as null (no rows) or as any number type, in cents. */
  public static BigDecimal money(Object sum) {
    if (sum == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal value = sum instanceof BigDecimal b ? b : new BigDecimal(((Number) sum).toString());
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** A count the database may answer as any number type, or null. */
  public static long count(Object n) {
    return n == null ? 0 : ((Number) n).longValue();
  }
}
