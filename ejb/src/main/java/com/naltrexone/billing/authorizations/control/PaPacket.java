package com.naltrexone.billing.authorizations.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a PA packet prints, gathered once from the registry (the canonical PA data object of
 * domain.md 4.2): the renderer knows PDF, not JPA, so it is tested and benchmarked without a
 * database. Holds only what the payer's checklist asks for (minimum necessary).
 */
public record PaPacket(
    long authorizationId,
    long patientId,
    LocalDate printedOn,
    Party payer,
    Party sender,
    Member member,
    Prescriber prescriber,
    Medication medication,
    List<String> diagnosisCodes,
    List<Criterion> criteria,
    List<EvidenceLine> evidence,
    List<Attachment> attachments,
    Consent consent) {

  /** A payer or our clinic: name, fax, address lines and an identifier (NPI) if any. */
  public record Party(String name, String fax, String identifier, List<String> addressLines) {}

  public record Member(
      String name,
      LocalDate birthDate,
      String sex,
      String memberId,
      String groupNumber,
      String address,
      String phone) {}

  public record Prescriber(String name, String npi, String dea, String taxonomy, String address) {}

  /**
   * @param hcpcs J2315 for Vivitrol, null for an oral NDC
   * @param units HCPCS units per dose (380)
   * @param frequencyDays days between doses (28)
   * @param continuation true when the patient already had doses (a renewal)
   */
  public record Medication(
      String name,
      String strength,
      String ndc,
      String hcpcs,
      Integer units,
      String dose,
      int frequencyDays,
      String benefit,
      boolean continuation,
      LocalDate firstDose,
      LocalDate requestedFrom,
      LocalDate requestedTo) {}

  /** A checklist item the evidence satisfies, as the letter states it. */
  public record Criterion(String code, String label, String evidence) {}

  /** A typed evidence item that goes into the letter (UDS, LFT, enrollment, prior therapy...). */
  public record EvidenceLine(String kind, LocalDate observedOn, String result, String detail) {}

  /** A document to merge in: a PDF is appended, an image is placed on a page. */
  public record Attachment(String title, String contentType, byte[] content) {}

  /** The Part 2 consent the disclosure is made under, summarised for the notice page. */
  public record Consent(
      long id, String scope, String purpose, LocalDate signedOn, LocalDate expiresOn) {}
}
