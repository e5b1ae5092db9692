package com.naltrexone.billing.pdf.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every generated PDF uses: DejaVu Sans (bundled with its licence in {@code pdf/fonts/}),
 * embedded as a subset so any Latin, Greek or Cyrillic name prints exactly, on any fax or viewer.
 * The file is read once; each document embeds its own subset.
 */
public final class PdfFonts {

  public static final String DEJAVU_SANS = "/pdf/fonts/DejaVuSans.ttf";

  private static final byte[] SANS = read(DEJAVU_SANS);

  private PdfFonts() {}

  /** DejaVu Sans, to be embedded (subset) in {@code doc}. */
  public static PDType0Font sans(PDDocument doc) {
    try {
      return PDType0Font.load(doc, new ByteArrayInputStream(SANS), true);
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
