package com.naltrexone.billing.authorizations.control;

import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Benchmark (not a test): renders the 6-page sample packet with two merged attachments (a PDF lab
 * report and a PNG scan) over and over on one thread and prints packets per second and the median
 * and 95th-percentile milliseconds. Command and figures: docs/benchmarks.md.
 *
 * <p>Arguments: [measured packets, default 500] [warm-up packets, default 200].
 */
public final class PaPacketBenchmark {

  private PaPacketBenchmark() {}

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    PaPacket packet = SamplePackets.vivitrol();
    PaPacketRenderer renderer = new PaPacketRenderer();
    byte[] pdf = renderer.render(packet);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (doc.getNumberOfPages() != 6) {
        throw new IllegalStateException("expected 6 pages, got " + doc.getNumberOfPages());
      }
    }
    for (int i = 0; i < warmUp; i++) {
      renderer.render(packet);
    }
    long[] nanos = new long[measured];
    long started = System.nanoTime();
    for (int i = 0; i < measured; i++) {
      long t = System.nanoTime();
      renderer.render(packet);
      nanos[i] = System.nanoTime() - t;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(nanos);
    System.out.printf(
        "%d packets of 6 pages (%d bytes each) in %.2f s: %.1f packets/s, median %.1f ms,"
            + " p95 %.1f ms, max %.1f ms%n",
        measured,
        pdf.length,
        seconds,
        measured / seconds,
        nanos[measured / 2] / 1e6,
        nanos[(int) (measured * 0.95)] / 1e6,
        nanos[measured - 1] / 1e6);
  }
}
