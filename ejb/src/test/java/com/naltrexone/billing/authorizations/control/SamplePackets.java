package com.naltrexone.billing.authorizations.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Synthetic PA packets for the renderer's tests and benchmark: no real person, no real payer. */
public final class SamplePackets {

  /** A member name with accents and Cyrillic letters: the embedded font must print them all. */
  public static final String MEMBER_NAME = "Zoë Ångström-Núñez (Зоя Ангстрем)";

  public static final LocalDate PRINTED = LocalDate.of(2026, 11, 20);

  private SamplePackets() {}

  /** A Vivitrol request with a lab report PDF and a scanned enrollment letter (6 pages). */
  public static PaPacket vivitrol() {
    return vivitrol(
        List.of(
            new PaPacket.Attachment("Lab report (LFT)", "application/pdf", labReportPdf()),
            new PaPacket.Attachment("Counselling enrollment letter", "image/png", scanPng())));
  }

  public static PaPacket vivitrol(List<PaPacket.Attachment> attachments) {
    return vivitrol(attachments, MEMBER_NAME);
  }

  /** The same request for a member of another name. */
  public static PaPacket vivitrol(List<PaPacket.Attachment> attachments, String memberName) {
    return new PaPacket(
        2002,
        1001,
        PRINTED,
        new PaPacket.Party("EXAMPLE HEALTH PLAN", "5555550199", null, List.of()),
        new PaPacket.Party(
            "EXAMPLE RECOVERY CLINIC",
            "5555550100",
            "1234567893",
            List.of("100 MAIN ST", "SPRINGFIELD, IL 627010000")),
        new PaPacket.Member(
            memberName,
            LocalDate.of(1984, 3, 9),
            "F",
            "MEM123456",
            "GRP77",
            "1 ELM ST, SPRINGFIELD, IL 62702",
            "5555550123"),
        new PaPacket.Prescriber(
            "SMITH, ALEX", "1497758544", "BS1234563", "2084P0800X", "100 MAIN ST, SPRINGFIELD"),
        new PaPacket.Medication(
            "Vivitrol (naltrexone ER injectable suspension)",
            "380 mg",
            "65757030001",
            "J2315",
            380,
            "380 mg IM gluteal",
            28,
            "MEDICAL (buy-and-bill, POS 11)",
            false,
            null,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 5, 31)),
        List.of("F11.20", "F10.20"),
        List.of(
            new PaPacket.Criterion(
                "DIAGNOSIS", "Diagnosis of opioid or alcohol dependence", "diagnosis F11.20"),
            new PaPacket.Criterion(
                "OPIOID_FREE", "Opioid-free at least 7 days", "UDS_RESULT NEGATIVE on 2026-11-18"),
            new PaPacket.Criterion("LFT", "Liver function tests", "LFT_RESULT on 2026-11-02")),
        List.of(
            new PaPacket.EvidenceLine(
                "UDS_RESULT", LocalDate.of(2026, 11, 18), "NEGATIVE", "opiates, fentanyl"),
            new PaPacket.EvidenceLine(
                "LFT_RESULT", LocalDate.of(2026, 11, 2), "WNL", "AST 24, ALT 21"),
            new PaPacket.EvidenceLine(
                "JUSTIFICATION",
                null,
                null,
                "Missed oral doses after discharge from residential care; relapse risk is high.")),
        attachments,
        new PaPacket.Consent(
            3003,
            "any health plan or third-party payer",
            "PAYMENT",
            LocalDate.of(2026, 6, 1),
            null));
  }

  /** A one-page lab report, as a lab's portal would give it. */
  public static byte[] labReportPdf() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        out.newLineAtOffset(72, 700);
        out.showText("SYNTHETIC LAB REPORT - HEPATIC PANEL - AST 24 ALT 21");
        out.endText();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small "scan" as PNG. */
  public static byte[] scanPng() {
    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 400);
    g.setColor(Color.BLACK);
    g.drawRect(10, 10, 580, 380);
    g.drawString("SYNTHETIC ENROLLMENT LETTER", 40, 60);
    g.dispose();
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
