package com.naltrexone.billing.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkedOutputTest {

  @Test
  void givesBackExactlyWhatWasWrittenAcrossChunkBoundaries() throws Exception {
    Random random = new Random(42);
    ChunkedOutput chunked = new ChunkedOutput();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    // single bytes, small and large arrays, one ending exactly on a chunk boundary
    int[] lengths = {1, 7, ChunkedOutput.CHUNK - 8, 1, ChunkedOutput.CHUNK * 3 + 5, 0, 300};
    for (int length : lengths) {
      byte[] bytes = new byte[length + 4];
      random.nextBytes(bytes);
      if (length == 1) {
        chunked.write(bytes[2]);
        plain.write(bytes[2]);
      } else {
        chunked.write(bytes, 2, length);
        plain.write(bytes, 2, length);
      }
    }
    assertEquals(plain.size(), chunked.size());
    assertArrayEquals(plain.toByteArray(), chunked.toByteArray());
  }

  @Test
  void anEmptyStreamGivesAnEmptyArray() {
    assertEquals(0, new ChunkedOutput().toByteArray().length);
  }

  @Test
  void aWriterCharacterByCharacterEndsUpTheSame() throws Exception {
    ChunkedOutput chunked = new ChunkedOutput();
    StringBuilder text = new StringBuilder();
    try (Writer writer = new OutputStreamWriter(chunked, StandardCharsets.US_ASCII)) {
      for (int i = 0; i < 100_000; i++) {
        String segment = "CLM*PCN" + i + "*1615.00~";
        text.append(segment);
        for (char c : segment.toCharArray()) {
          writer.write(c);
        }
      }
    }
    assertEquals(text.toString(), new String(chunked.toByteArray(), StandardCharsets.US_ASCII));
  }

  @Test
  void refusesARangeOutsideTheArray() {
    assertThrows(
        IndexOutOfBoundsException.class, () -> new ChunkedOutput().write(new byte[4], 2, 3));
  }
}
