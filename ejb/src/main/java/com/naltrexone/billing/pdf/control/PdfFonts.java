package com.naltrexone.billing.pdf.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every generated PDF uses, bundled with their licences in {@code pdf/fonts/} and
 * embedded as subsets so any name prints exactly, on any fax or viewer: DejaVu Sans (Latin, Greek,
 * Cyrillic and more) and, for what it lacks (Chinese, Japanese, Korean), Droid Sans Fallback. The
 * files are read once (the fallback only when first needed); each document embeds its own subsets.
 */
public final class PdfFonts {

  public static final String DEJAVU_SANS = "/pdf/fonts/DejaVuSans.ttf";

  public static final String DROID_FALLBACK = "/pdf/fonts/DroidSansFallbackFull.ttf";

  private static final byte[] SANS = read(DEJAVU_SANS);

  /** Read on first use: most documents never need it. */
  private static final class Fallback {
    static final byte[] BYTES = read(DROID_FALLBACK);
  }

  private PdfFonts() {}

  /** DejaVu Sans, to be embedded (subset) in {@code doc}. */
  public static PDType0Font sans(PDDocument doc) {
    try {
      return PDType0Font.load(doc, new ByteArrayInputStream(SANS), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Droid Sans Fallback (CJK), to be embedded (subset) in {@code doc}. */
  public static PDType0Font fallback(PDDocument doc) {
    try {
      return PDType0Font.load(doc, new ByteArrayInputStream(Fallback.BYTES), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
