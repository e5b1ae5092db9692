package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one-read import's hand-over between the reading and the posting thread. */
class RemittanceStreamTest {

  @Test
  void handsOverWhatTheCheckSeesInFileOrderWithEachTransactionsVerdict() throws Exception {
    byte[] content = bytes("/remittance/vivitrol_multi_interchange.edi");
    RemittanceCheck.Result check = RemittanceCheck.check(new java.io.ByteArrayInputStream(content));
    List<RemittanceStream.Item> items = drain(content);

    RemittanceStream.End end =
        assertInstanceOf(RemittanceStream.End.class, items.get(items.size() - 1));
    assertNull(end.failure());
    assertEquals(check.report(), end.report());
    List<RemittanceCheck.Verdict> verdicts =
        items.stream()
            .filter(RemittanceStream.TrailerRead.class::isInstance)
            .map(i -> ((RemittanceStream.TrailerRead) i).verdict())
            .toList();
    assertEquals(check.verdicts(), verdicts);
    assertEquals(
        check.report().claims(),
        items.stream().filter(RemittanceStream.ClaimRead.class::isInstance).count());
    assertInstanceOf(RemittanceStream.HeaderRead.class, items.get(0));
  }

  @Test
  void aCheckedStreamHandsOverWhatAValidatedOneDoesForACleanFile() {
    byte[] content = bytes("/remittance/vivitrol_multi_interchange.edi");
    assertEquals(drain(content, false), drain(content, true));
  }

  @Test
  void aCheckedStreamStopsAtItsFirstDoubtAndSaysWhere() {
    List<RemittanceStream.Item> items =
        drain(bytes("/samples/835/oopf_835_WithMultipleInterchanges.txt"), true);
    RemittanceStream.End end =
        assertInstanceOf(RemittanceStream.End.class, items.get(items.size() - 1));
    assertNull(end.failure());
    assertEquals("DTM (segment 20): no place for DTM after what came before", end.report().doubt());
    assertFalse(end.report().valid());
    assertTrue(
        items.stream().noneMatch(RemittanceStream.TrailerRead.class::isInstance),
        "nothing after the doubt: the first transaction set never ends");
  }

  @Test
  void anUnbalancedTransactionSetArrivesWithItsRejection() {
    List<RemittanceStream.Item> items = drain(bytes("/remittance/vivitrol_unbalanced.edi"));
    assertTrue(
        items.stream()
            .filter(RemittanceStream.TrailerRead.class::isInstance)
            .anyMatch(i -> ((RemittanceStream.TrailerRead) i).verdict().rejected()));
  }

  @Test
  void anInvalidFileEndsWithItsErrors() {
    List<RemittanceStream.Item> items =
        drain("ISA*00*garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    RemittanceStream.End end = (RemittanceStream.End) items.get(items.size() - 1);
    assertFalse(end.report().valid());
  }

  @Test
  void abandoningStopsAReaderThatNobodyTakesFrom() throws Exception {
    Path file = Files.createTempFile("stream", ".835");
    try {
      Synthetic835Generator.write(file, 5 * RemittanceStream.CAPACITY);
      RemittanceStream stream = new RemittanceStream(Files.readAllBytes(file));
      Thread reader = new Thread(stream::produce);
      reader.start();
      assertInstanceOf(RemittanceStream.HeaderRead.class, stream.take());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (stream.waiting() < RemittanceStream.CAPACITY && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
      assertEquals(RemittanceStream.CAPACITY, stream.waiting(), "the queue fills up");
      TimeUnit.MILLISECONDS.sleep(100);
      assertTrue(reader.isAlive(), "a full queue holds the reader");
      stream.abandon();
      reader.join(10_000);
      assertFalse(reader.isAlive(), "the reader stops once the poster gives up");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<RemittanceStream.Item> drain(byte[] content) {
    return drain(content, false);
  }

  private static List<RemittanceStream.Item> drain(byte[] content, boolean checked) {
    RemittanceStream stream = new RemittanceStream(content, checked);
    Thread reader = new Thread(stream::produce);
    reader.start();
    List<RemittanceStream.Item> items = new ArrayList<>();
    RemittanceStream.Item item;
    do {
      item = stream.take();
      items.add(item);
    } while (!(item instanceof RemittanceStream.End));
    return items;
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = RemittanceStreamTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
