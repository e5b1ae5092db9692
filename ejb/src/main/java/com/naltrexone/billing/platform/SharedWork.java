package com.naltrexone.billing.platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs {@code task(0) .. task(count - 1)}, each exactly once, on the calling thread and up to
 * {@code helpers} threads of an executor, which take the next index in turn. The calling thread
 * never waits for work nobody has started: it takes indices itself until none is left and then
 * waits only for those a running helper took. A helper that starts late (a busy executor, or one
 * whose threads are all taken by the batch runtime) finds nothing left; one the executor refuses is
 * simply not there. The first failure is rethrown once every started task has ended; the other
 * indices are still run. The executor must run tasks on other threads (a managed executor does).
 */
public final class SharedWork {

  private SharedWork() {}

  public static void run(int count, IntConsumer task, Executor executor, int helpers) {
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(count);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            try {
              task.accept(i);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            } finally {
              done.countDown();
            }
          }
        };
    int started = executor == null ? 0 : Math.min(Math.max(0, helpers), count - 1);
    for (int h = 0; h < started; h++) {
      try {
        executor.execute(work);
      } catch (RejectedExecutionException e) {
        break; // the calling thread does what no helper takes
      }
    }
    work.run();
    try {
      done.await(); // only indices a running helper took can still be open
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for helper threads", e);
    }
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
  }
}
