package com.naltrexone.billing.claims.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Every interchange handed over is sent exactly once, whoever sends it. */
class SendWhileWritingTest {

  @Test
  void aRunningSenderSendsWhileTheWriterGoesOnAndTheWriterWaitsForIt() throws Exception {
    List<Long> sent = Collections.synchronizedList(new ArrayList<>());
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "sender"));
    try {
      try (SendWhileWriting sender =
          new SendWhileWriting(
              id -> {
                threads.add(Thread.currentThread().getName());
                sent.add(id);
              },
              pool)) {
        for (long id = 1; id <= 5; id++) {
          sender.offer(id);
          Thread.sleep(30); // "writing" the next one
        }
      }
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sent.stream().sorted().toList());
      assertTrue(threads.contains("sender"), threads::toString);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSenderThatNeverStartsLeavesTheSendingToTheWriterAndStaysIdleIfItStartsLate() {
    List<Long> sent = new ArrayList<>();
    List<Runnable> queued = new ArrayList<>();

    try (SendWhileWriting sender = new SendWhileWriting(sent::add, queued::add)) {
      sender.offer(7);
      sender.offer(8);
    }
    queued.forEach(Runnable::run); // the executor gets round to it after the step

    assertEquals(List.of(7L, 8L), sent);
  }

  @Test
  void aRefusedSenderLeavesTheSendingToTheWriter() {
    List<Long> sent = new ArrayList<>();

    try (SendWhileWriting sender =
        new SendWhileWriting(
            sent::add,
            task -> {
              throw new RejectedExecutionException("full");
            })) {
      sender.offer(3);
    }

    assertEquals(List.of(3L), sent);
  }

  @Test
  void aFailedSendDoesNotStopTheOthers() {
    List<Long> sent = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      try (SendWhileWriting sender =
          new SendWhileWriting(
              id -> {
                if (id == 2) {
                  throw new IllegalStateException("database down");
                }
                sent.add(id);
              },
              pool)) {
        sender.offer(1);
        sender.offer(2);
        sender.offer(3);
      }
      assertEquals(List.of(1L, 3L), sent.stream().sorted().toList());
    } finally {
      pool.shutdownNow();
    }
  }
}
