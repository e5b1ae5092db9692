package com.naltrexone.billing.platform;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory output stream for large files (an 837 of 25,000 claims is about 21 MB) that grows in
 * chunks of {@value #CHUNK} bytes instead of doubling one array: no chunk is large enough for the
 * garbage collector to treat it as a humongous object, nothing is copied while writing, and {@link
 * #toByteArray} copies once. Not thread-safe.
 */
public final class ChunkedOutput extends OutputStream {

  static final int CHUNK = 256 * 1024;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] current = new byte[CHUNK];
  private int used;

  @Override
  public void write(int b) {
    if (used == CHUNK) {
      next();
    }
    current[used++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    while (length > 0) {
      if (used == CHUNK) {
        next();
      }
      int n = Math.min(length, CHUNK - used);
      System.arraycopy(bytes, offset, current, used, n);
      used += n;
      offset += n;
      length -= n;
    }
  }

  private void next() {
    full.add(current);
    current = new byte[CHUNK];
    used = 0;
  }

  /** How many bytes have been written. */
  public long size() {
    return (long) full.size() * CHUNK + used;
  }

  /** Everything written, in one new array. */
  public byte[] toByteArray() {
    long size = size();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("more than 2 GB written");
    }
    byte[] all = new byte[(int) size];
    int at = 0;
    for (byte[] chunk : full) {
      System.arraycopy(chunk, 0, all, at, CHUNK);
      at += CHUNK;
    }
    System.arraycopy(current, 0, all, at, used);
    return all;
  }
}
