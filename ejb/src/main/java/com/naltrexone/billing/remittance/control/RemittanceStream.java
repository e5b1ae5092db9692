package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.RemittanceCheck.Verdict;
import java.io.ByteArrayInputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One validated read of an 835 handed from a reading thread to a posting thread, so that the two
 * halves of an import (StAEDI's schema validation, and the database work) run on two cores at once
 * instead of one after the other. The reader {@link #produce produces} headers, claims and trailers
 * (each trailer with the {@link Verdict} on its transaction set) and finally the read's {@link
 * Remittance835Reader.Report}; the poster {@link #take takes} them in file order. The queue is
 * bounded ({@value #CAPACITY} items), so memory does not grow with the file. Either side can give
 * up: {@link #abandon} makes a blocked reader stop at once.
 */
public final class RemittanceStream {

  /** Items waiting between the two threads at most. */
  static final int CAPACITY = 512;

  /** What the reader hands over. */
  public sealed interface Item permits HeaderRead, ClaimRead, TrailerRead, End {}

  /** A transaction set's header (BPR, TRN, payer, payee): its first claim follows. */
  public record HeaderRead(Header header) implements Item {}

  /** One claim of the current transaction set, with the issues validation charged to it. */
  public record ClaimRead(Header header, Claim claim) implements Item {}

  /** The current transaction set's SE: PLBs, totals, and the verdict on the whole set. */
  public record TrailerRead(Header header, Trailer trailer, Verdict verdict) implements Item {}

  /** The read is over: its report (envelope errors), or the failure that stopped it. */
  public record End(Remittance835Reader.Report report, RuntimeException failure) implements Item {}

  /** The other side gave up. */
  static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("the posting side gave up the import", null, false, false);
    }
  }

  private final byte[] content;
  private final boolean checked;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
  private volatile boolean abandoned;

  /** A stream that validates with StAEDI ({@link Remittance835Reader#read}). */
  public RemittanceStream(byte[] content) {
    this(content, false);
  }

  /**
   * @param checked read with {@link Remittance835Reader#readChecked} (the guide check): the {@link
   *     End} report then carries a {@link Remittance835Reader.Report#doubt() doubt} where the check
   *     could not vouch for the file, and the read stops there
   */
  public RemittanceStream(byte[] content, boolean checked) {
    this.content = content;
    this.checked = checked;
  }

  /** Runs on the reading thread: reads, validates and judges the file into the queue. */
  public void produce() {
    try {
      Forward forward = new Forward();
      RemittanceCheck.Judge judge = new RemittanceCheck.Judge(forward);
      forward.judge = judge;
      Remittance835Reader reader = new Remittance835Reader();
      ByteArrayInputStream in = new ByteArrayInputStream(content);
      Remittance835Reader.Report report =
          checked ? reader.readChecked(in, judge) : reader.read(in, judge);
      if (forward.abandonedWhileReading) {
        return;
      }
      put(new End(report, null));
    } catch (Abandoned e) {
      // the poster stopped first: nothing more to hand over
    } catch (RuntimeException e) {
      if (!abandoned) {
        putQuietly(new End(null, e));
      }
    }
  }

  /** Runs on the posting thread: the next item, waiting for the reader if needed. */
  public Item take() {
    try {
      Item item = queue.poll(10, TimeUnit.MINUTES);
      if (item == null) {
        throw new IllegalStateException("the 835 reader handed nothing over for 10 minutes");
      }
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the 835 reader", e);
    }
  }

  /** Items handed over and not taken yet. */
  int waiting() {
    return queue.size();
  }

  /** Stops the reader (if it still runs) and drops what it handed over. */
  public void abandon() {
    abandoned = true;
    queue.clear();
  }

  private void put(Item item) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (abandoned) {
          throw new Abandoned();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Abandoned();
    }
  }

  private void putQuietly(Item item) {
    try {
      put(item);
    } catch (Abandoned e) {
      // nobody is listening any more
    }
  }

  /** Hands each piece over; the reader turns a listener's exception into a read error. */
  private final class Forward implements Remittance835Reader.Listener {
    RemittanceCheck.Judge judge;
    boolean abandonedWhileReading;

    @Override
    public void header(Header header) {
      hand(new HeaderRead(header));
    }

    @Override
    public void claim(Header header, Claim claim) {
      hand(new ClaimRead(header, claim));
    }

    @Override
    public void trailer(Header header, Trailer trailer) {
      hand(new TrailerRead(header, trailer, judge.last()));
    }

    private void hand(Item item) {
      try {
        put(item);
      } catch (Abandoned e) {
        abandonedWhileReading = true;
        throw e;
      }
    }
  }
}
