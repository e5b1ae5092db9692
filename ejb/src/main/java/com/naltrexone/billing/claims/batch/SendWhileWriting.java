package com.naltrexone.billing.claims.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Sending each interchange while the next is written ({@link InterchangeWriteBatchlet}). Hands
 * interchanges to one sender task; on close sends what the task did not, then waits. The executor
 * must run the task on another thread (a managed executor does; one that runs tasks on the
 * submitting thread would never return from the constructor).
 */
final class SendWhileWriting implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SendWhileWriting.class.getName());

  interface Send {
    /** Sends the interchange, whose file the writer hands over as written (null: not at hand). */
    void send(long interchangeId, byte[] written);
  }

  private record Written(long interchangeId, byte[] content) {}

  private final Send send;
  private final LinkedBlockingQueue<Written> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger state = new AtomicInteger(NOT_STARTED);
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean writingDone;

  private static final int NOT_STARTED = 0;
  private static final int RUNNING = 1;
  private static final int CANCELLED = 2;

  SendWhileWriting(Send send, Executor executor) {
    this.send = send;
    try {
      executor.execute(this::run);
    } catch (RejectedExecutionException e) {
      state.set(CANCELLED);
    }
  }

  /** Hands over an interchange just written, with its file (kept only until it is sent). */
  void offer(long interchangeId, byte[] written) {
    queue.add(new Written(interchangeId, written));
  }

  private void run() {
    if (!state.compareAndSet(NOT_STARTED, RUNNING)) {
      return; // the writer finished first and sent everything itself
    }
    try {
      while (true) {
        Written next = queue.poll(50, TimeUnit.MILLISECONDS);
        if (next != null) {
          sendQuietly(next);
        } else if (writingDone && queue.isEmpty()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      finished.countDown();
    }
  }

  /**
   * Each interchange is taken from the queue by exactly one thread. A failure leaves the
   * interchange WRITTEN or SENDING for step 4 (the send step) to retry.
   */
  private void sendQuietly(Written written) {
    long id = written.interchangeId();
    try {
      send.send(id, written.content());
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              "Interchange "
                  + id
                  + " not sent while writing ("
                  + e.getClass().getSimpleName()
                  + "); the send step tries again");
    }
  }

  @Override
  public void close() {
    writingDone = true;
    // a sender that has not started yet never will (it finds itself cancelled)
    boolean senderRunning = state.compareAndExchange(NOT_STARTED, CANCELLED) == RUNNING;
    // take what the sender has not yet taken (all of it if it never started)
    for (Written next = queue.poll(); next != null; next = queue.poll()) {
      sendQuietly(next);
    }
    if (senderRunning) {
      try {
        finished.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
