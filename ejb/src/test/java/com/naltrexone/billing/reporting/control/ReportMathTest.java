package com.naltrexone.billing.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.naltrexone.billing.reporting.control.ReportMath.AgeBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMathTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Test
  void bucketsAreDaysSinceTheServiceDateWithTheEdgesInTheYoungerBucket() {
    assertEquals(AgeBucket.DAYS_0_30, ReportMath.bucketOf(TODAY, TODAY));
    assertEquals(AgeBucket.DAYS_0_30, ReportMath.bucketOf(TODAY.plusDays(3), TODAY));
    assertEquals(AgeBucket.DAYS_0_30, ReportMath.bucketOf(TODAY.minusDays(30), TODAY));
    assertEquals(AgeBucket.DAYS_31_60, ReportMath.bucketOf(TODAY.minusDays(31), TODAY));
    assertEquals(AgeBucket.DAYS_31_60, ReportMath.bucketOf(TODAY.minusDays(60), TODAY));
    assertEquals(AgeBucket.DAYS_61_90, ReportMath.bucketOf(TODAY.minusDays(61), TODAY));
    assertEquals(AgeBucket.DAYS_91_120, ReportMath.bucketOf(TODAY.minusDays(120), TODAY));
    assertEquals(AgeBucket.OVER_120, ReportMath.bucketOf(TODAY.minusDays(121), TODAY));
    assertEquals(AgeBucket.OVER_120, ReportMath.bucketOf(TODAY.minusYears(3), TODAY));
  }

  /** The query's CASE (first start the date is on or after) must agree with bucketOf every day. */
  @Test
  void theCutOffDatesTheQueryGroupsByGiveTheSameBucketAsTheRule() {
    List<LocalDate> starts = ReportMath.bucketStarts(TODAY);
    assertEquals(
        List.of(
            LocalDate.of(2026, 1, 30),
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2025, 12, 1),
            LocalDate.of(2025, 11, 1)),
        starts);
    for (int days = -5; days <= 200; days++) {
      LocalDate serviceDate = TODAY.minusDays(days);
      int position = starts.size();
      for (int i = 0; i < starts.size(); i++) {
        if (!serviceDate.isBefore(starts.get(i))) {
          position = i;
          break;
        }
      }
      assertEquals(
          ReportMath.bucketOf(serviceDate, TODAY), ReportMath.bucket(position), days + " days old");
    }
  }

  @Test
  void labelsReadAsTheBuckets() {
    assertEquals(
        List.of("0-30", "31-60", "61-90", "91-120", ">120"),
        java.util.Arrays.stream(AgeBucket.values()).map(AgeBucket::label).toList());
  }

  @Test
  void theLastTwelveMonthsEndWithThisOneAndCrossTheYear() {
    List<YearMonth> months = ReportMath.lastMonths(TODAY, 12);
    assertEquals(12, months.size());
    assertEquals(YearMonth.of(2025, 4), months.get(0));
    assertEquals(YearMonth.of(2026, 3), months.get(11));
  }

  @Test
  void aRateIsAPercentWithOneDecimalAndZeroOverNothing() {
    assertEquals(new BigDecimal("33.3"), ReportMath.percent(1, 3));
    assertEquals(new BigDecimal("66.7"), ReportMath.percent(2, 3));
    assertEquals(new BigDecimal("100.0"), ReportMath.percent(4, 4));
    assertEquals(new BigDecimal("0.0"), ReportMath.percent(0, 7));
    assertEquals(new BigDecimal("0.0"), ReportMath.percent(3, 0));
  }

  @Test
  void sumsFromTheDatabaseBecomeCentsWhateverTheirType() {
    assertEquals(new BigDecimal("0.00"), ReportMath.money(null));
    assertEquals(new BigDecimal("12.50"), ReportMath.money(new BigDecimal("12.5")));
    assertEquals(new BigDecimal("7.00"), ReportMath.money(7L));
    assertEquals(3L, ReportMath.count(3));
    assertEquals(0L, ReportMath.count(null));
  }
}
