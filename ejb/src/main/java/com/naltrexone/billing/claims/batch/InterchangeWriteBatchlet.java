package com.naltrexone.billing.claims.batch;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * Step 3: writes each interchange being built (one transaction each), and sends each one as soon as
 * it is written, on a thread of the default managed executor, while the next is written: the upload
 * and the SENT bookkeeping of one file (mostly database work) overlap the writing of the next
 * (mostly the 837 writer's own work). Sending is exactly {@link ClaimSubmission#send}, one
 * interchange at a time, as in step 4, which then sends whatever is left (an upload that failed or
 * a sender that could not start).
 */
@Dependent
@Named("interchangeWriteBatchlet")
public class InterchangeWriteBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(InterchangeWriteBatchlet.class.getName());

  @EJB ClaimSubmission submission;
  @Resource ManagedExecutorService executor;

  @Override
  public String process() {
    try (SendWhileWriting sender = new SendWhileWriting(submission::send, executor)) {
      for (long id : submission.toWrite()) {
        submission.write(id);
        sender.offer(id);
      }
    }
    return "WRITTEN";
  }

  /**
   * Hands interchanges to one sender task; on close sends what the task did not, then waits. The
   * executor must run the task on another thread (a managed executor does; one that runs tasks on
   * the submitting thread would never return from the constructor).
   */
  static final class SendWhileWriting implements AutoCloseable {

    interface Send {
      void send(long interchangeId);
    }

    private final Send send;
    private final java.util.concurrent.LinkedBlockingQueue<Long> queue =
        new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger state =
        new java.util.concurrent.atomic.AtomicInteger(NOT_STARTED);
    private final java.util.concurrent.CountDownLatch finished =
        new java.util.concurrent.CountDownLatch(1);
    private volatile boolean writingDone;

    private static final int NOT_STARTED = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;

    SendWhileWriting(Send send, Executor executor) {
      this.send = send;
      try {
        executor.execute(this::run);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        state.set(CANCELLED);
      }
    }

    void offer(long interchangeId) {
      queue.add(interchangeId);
    }

    private void run() {
      if (!state.compareAndSet(NOT_STARTED, RUNNING)) {
        return; // the writer finished first and sent everything itself
      }
      try {
        while (true) {
          Long id = queue.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS);
          if (id != null) {
            sendQuietly(id);
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
    private void sendQuietly(long id) {
      try {
        send.send(id);
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
      for (Long id = queue.poll(); id != null; id = queue.poll()) {
        sendQuietly(id);
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
}
