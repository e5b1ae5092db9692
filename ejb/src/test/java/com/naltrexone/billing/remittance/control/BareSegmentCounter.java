package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.edi.control.X12Schemas;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * StAEDI's bare speed, for the benchmark: reads a file with no schema at all (not even the control
 * schema) and counts segments. Compare with {@link Remittance835Reader} on the same file.
 *
 * <pre>
 * java -Xmx256m -cp ... com.naltrexone.billing.remittance.control.BareSegmentCounter file.835
 * </pre>
 *
 * prints bare, reader and second-read times and MB/s (one warm-up pass each first).
 */
public final class BareSegmentCounter {

  private BareSegmentCounter() {}

  /** Segments in {@code file} (envelope included), read without any schema. */
  public static long countSegments(Path file) throws IOException {
    try (InputStream in =
            X12Schemas.withoutByteOrderMark(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(in)) {
      long segments = 0;
      while (reader.hasNext()) {
        if (reader.next() == EDIStreamEvent.START_SEGMENT) {
          segments++;
        }
      }
      return segments;
    } catch (EDIStreamException e) {
      throw new IOException("not readable X12: " + e.getMessage(), e);
    }
  }

  /** Claims read by {@link Remittance835Reader} (schema-validated), balancing each claim. */
  public static long readAndBalance(Path file) throws IOException {
    return balanced(file, Remittance835Reader::read);
  }

  /** Claims read by the one-read import's checked read (guide check, no StAEDI validation). */
  public static long readChecked(Path file) throws IOException {
    return balanced(file, Remittance835Reader::readChecked);
  }

  private interface Read {
    Remittance835Reader.Report read(
        Remittance835Reader reader, InputStream in, Remittance835Reader.Listener to);
  }

  private static long balanced(Path file, Read read) throws IOException {
    long[] findings = {0, 0};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Remittance835Reader.Report report =
          read.read(
              new Remittance835Reader(),
              in,
              (header, claim) -> {
                findings[0]++;
                findings[1] += RemittanceBalance.claim(claim).size();
              });
      if (!report.valid() || findings[1] > 0) {
        throw new IOException(
            "doubted, invalid or unbalanced: "
                + report.doubt()
                + ", "
                + report.errors()
                + ", "
                + findings[1]);
      }
    }
    return findings[0];
  }

  /** Claims handed out by the importer's second, unvalidated read of a clean file. */
  public static long reread(Path file) throws IOException {
    long[] claims = {0};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Remittance835Reader.Report report =
          new Remittance835Reader()
              .reread(in, new Remittance835Reader.ClaimFindings(), (header, claim) -> claims[0]++);
      if (!report.valid()) {
        throw new IOException("invalid: " + report.errors());
      }
    }
    return claims[0];
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    double mb = Files.size(file) / 1_000_000.0;
    countSegments(file);
    readAndBalance(file);
    long start = System.nanoTime();
    long segments = countSegments(file);
    double bare = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    long claims = readAndBalance(file);
    double ours = (System.nanoTime() - start) / 1e9;
    reread(file);
    start = System.nanoTime();
    long reread = reread(file);
    double second = (System.nanoTime() - start) / 1e9;
    readChecked(file);
    start = System.nanoTime();
    long checkedClaims = readChecked(file);
    double checked = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%.1f MB: checked read (bare parse + X12GuideCheck, what a one-read import reads with)"
            + " %d claims in %.2f s = %.1f MB/s (%.0f%% of bare)%n",
        mb, checkedClaims, checked, mb / checked, 100 * bare / checked);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "%.1f MB: bare StAEDI %d segments in %.2f s = %.1f MB/s; Remittance835Reader %d claims"
            + " in %.2f s = %.1f MB/s (%.0f%% of bare); the importer's second read (no"
            + " implementation schema) %d claims in %.2f s = %.1f MB/s; heap max %d MB%n",
        mb,
        segments,
        bare,
        mb / bare,
        claims,
        ours,
        mb / ours,
        100 * bare / ours,
        reread,
        second,
        mb / second,
        rt.maxMemory() >> 20);
  }
}
