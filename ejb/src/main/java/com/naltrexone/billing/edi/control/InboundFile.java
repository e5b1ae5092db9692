package com.naltrexone.billing.edi.control;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * A file waiting for us at the clearinghouse. Listing is cheap: the content is fetched only when
 * {@link #open()} or {@link #readAllBytes()} is called (for SFTP that opens its own session).
 *
 * @param name the file name, already checked against {@link ClearinghouseFileNames}
 * @param size the size the transport reported when listing
 * @param lastModified when the file arrived, as far as the transport knows; listing order
 * @param content how to read the bytes
 */
public record InboundFile(String name, long size, Instant lastModified, Content content) {

  /** Opens the file's bytes; the caller closes the stream. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  public InboundFile {
    ClearinghouseFileNames.requireValid(name);
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(content, "content");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  /** Opens the content as a stream; the caller must close it. */
  public InputStream open() throws ClearinghouseException {
    try {
      return content.open();
    } catch (IOException e) {
      throw new ClearinghouseException(
          "cannot open inbound file " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the whole file and checks that its length is the listed size, so a file that changed or
   * was cut short in transit is refused rather than half-processed.
   */
  public byte[] readAllBytes() throws ClearinghouseException {
    byte[] bytes;
    try (InputStream in = open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ClearinghouseException(
          "cannot read inbound file " + name + ": " + e.getMessage(), e);
    }
    if (bytes.length != size) {
      throw new ClearinghouseException(
          "inbound file " + name + " has " + bytes.length + " bytes, listed as " + size);
    }
    return bytes;
  }

  @Override
  public String toString() {
    return "InboundFile[" + name + ", " + size + " bytes, " + lastModified + "]";
  }
}
