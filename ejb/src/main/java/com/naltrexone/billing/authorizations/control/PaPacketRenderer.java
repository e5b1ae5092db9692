package com.naltrexone.billing.authorizations.control;

import com.naltrexone.billing.pdf.control.PdfFonts;
import com.naltrexone.billing.pdf.control.PdfLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Renders a {@link PaPacket} as the PDF faxed or uploaded to a payer: fax cover sheet, the request
 * form (an AcroForm whose fields carry our data, so a reader or a test can get the values back),
 * the letter of medical necessity written from the evidence, the evidence documents (PDFs appended,
 * images placed on a page), and the 42 CFR Part 2 redisclosure notice with the consent's scope.
 * Every page carries the patient and authorization ids and "page i of n"; each section is a
 * bookmark. The font is embedded, so any name prints.
 */
public final class PaPacketRenderer {

  /** 42 CFR 2.32(a)(1) as amended in 2024 (89 FR 12472): the notice each disclosure carries. */
  public static final String PART2_NOTICE =
      "This record which has been disclosed to you is protected by Federal confidentiality rules"
          + " (42 CFR part 2). These rules prohibit you from using or disclosing this record, or"
          + " testimony that describes the information contained in this record, in any civil,"
          + " criminal, administrative, or legislative proceedings by any Federal, State, or local"
          + " authority, against the patient, unless authorized by the consent of the patient,"
          + " except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance"
          + " with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any"
          + " other use or disclosure of this record unless at least one of the following applies:"
          + " (i) further use or disclosure is expressly permitted by the written consent of the"
          + " individual whose information is being disclosed in this record or as otherwise"
          + " permitted by 42 CFR part 2; (ii) you are a covered entity or business associate and"
          + " have received the record for treatment, payment, or health care operations; or"
          + " (iii) you have received the record from a covered entity or business associate as"
          + " permitted by 45 CFR part 164, subparts A and E. A general authorization for the"
          + " release of medical or other information is NOT sufficient to meet the required"
          + " elements of written consent to further use or redisclose the record (see 42 CFR"
          + " 2.31).";

  public static final String PART2_TITLE = "42 CFR Part 2 — Notice of redisclosure prohibition";

  public static final String CONFIDENTIALITY =
      "CONFIDENTIALITY NOTICE: This facsimile contains protected health information, including"
          + " substance use disorder treatment records protected by 42 CFR Part 2 and HIPAA. It is"
          + " intended only for the prior authorization department named above, for payment. If"
          + " you received it in error, notify the sender at once by telephone or fax and destroy"
          + " every copy; any other review, use, disclosure or distribution is prohibited.";

  /** Field names of the request form: the contract with anyone reading the packet's values. */
  public static final List<String> FORM_FIELDS =
      List.of(
          "payer_name",
          "payer_fax",
          "date_submitted",
          "member_name",
          "member_dob",
          "member_sex",
          "member_id",
          "member_group",
          "member_address",
          "member_phone",
          "prescriber_name",
          "prescriber_npi",
          "prescriber_dea",
          "prescriber_taxonomy",
          "prescriber_address",
          "drug_name",
          "drug_strength",
          "drug_ndc",
          "drug_hcpcs",
          "drug_units",
          "drug_dose",
          "drug_frequency",
          "benefit",
          "request_type",
          "first_dose",
          "diagnosis_codes",
          "start_date",
          "end_date");

  private static final float BODY = 10;

  /**
   * PDFBox warns on every form-field appearance drawn with a subset font ("without a PDDocument
   * context"): an appearance stream has no document, but the font was registered for subsetting
   * when it was loaded into the packet, and showText adds each glyph it draws to the subset, so
   * nothing is lost. Held here so the level is not garbage-collected with the logger.
   */
  private static final Logger PDFBOX_CONTENT_LOG =
      quiet("org.apache.pdfbox.pdmodel.PDAbstractContentStream");

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** The PDF bytes of the packet. */
  public byte[] render(PaPacket packet) {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PdfFonts.sans(doc);
      PDAcroForm form = form(doc, font);
      Map<String, List<PDPage>> sections = new LinkedHashMap<>();
      Map<String, PDPage> attachmentPages = new LinkedHashMap<>();

      sections.put("Fax cover sheet", cover(doc, font, form, packet));
      sections.put("Prior authorization request form", requestForm(doc, font, form, packet));
      sections.put("Letter of medical necessity", letter(doc, font, packet));
      for (PaPacket.Attachment a : packet.attachments()) {
        attachmentPages.put(a.title(), attach(doc, font, a, sources));
      }
      sections.put(PART2_TITLE, notice(doc, font, packet));

      int total = doc.getNumberOfPages();
      setValue(
          form,
          new PdfLayout(doc, font),
          (PDTextField) form.getField("cover_pages"),
          String.valueOf(total));
      footers(doc, font, packet);
      outline(doc, sections, attachmentPages);

      doc.getDocumentInformation().setTitle("Prior authorization " + packet.authorizationId());
      doc.getDocumentInformation().setSubject("PA packet, patient " + packet.patientId());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (PDDocument source : sources) {
        try {
          source.close();
        } catch (IOException ignored) {
          // a source only read from; nothing to save
        }
      }
    }
  }

  private static PDAcroForm form(PDDocument doc, PDFont font) {
    PDAcroForm form = new PDAcroForm(doc);
    doc.getDocumentCatalog().setAcroForm(form);
    PDResources resources = new PDResources();
    COSName name = resources.add(font);
    form.setDefaultResources(resources);
    form.setDefaultAppearance("/" + name.getName() + " 9 Tf 0 g");
    return form;
  }

  // ---- sections ----

  private static List<PDPage> cover(PDDocument doc, PDFont font, PDAcroForm form, PaPacket p)
      throws IOException {
    try (PdfLayout l = new PdfLayout(doc, font)) {
      PDPage page = l.newPage();
      l.text(PdfLayout.MARGIN, l.y() - 10, 28, "FAX");
      l.moveDown(44);
      l.paragraph("Prior authorization request — " + p.medication().name(), 13);
      l.moveDown(6);
      l.labelled("To:", p.payer().name() + " — Prior Authorization Department", 11);
      l.labelled("Fax:", p.payer().fax(), 11);
      l.moveDown(6);
      l.labelled("From:", p.sender().name(), 11);
      l.labelled("NPI:", p.sender().identifier(), 11);
      l.labelled("Address:", String.join(", ", p.sender().addressLines()), 11);
      l.labelled("Prescriber:", p.prescriber().name() + ", NPI " + p.prescriber().npi(), 11);
      l.moveDown(6);
      l.labelled("Date:", p.printedOn().toString(), 11);
      l.labelled("Re:", "Member ID " + p.member().memberId(), 11);
      l.labelled("Our reference:", "Authorization " + p.authorizationId(), 11);
      l.text(PdfLayout.MARGIN, l.y(), 11, "Pages (with cover):");
      field(form, l, page, "cover_pages", PdfLayout.MARGIN + 160, l.y() - 4, 40, 15, null);
      l.moveDown(30);
      l.paragraph(CONFIDENTIALITY, 9.5f);
      return l.pages();
    }
  }

  private static List<PDPage> requestForm(PDDocument doc, PDFont font, PDAcroForm form, PaPacket p)
      throws IOException {
    PaPacket.Member m = p.member();
    PaPacket.Prescriber pr = p.prescriber();
    PaPacket.Medication rx = p.medication();
    try (PdfLayout l = new PdfLayout(doc, font)) {
      PDPage page = l.newPage();
      l.heading("Prior Authorization Request — Medication");
      FormGrid g = new FormGrid(l, form, font, page);
      g.section("Payer");
      g.row(
          cell("payer_name", "Plan / PBM", p.payer().name(), 2),
          cell("payer_fax", "PA fax", p.payer().fax(), 1),
          cell("date_submitted", "Date submitted", p.printedOn().toString(), 1));
      g.section("Member");
      g.row(
          cell("member_name", "Name", m.name(), 2),
          cell("member_dob", "Date of birth", str(m.birthDate()), 1),
          cell("member_sex", "Sex", m.sex(), 1));
      g.row(
          cell("member_id", "Member ID", m.memberId(), 2),
          cell("member_group", "Group", m.groupNumber(), 1),
          cell("member_phone", "Phone", m.phone(), 1));
      g.row(cell("member_address", "Address", m.address(), 4));
      g.section("Prescriber");
      g.row(
          cell("prescriber_name", "Name", pr.name(), 2),
          cell("prescriber_npi", "NPI", pr.npi(), 1),
          cell("prescriber_dea", "DEA", pr.dea(), 1));
      g.row(
          cell("prescriber_taxonomy", "Specialty (taxonomy)", pr.taxonomy(), 1),
          cell("prescriber_address", "Address", pr.address(), 3));
      g.section("Medication");
      g.row(
          cell("drug_name", "Drug", rx.name(), 2),
          cell("drug_strength", "Strength", rx.strength(), 1),
          cell("drug_ndc", "NDC (11-digit)", rx.ndc(), 1));
      g.row(
          cell("drug_hcpcs", "HCPCS", rx.hcpcs(), 1),
          cell("drug_units", "Units per dose", rx.units() == null ? "" : rx.units().toString(), 1),
          cell("drug_dose", "Dose and route", rx.dose(), 1),
          cell("drug_frequency", "Frequency", "every " + rx.frequencyDays() + " days", 1));
      g.row(
          cell("benefit", "Benefit / site of care", rx.benefit(), 2),
          cell("request_type", "Request", rx.continuation() ? "Continuation" : "New start", 1),
          cell("first_dose", "First dose", str(rx.firstDose()), 1));
      g.section("Diagnosis and dates");
      g.row(
          cell("diagnosis_codes", "ICD-10-CM", String.join(", ", p.diagnosisCodes()), 2),
          cell("start_date", "Start date", str(rx.requestedFrom()), 1),
          cell("end_date", "End date", str(rx.requestedTo()), 1));
      l.moveDown(14);
      l.paragraph(
          "I certify that the information given is true and accurate to the best of my knowledge;"
              + " supporting documentation is attached.",
          9);
      l.moveDown(16);
      l.paragraph("Prescriber signature: ______________________________    Date: ____________", 10);
      return l.pages();
    }
  }

  private static List<PDPage> letter(PDDocument doc, PDFont font, PaPacket p) {
    PaPacket.Medication rx = p.medication();
    try (PdfLayout l = new PdfLayout(doc, font)) {
      l.newPage();
      l.paragraph(p.sender().name() + "\n" + String.join("\n", p.sender().addressLines()), BODY);
      l.paragraph(p.printedOn().toString(), BODY);
      l.paragraph(
          p.payer().name() + "\nPrior Authorization Department\nFax " + p.payer().fax(), BODY);
      l.heading("Letter of medical necessity");
      l.paragraph(
          "Re: "
              + p.member().name()
              + ", date of birth "
              + str(p.member().birthDate())
              + ", member ID "
              + p.member().memberId(),
          BODY);
      l.paragraph(
          "I am writing to request "
              + (rx.continuation() ? "continued " : "")
              + "coverage of "
              + rx.name()
              + " "
              + rx.strength()
              + ", "
              + rx.dose()
              + " every "
              + rx.frequencyDays()
              + " days"
              + (rx.hcpcs() == null ? "" : " (HCPCS " + rx.hcpcs() + " × " + rx.units() + " units")
              + (rx.hcpcs() == null ? " (NDC " + rx.ndc() + ")" : ", NDC " + rx.ndc() + ")")
              + ", from "
              + str(rx.requestedFrom())
              + " to "
              + str(rx.requestedTo())
              + ", for my patient, who is diagnosed with "
              + String.join(", ", p.diagnosisCodes())
              + ". The patient meets your plan's criteria as follows.",
          BODY);
      l.subheading("Coverage criteria");
      for (PaPacket.Criterion c : p.criteria()) {
        l.paragraph("• " + c.label() + ": " + c.evidence(), BODY);
      }
      if (!p.evidence().isEmpty()) {
        l.subheading("Clinical findings");
        for (PaPacket.EvidenceLine e : p.evidence()) {
          l.paragraph(
              "• "
                  + evidenceTitle(e.kind())
                  + (e.observedOn() == null ? "" : " (" + e.observedOn() + ")")
                  + (e.result() == null ? "" : ": " + e.result())
                  + (e.detail() == null ? "" : " — " + e.detail()),
              BODY);
        }
      }
      l.paragraph(
          "Extended-release injectable naltrexone given every four weeks removes the daily decision"
              + " to take a tablet, which is why it is the medically appropriate choice for this"
              + " patient. Please approve the request as submitted.",
          BODY);
      l.moveDown(10);
      l.paragraph(
          "Sincerely,\n\n\n______________________________\n"
              + p.prescriber().name()
              + "\nNPI "
              + p.prescriber().npi()
              + (p.prescriber().dea() == null ? "" : ", DEA " + p.prescriber().dea()),
          BODY);
      return l.pages();
    }
  }

  private static PDPage attach(
      PDDocument doc, PDFont font, PaPacket.Attachment a, List<PDDocument> sources)
      throws IOException {
    if ("application/pdf".equals(a.contentType())) {
      PDDocument source = Loader.loadPDF(a.content());
      sources.add(source);
      int first = doc.getNumberOfPages();
      new PDFMergerUtility().appendDocument(doc, source);
      return doc.getPage(first);
    }
    PDImageXObject image = PDImageXObject.createFromByteArray(doc, a.content(), a.title());
    try (PdfLayout l = new PdfLayout(doc, font)) {
      PDPage page = l.newPage();
      l.subheading("Attachment: " + a.title());
      float maxW = l.width();
      float maxH = l.y() - PdfLayout.MARGIN - PdfLayout.FOOTER;
      float scale = Math.min(1f, Math.min(maxW / image.getWidth(), maxH / image.getHeight()));
      float w = image.getWidth() * scale;
      float h = image.getHeight() * scale;
      l.stream().drawImage(image, PdfLayout.MARGIN, l.y() - h, w, h);
      return page;
    }
  }

  private static List<PDPage> notice(PDDocument doc, PDFont font, PaPacket p) {
    PaPacket.Consent c = p.consent();
    try (PdfLayout l = new PdfLayout(doc, font)) {
      l.newPage();
      l.heading(PART2_TITLE);
      l.paragraph(PART2_NOTICE, BODY);
      l.subheading("The patient's consent");
      l.paragraph(
          "These records are disclosed for payment under the patient's written consent "
              + c.id()
              + ", signed "
              + c.signedOn()
              + ", which permits disclosure to "
              + c.scope()
              + " for "
              + c.purpose()
              + " and is in force "
              + (c.expiresOn() == null
                  ? "until the patient revokes it"
                  : "until " + c.expiresOn() + " unless revoked earlier")
              + ". A copy of the consent is available from the sender on request.",
          BODY);
      l.paragraph(
          "Redisclosure is limited as stated above. Records of substance use disorder counselling"
              + " sessions are never part of this packet.",
          BODY);
      return l.pages();
    }
  }

  // ---- every page ----

  private static void footers(PDDocument doc, PDFont font, PaPacket p) throws IOException {
    int total = doc.getNumberOfPages();
    String ids = "Patient " + p.patientId() + " · Authorization " + p.authorizationId();
    for (int i = 0; i < total; i++) {
      PDPage page = doc.getPage(i);
      PDRectangle box = page.getCropBox();
      String number = "Page " + (i + 1) + " of " + total;
      try (PDPageContentStream out =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        float y = box.getLowerLeftY() + 22;
        PdfLayout.showText(out, font, box.getLowerLeftX() + 36, y, 8, ids);
        float w = font.getStringWidth(number) / 1000 * 8;
        PdfLayout.showText(out, font, box.getUpperRightX() - 36 - w, y, 8, number);
        String mark = "CONFIDENTIAL — 42 CFR Part 2";
        PdfLayout.showText(out, font, box.getLowerLeftX() + 36, box.getUpperRightY() - 20, 7, mark);
      }
    }
  }

  private static void outline(
      PDDocument doc, Map<String, List<PDPage>> sections, Map<String, PDPage> attachments) {
    PDDocumentOutline outline = new PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(outline);
    for (Map.Entry<String, List<PDPage>> s : sections.entrySet()) {
      if (s.getKey().equals(PART2_TITLE) && !attachments.isEmpty()) {
        PDOutlineItem parent = item("Attachments", attachments.values().iterator().next());
        attachments.forEach((title, page) -> parent.addLast(item(title, page)));
        outline.addLast(parent);
      }
      outline.addLast(item(s.getKey(), s.getValue().get(0)));
    }
    outline.openNode();
  }

  private static PDOutlineItem item(String title, PDPage page) {
    PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
    dest.setPage(page);
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(dest);
    return item;
  }

  // ---- form fields ----

  private record Cell(String name, String label, String value, int span) {}

  private static Cell cell(String name, String label, String value, int span) {
    return new Cell(name, label, value, span);
  }

  /** Rows of labelled fields, four columns wide. */
  private static final class FormGrid {
    private final PdfLayout l;
    private final PDAcroForm form;
    private final PDFont font;
    private final PDPage page;

    FormGrid(PdfLayout l, PDAcroForm form, PDFont font, PDPage page) {
      this.l = l;
      this.form = form;
      this.font = font;
      this.page = page;
    }

    void section(String title) {
      l.moveDown(4);
      l.subheading(title);
    }

    void row(Cell... cells) throws IOException {
      float column = l.width() / 4;
      float x = PdfLayout.MARGIN;
      for (Cell c : cells) {
        float w = column * c.span() - 6;
        l.text(x, l.y(), 7.5f, c.label());
        field(form, l, page, c.name(), x, l.y() - 18, w, 15, l.printable(c.value()));
        x += column * c.span();
      }
      l.moveDown(30);
    }
  }

  /**
   * A text field with its value and an appearance drawn with our font object, so the glyphs it
   * shows are in the embedded subset (PDFBox's own appearance generator re-reads the font from the
   * form's resources, where the subset is not written yet, and would print with a substitute).
   */
  private static void field(
      PDAcroForm form,
      PdfLayout fonts,
      PDPage page,
      String name,
      float x,
      float y,
      float w,
      float h,
      String value)
      throws IOException {
    PDTextField field = new PDTextField(form);
    field.setPartialName(name);
    field.setDefaultAppearance(form.getDefaultAppearance());
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(x, y, w, h));
    widget.setPage(page);
    widget.setPrinted(true);
    page.getAnnotations().add(widget);
    form.getFields().add(field);
    setValue(form, fonts, field, value == null ? "" : value);
  }

  private static void setValue(PDAcroForm form, PdfLayout fonts, PDTextField field, String value)
      throws IOException {
    field.getCOSObject().setString(COSName.V, value);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    PDRectangle rect = widget.getRectangle();
    PDAppearanceStream appearance = new PDAppearanceStream(new COSStream());
    appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
    appearance.setResources(new PDResources());
    List<PdfLayout.Run> runs = fonts.runs(value);
    float width = PdfLayout.width(runs, 1);
    float size = width == 0 ? 9 : Math.min(9, (rect.getWidth() - 4) / width);
    try (PDPageContentStream out = fonts.fieldStream(appearance)) {
      out.setStrokingColor(0.6f);
      out.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
      out.stroke();
      out.beginMarkedContent(COSName.TX);
      PdfLayout.draw(out, runs, 2, (rect.getHeight() - size * 0.7f) / 2, size);
      out.endMarkedContent();
    }
    PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
    dictionary.setNormalAppearance(appearance);
    widget.setAppearance(dictionary);
  }

  private static String evidenceTitle(String kind) {
    return switch (kind) {
      case "UDS_RESULT" -> "Urine drug screen";
      case "NALOXONE_CHALLENGE" -> "Naloxone challenge";
      case "LFT_RESULT" -> "Liver function tests";
      case "COUNSELLING_ENROLLMENT" -> "Psychosocial treatment enrollment";
      case "PRIOR_TREATMENT" -> "Prior treatment";
      case "MEDICATION_REVIEW" -> "Medication review";
      case "JUSTIFICATION" -> "Prescriber's justification";
      default -> kind;
    };
  }

  private static String str(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
