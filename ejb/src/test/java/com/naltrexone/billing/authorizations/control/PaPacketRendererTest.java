package com.naltrexone.billing.authorizations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PA packet, reloaded with PDFBox: pages, text on each, form values, fonts, bookmarks. */
class PaPacketRendererTest {

  private static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = new PaPacketRenderer().render(SamplePackets.vivitrol());
  }

  private static String text(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc).replaceAll("\\s+", " ");
  }

  @Test
  void sixPagesEachWithItsSectionAndTheIdsAndPageNumber() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(6, doc.getNumberOfPages());
      List<String> expected =
          List.of(
              "Pages (with cover):",
              "Prior Authorization Request — Medication",
              "Letter of medical necessity",
              "SYNTHETIC LAB REPORT - HEPATIC PANEL",
              "Attachment: Counselling enrollment letter",
              PaPacketRenderer.PART2_TITLE);
      for (int i = 1; i <= 6; i++) {
        String t = text(doc, i);
        assertTrue(t.contains(expected.get(i - 1)), "page " + i + ": " + t);
        assertTrue(t.contains("Patient 1001 · Authorization 2002"), "page " + i + ": " + t);
        assertTrue(t.contains("Page " + i + " of 6"), "page " + i + ": " + t);
        assertTrue(t.contains("CONFIDENTIAL — 42 CFR Part 2"), "page " + i);
      }
    }
  }

  @Test
  void coverSheetGoesToThePayersPaFaxWithTheConfidentialityNotice() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String cover = text(doc, 1);
      assertTrue(cover.contains("EXAMPLE HEALTH PLAN — Prior Authorization Department"), cover);
      assertTrue(cover.contains("5555550199"), cover);
      assertTrue(cover.contains("CONFIDENTIALITY NOTICE"), cover);
      assertTrue(cover.contains("Member ID MEM123456"), cover);
      assertEquals(
          "6", doc.getDocumentCatalog().getAcroForm().getField("cover_pages").getValueAsString());
    }
  }

  @Test
  void requestFormFieldsCarryOurData() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (String name : PaPacketRenderer.FORM_FIELDS) {
        assertNotNull(form.getField(name), name);
      }
      assertEquals(SamplePackets.MEMBER_NAME, value(form, "member_name"));
      assertEquals("1984-03-09", value(form, "member_dob"));
      assertEquals("MEM123456", value(form, "member_id"));
      assertEquals("1497758544", value(form, "prescriber_npi"));
      assertEquals("BS1234563", value(form, "prescriber_dea"));
      assertEquals("65757030001", value(form, "drug_ndc"));
      assertEquals("J2315", value(form, "drug_hcpcs"));
      assertEquals("380", value(form, "drug_units"));
      assertEquals("380 mg IM gluteal", value(form, "drug_dose"));
      assertEquals("every 28 days", value(form, "drug_frequency"));
      assertEquals("F11.20, F10.20", value(form, "diagnosis_codes"));
      assertEquals("2026-12-01", value(form, "start_date"));
      assertEquals("2027-05-31", value(form, "end_date"));
      assertEquals("New start", value(form, "request_type"));
      // what a fax prints is the fields' appearance: flattened, it shows the name exactly
      form.flatten();
      String page2 = text(doc, 2);
      assertTrue(page2.contains(SamplePackets.MEMBER_NAME), page2);
      assertTrue(page2.contains("BS1234563"), page2);
    }
  }

  @Test
  void letterIsWrittenFromTheEvidence() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String letter = text(doc, 3);
      assertTrue(letter.contains("HCPCS J2315 × 380 units, NDC 65757030001"), letter);
      assertTrue(letter.contains("UDS_RESULT NEGATIVE on 2026-11-18"), letter);
      assertTrue(letter.contains("Urine drug screen (2026-11-18): NEGATIVE"), letter);
      assertTrue(letter.contains("Missed oral doses after discharge"), letter);
      assertTrue(letter.contains(SamplePackets.MEMBER_NAME), letter);
      assertTrue(letter.contains("NPI 1497758544, DEA BS1234563"), letter);
    }
  }

  @Test
  void part2NoticeAndConsentScopeAreOnTheLastPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String last = text(doc, 6);
      assertTrue(
          last.contains(
              "These rules prohibit you from using or disclosing this record, or testimony that"
                  + " describes the information contained in this record"),
          last);
      assertTrue(last.contains("is NOT sufficient to meet the required elements"), last);
      assertTrue(last.contains("written consent 3003, signed 2026-06-01"), last);
      assertTrue(last.contains("until the patient revokes it"), last);
    }
  }

  @Test
  void ourFontIsEmbeddedOnEveryPageWeDrew() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pageNumber = 0;
      for (PDPage page : doc.getPages()) {
        pageNumber++;
        List<String> names = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName());
          if (font.getName().contains("DejaVuSans")) {
            assertTrue(font.isEmbedded(), "page " + pageNumber + " " + font.getName());
          }
        }
        assertTrue(
            names.stream().anyMatch(n -> n.contains("DejaVuSans")),
            "page " + pageNumber + " fonts " + names);
        if (pageNumber != 4) { // page 4 is the lab's own PDF, with its own fonts
          assertTrue(
              names.stream().allMatch(n -> n.contains("DejaVuSans")),
              "page " + pageNumber + " fonts " + names);
        }
      }
    }
  }

  @Test
  void aChineseNamePrintsWithTheEmbeddedFallbackFontBesideLatinText() throws IOException {
    String name = "王小明 (Wang Xiaoming) 山田 花子";
    byte[] cjk = new PaPacketRenderer().render(SamplePackets.vivitrol(List.of(), name));
    try (PDDocument doc = Loader.loadPDF(cjk)) {
      assertEquals(name, value(doc.getDocumentCatalog().getAcroForm(), "member_name"));
      // The field's own appearance carries embedded subsets with their ToUnicode maps: no viewer
      // (nor this test) has to find a CJK font on the machine.
      PDResources appearance =
          doc.getDocumentCatalog()
              .getAcroForm()
              .getField("member_name")
              .getWidgets()
              .get(0)
              .getNormalAppearanceStream()
              .getResources();
      for (COSName n : appearance.getFontNames()) {
        PDFont f = appearance.getFont(n);
        assertTrue(f.isEmbedded() && f.getName().matches("[A-Z]{6}\\+.*"), f.getName());
        assertTrue(f.getCOSObject().containsKey(COSName.TO_UNICODE), f.getName());
      }
      String letter = text(doc, 3);
      assertTrue(letter.contains("王小明"), letter);
      assertFalse(letter.contains("???"), "no character fell back to '?': " + letter);
      doc.getDocumentCatalog().getAcroForm().flatten();
      String form = text(doc, 2);
      assertTrue(form.contains(name), "the field prints the name exactly: " + form);
      List<String> embedded = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName n : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(n);
          if (font.isEmbedded()) {
            embedded.add(font.getName());
          }
        }
      }
      assertTrue(embedded.stream().anyMatch(n -> n.contains("DroidSansFallback")), "" + embedded);
      assertTrue(embedded.stream().anyMatch(n -> n.contains("DejaVuSans")), "" + embedded);
    }
  }

  @Test
  void everySectionHasABookmark() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
        item.children().forEach(child -> titles.add("  " + child.getTitle()));
      }
      assertEquals(
          List.of(
              "Fax cover sheet",
              "Prior authorization request form",
              "Letter of medical necessity",
              "Attachments",
              "  Lab report (LFT)",
              "  Counselling enrollment letter",
              PaPacketRenderer.PART2_TITLE),
          titles);
    }
  }

  @Test
  void withoutAttachmentsThePacketIsFourPages() throws IOException {
    byte[] small = new PaPacketRenderer().render(SamplePackets.vivitrol(List.of()));
    try (PDDocument doc = Loader.loadPDF(small)) {
      assertEquals(4, doc.getNumberOfPages());
      assertTrue(text(doc, 4).contains("Page 4 of 4"));
      assertFalse(text(doc, 4).contains("Attachment"));
    }
  }

  /** Page 1 as a picture a person can look at: ejb/target/pa-packet-page1.png. */
  @Test
  void pageOneRendersToPng() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100);
      Path target = Path.of("target", "pa-packet-page1.png");
      Files.createDirectories(target.getParent());
      ImageIO.write(image, "png", target.toFile());
      assertEquals(850, image.getWidth(), 1);
      assertTrue(Files.size(target) > 10_000);
      // not blank: some pixels are dark (the text)
      int dark = 0;
      for (int x = 0; x < image.getWidth(); x += 3) {
        for (int y = 0; y < image.getHeight(); y += 3) {
          if ((image.getRGB(x, y) & 0xff) < 100) {
            dark++;
          }
        }
      }
      assertTrue(dark > 500, "dark pixels " + dark);
      // the request form too, for a person checking the field layout
      ImageIO.write(
          new PDFRenderer(doc).renderImageWithDPI(1, 100),
          "png",
          Path.of("target", "pa-packet-page2.png").toFile());
    }
  }

  private static String value(PDAcroForm form, String name) {
    return form.getField(name).getValueAsString();
  }
}
