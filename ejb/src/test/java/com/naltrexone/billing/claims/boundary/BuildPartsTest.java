package com.naltrexone.billing.claims.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The build's parts by patient ({@link Claims#partOf}) share the patients out evenly. */
class BuildPartsTest {

  /** How many of {@code count} ids from {@code first} in steps of {@code step} fall in part 0. */
  private static long inPartZero(long first, long step, int count, int parts) {
    return LongStream.range(0, count)
        .map(i -> first + i * step)
        .filter(id -> Claims.partOf(id, parts) == 0)
        .count();
  }

  @Test
  void idsInStepsOfASequenceIncrementSpreadOverBothParts() {
    // every 500th value: rows inserted one by one with nextval of a sequence incremented by 500
    // (the plain id mod 2 put all of them in one part: the benchmark's seed draws ids so)
    long zero = inPartZero(25_000_801, 500, 10_000, 2);
    assertTrue(zero > 4_000 && zero < 6_000, zero + " of 10000 in part 0");
  }

  @Test
  void shortRunsOfIdsInSmallEvenStepsAlternateBetweenTheParts() {
    // a patient created with its coverage, consent and prescription between two patient ids: the
    // id mod 997 alone would keep about 160 such patients in a row in one part
    for (long first = 1_000; first < 50_000; first += 7_919) {
      long zero = inPartZero(first, 6, 20, 2);
      assertTrue(zero > 0 && zero < 20, "from " + first + ": " + zero + " of 20 in part 0");
    }
  }

  @Test
  void consecutiveIdsAndSmallEvenStepsSpreadOverBothParts() {
    for (long step : new long[] {1, 2, 6, 10, 50}) {
      long zero = inPartZero(1_000, step, 10_000, 2);
      assertTrue(zero > 4_000 && zero < 6_000, "step " + step + ": " + zero + " in part 0");
    }
  }

  @Test
  void everyIdHasExactlyOnePartBelowTheCount() {
    for (int parts = 1; parts <= 4; parts++) {
      for (long id = 1; id < 5_000; id++) {
        int part = Claims.partOf(id, parts);
        assertTrue(part >= 0 && part < parts, id + " -> " + part + " of " + parts);
      }
    }
    assertEquals(0, Claims.partOf(123_456_789L, 1));
  }

  @Test
  void threePartsAreEvenToo() {
    long[] counts = new long[3];
    LongStream.range(0, 9_000).forEach(i -> counts[Claims.partOf(5_000 + i * 7, 3)]++);
    for (long c : counts) {
      assertTrue(c > 2_400 && c < 3_600, java.util.Arrays.toString(counts));
    }
  }
}
