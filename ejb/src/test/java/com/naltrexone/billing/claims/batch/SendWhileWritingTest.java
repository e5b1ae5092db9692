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
              (id, written) -> {
                threads.add(Thread.currentThread().getName());
                sent.add(id);
              },
              pool)) {
        for (long id = 1; id <= 5; id++) {
          sender.offer(id, null);
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

    try (SendWhileWriting sender =
        new SendWhileWriting((id, written) -> sent.add(id), queued::add)) {
      sender.offer(7, null);
      sender.offer(8, null);
    }
    queued.forEach(Runnable::run); // the executor gets round to it after the step

    assertEquals(List.of(7L, 8L), sent);
  }

  @Test
  void aRefusedSenderLeavesTheSendingToTheWriter() {
    List<Long> sent = new ArrayList<>();

    try (SendWhileWriting sender =
        new SendWhileWriting(
            (id, written) -> sent.add(id),
            task -> {
              throw new RejectedExecutionException("full");
            })) {
      sender.offer(3, null);
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
              (id, written) -> {
                if (id == 2) {
                  throw new IllegalStateException("database down");
                }
                sent.add(id);
              },
              pool)) {
        sender.offer(1, null);
        sender.offer(2, null);
        sender.offer(3, null);
      }
      assertEquals(List.of(1L, 3L), sent.stream().sorted().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSenderGetsEachFileAsTheWriterHandedItOver() throws Exception {
    java.util.Map<Long, byte[]> got = new java.util.concurrent.ConcurrentHashMap<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      try (SendWhileWriting sender = new SendWhileWriting(got::put, pool)) {
        sender.offer(1, new byte[] {'I', 'S', 'A'});
        sender.offer(2, new byte[] {'G', 'S'});
      }
      assertEquals("ISA", new String(got.get(1L), java.nio.charset.StandardCharsets.US_ASCII));
      assertEquals("GS", new String(got.get(2L), java.nio.charset.StandardCharsets.US_ASCII));
    } finally {
      pool.shutdownNow();
    }
  }
}
