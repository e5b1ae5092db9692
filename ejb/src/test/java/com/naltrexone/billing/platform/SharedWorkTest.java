package com.naltrexone.billing.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class SharedWorkTest {

  @Test
  void everyIndexRunsExactlyOnceOnTheCallerAndTheHelpers() {
    AtomicIntegerArray runs = new AtomicIntegerArray(200);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      SharedWork.run(
          200,
          i -> {
            threads.add(Thread.currentThread().getName());
            runs.incrementAndGet(i);
            sleep(2);
          },
          pool,
          3);
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < 200; i++) {
      assertEquals(1, runs.get(i), "index " + i);
    }
    assertTrue(threads.size() > 1, threads::toString);
  }

  @Test
  void helpersThatNeverStartOrAreRefusedLeaveEverythingToTheCaller() {
    List<Runnable> neverRun = new ArrayList<>();
    List<Integer> done = new ArrayList<>();

    SharedWork.run(5, done::add, neverRun::add, 2);
    SharedWork.run(
        3,
        done::add,
        task -> {
          throw new RejectedExecutionException("full");
        },
        2);
    neverRun.forEach(Runnable::run); // late: nothing left for them

    assertEquals(List.of(0, 1, 2, 3, 4, 0, 1, 2), done);
  }

  @Test
  void theFirstFailureIsRethrownAfterTheOtherIndicesRan() {
    AtomicIntegerArray runs = new AtomicIntegerArray(4);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                SharedWork.run(
                    4,
                    i -> {
                      runs.incrementAndGet(i);
                      if (i == 1) {
                        throw new IllegalStateException("part 1 failed");
                      }
                    },
                    null,
                    0));

    assertEquals("part 1 failed", e.getMessage());
    assertEquals("[1, 1, 1, 1]", runs.toString());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
