package com.naltrexone.billing.pdf.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Flowing text on Letter pages: headings, wrapped paragraphs and label/value lines, starting a new
 * page when one is full. Text is drawn in runs: DejaVu Sans where it has the glyph, else the CJK
 * fallback font (loaded into the document only when a text needs it); a character neither has is
 * printed as '?' instead of failing the whole document. One layout per section; {@link #close()}
 * ends its last page.
 */
public final class PdfLayout implements AutoCloseable {

  public static final float MARGIN = 54;

  /** Space kept free at the bottom for the page footer. */
  public static final float FOOTER = 40;

  private final PDDocument doc;
  private final PDFont font;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private final Map<Integer, Boolean> fallbackGlyphs = new HashMap<>();
  private PDFont fallback;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream out;
  private float y;

  public PdfLayout(PDDocument doc, PDFont font) {
    this.doc = doc;
    this.font = font;
  }

  /** Starts a new page and returns it. */
  public PDPage newPage() {
    closeStream();
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    pages.add(page);
    try {
      out = new PDPageContentStream(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = page.getMediaBox().getHeight() - MARGIN;
    return page;
  }

  /** The pages this layout started, in order. */
  public List<PDPage> pages() {
    return List.copyOf(pages);
  }

  public PDPage page() {
    return pages.get(pages.size() - 1);
  }

  public PDPageContentStream stream() {
    return out;
  }

  /** The current baseline, from the bottom of the page. */
  public float y() {
    return y;
  }

  public void moveDown(float points) {
    y -= points;
  }

  public float width() {
    return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
  }

  public void heading(String text) {
    ensure(30);
    y -= 6;
    text(MARGIN, y, 15, text);
    y -= 20;
  }

  public void subheading(String text) {
    ensure(24);
    y -= 4;
    text(MARGIN, y, 11.5f, text);
    y -= 16;
  }

  /** Wrapped at the page width; newlines start new lines. */
  public void paragraph(String text, float size) {
    paragraph(MARGIN, width(), text, size);
  }

  public void paragraph(float x, float width, String text, float size) {
    float leading = size * 1.35f;
    for (String line : wrap(text == null ? "" : text, size, width)) {
      ensure(leading);
      text(x, y, size, line);
      y -= leading;
    }
    y -= size * 0.5f;
  }

  /** "Label: value" with the label in the left column. */
  public void labelled(String label, String value, float size) {
    float labelWidth = 150;
    List<String> lines =
        wrap(value == null || value.isBlank() ? "—" : value, size, width() - labelWidth);
    float leading = size * 1.35f;
    ensure(leading * lines.size());
    text(MARGIN, y, size, label);
    for (String line : lines) {
      text(MARGIN + labelWidth, y, size, line);
      y -= leading;
    }
  }

  /** Draws one line of text at a position (no wrapping, no page break). */
  public void text(float x, float baseline, float size, String text) {
    draw(out, runs(text), x, baseline, size);
  }

  public float textWidth(String text, float size) {
    return width(runs(text), size);
  }

  /** A stretch of text drawn with one font. */
  public record Run(PDFont font, String text) {}

  /** The text cut into runs by the font that can show each character ('?' where none can). */
  public List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    if (text == null) {
      return runs;
    }
    StringBuilder current = new StringBuilder();
    PDFont[] currentFont = {null};
    text.codePoints()
        .forEach(
            cp -> {
              PDFont f;
              int shown = cp;
              if (Character.isISOControl(cp)) {
                f = font;
                shown = ' ';
              } else if (glyphs.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                f = font;
              } else if (fallbackGlyphs.computeIfAbsent(cp, c -> hasGlyph(fallback(), c))) {
                f = fallback();
              } else {
                f = font;
                shown = '?';
              }
              if (currentFont[0] != null && f != currentFont[0]) {
                runs.add(new Run(currentFont[0], current.toString()));
                current.setLength(0);
              }
              currentFont[0] = f;
              current.appendCodePoint(shown);
            });
    if (!current.isEmpty()) {
      runs.add(new Run(currentFont[0], current.toString()));
    }
    return runs;
  }

  private PDFont fallback() {
    if (fallback == null) {
      fallback = PdfFonts.fallback(doc);
    }
    return fallback;
  }

  /** The width of runs at {@code size}, in points. */
  public static float width(List<Run> runs, float size) {
    float w = 0;
    try {
      for (Run r : runs) {
        w += r.font().getStringWidth(r.text()) / 1000 * size;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  /** Draws runs one after the other from {@code x} on {@code baseline}. */
  public static void draw(
      PDPageContentStream out, List<Run> runs, float x, float baseline, float size) {
    try {
      out.beginText();
      out.newLineAtOffset(x, baseline);
      for (Run r : runs) {
        out.setFont(r.font(), size);
        out.showText(r.text());
      }
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A content stream for a form field's appearance, opened through the document: fonts drawn in it
   * are then subset and embedded when the document is saved. (PDFBox's {@code
   * PDAppearanceContentStream} knows no document, so a font drawn only there would be written
   * without its glyphs or its ToUnicode map: viewers would substitute a system font, if any.)
   */
  public PDPageContentStream fieldStream(PDAppearanceStream appearance) throws IOException {
    return new PDPageContentStream(doc, appearance);
  }

  /** Splits text into lines no wider than {@code width} at {@code size}. */
  public List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String para : text.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (textWidth(candidate, size) <= width || line.isEmpty()) {
          line.setLength(0);
          line.append(candidate);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text as it will print: '?' for a character no font has, a space for a control one. */
  public String printable(String text) {
    StringBuilder b = new StringBuilder();
    runs(text).forEach(r -> b.append(r.text()));
    return b.toString();
  }

  private static boolean hasGlyph(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private void ensure(float needed) {
    if (out == null || y - needed < MARGIN + FOOTER) {
      newPage();
    }
  }

  /** Draws one line with {@code font}; the text must already be printable. */
  public static void showText(
      PDPageContentStream out, PDFont font, float x, float baseline, float size, String text) {
    try {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, baseline);
      out.showText(text);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStream() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out = null;
    }
  }

  @Override
  public void close() {
    closeStream();
  }
}
