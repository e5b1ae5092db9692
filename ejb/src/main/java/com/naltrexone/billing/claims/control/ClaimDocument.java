package com.naltrexone.billing.claims.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The 837P's view of one claim: everything {@link Claim837Writer} needs, and nothing it has to look
 * up. Built by the claim-submission batch from entities and configuration; pure values, no JPA.
 *
 * <p>The records check structure only (required parts present, lists copied). Content (lengths,
 * code lists, the 11-digit NDC, CLM02 = sum of the lines) is checked by the writer, which reports
 * every problem of a claim at once with the segment and element it lands in, instead of the first
 * one as an exception. Strings the guide requires may therefore be blank here; the writer rejects
 * the claim.
 *
 * <p>Only the patient-is-subscriber case (SBR02 / relationship 18, no 2000C loop) is modelled.
 *
 * @param submitter loop 1000A (configuration)
 * @param receiver loop 1000B (configuration)
 * @param billingProvider loop 2000A/2010AA
 * @param subscriber loop 2000B/2010BA, also the patient
 * @param payer loop 2010BB
 * @param claim loop 2300
 * @param renderingProvider loop 2310B, or {@code null} when it equals the billing provider
 * @param lines loop 2400, in line-number order (1..50)
 */
public record ClaimDocument(
    Submitter submitter,
    Receiver receiver,
    BillingProvider billingProvider,
    Subscriber subscriber,
    Payer payer,
    ClaimHeader claim,
    RenderingProvider renderingProvider,
    List<ServiceLine> lines) {

  public ClaimDocument {
    Objects.requireNonNull(submitter, "submitter");
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(billingProvider, "billingProvider");
    Objects.requireNonNull(subscriber, "subscriber");
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(claim, "claim");
    lines = List.copyOf(lines);
  }

  /** NM1*41 + PER*IC: who sends the file (ID qualifier 46, ETIN). */
  public record Submitter(String name, String id, String contactName, String phone) {}

  /** NM1*40: the clearinghouse or payer receiving the file (qualifier 46). */
  public record Receiver(String name, String id) {}

  /** N3/N4. {@code zip} is the 9-digit ZIP+4 without hyphen; {@code line2} may be null. */
  public record Address(String line1, String line2, String city, String state, String zip) {}

  /**
   * 2010AA: organisation name, NPI (NM109 qualifier XX), TIN (REF*EI), optional taxonomy (2000A
   * PRV*BI*PXC).
   */
  public record BillingProvider(
      String organizationName, String npi, String taxId, String taxonomy, Address address) {
    public BillingProvider {
      Objects.requireNonNull(address, "address");
    }
  }

  /** SBR01: the payer's place in the coordination-of-benefits order. */
  public enum PayerResponsibility {
    PRIMARY("P"),
    SECONDARY("S"),
    TERTIARY("T");

    private final String code;

    PayerResponsibility(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** DMG03 administrative sex. */
  public enum Sex {
    FEMALE("F"),
    MALE("M"),
    UNKNOWN("U");

    private final String code;

    Sex(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * 2000B SBR + 2010BA: the subscriber, who is also the patient (SBR02 = 18).
   *
   * @param groupNumber SBR03, or null
   * @param claimFilingIndicator SBR09, e.g. CI, MB, MC, BL, HM, 16
   */
  public record Subscriber(
      String lastName,
      String firstName,
      String memberId,
      String groupNumber,
      String claimFilingIndicator,
      PayerResponsibility responsibility,
      Address address,
      LocalDate dateOfBirth,
      Sex sex) {
    public Subscriber {
      Objects.requireNonNull(responsibility, "responsibility");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(dateOfBirth, "dateOfBirth");
      Objects.requireNonNull(sex, "sex");
    }
  }

  /** 2010BB NM1*PR: payer name and payer id (qualifier PI). */
  public record Payer(String name, String payerId) {}

  /** CLM05-3 claim frequency type. */
  public enum Frequency {
    ORIGINAL("1"),
    REPLACEMENT("7"),
    VOID("8");

    private final String code;

    Frequency(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** Replacement and void claims must name the payer's claim (REF*F8, the 835 CLP07). */
    public boolean referencesPayerClaim() {
      return this != ORIGINAL;
    }
  }

  /**
   * Loop 2300.
   *
   * @param patientControlNumber CLM01, at most 20 characters (what payers echo in CLP01)
   * @param totalCharge CLM02, the sum of the line charges
   * @param placeOfService CLM05-1, e.g. 11, 57, 58
   * @param payerClaimControlNumber REF*F8, required for frequency 7/8, else null
   * @param priorAuthorizationNumber REF*G1, or null
   * @param diagnoses ICD-10-CM codes without the decimal point, principal first (HI ABK, then ABF)
   */
  public record ClaimHeader(
      String patientControlNumber,
      BigDecimal totalCharge,
      String placeOfService,
      Frequency frequency,
      String payerClaimControlNumber,
      String priorAuthorizationNumber,
      List<String> diagnoses) {
    public ClaimHeader {
      Objects.requireNonNull(totalCharge, "totalCharge");
      Objects.requireNonNull(frequency, "frequency");
      diagnoses = List.copyOf(diagnoses);
    }
  }

  /** 2310B NM1*82 (person, NPI) + PRV*PE*PXC taxonomy. */
  public record RenderingProvider(String lastName, String firstName, String npi, String taxonomy) {}

  /**
   * 2410 LIN/CTP: the drug behind a J-code line.
   *
   * @param ndc 11 digits, 5-4-2 without hyphens
   * @param quantity CTP04 in NDC package terms (e.g. 1 kit)
   * @param unit CTP05-1: UN, ML, GR, F2 or ME
   */
  public record Drug(String ndc, BigDecimal quantity, String unit) {
    public Drug {
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * Loop 2400. Units are written with unit basis UN (SV103).
   *
   * @param modifiers SV101-3.., at most 4, e.g. JZ on the drug line only
   * @param diagnosisPointers SV107, 1-based positions in {@link ClaimHeader#diagnoses()} (max 4)
   * @param lineControlNumber REF*6R, globally unique (claim + line + version)
   * @param drug LIN/CTP, or null for a line without a drug (e.g. 96372)
   */
  public record ServiceLine(
      int lineNumber,
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      List<Integer> diagnosisPointers,
      LocalDate serviceDate,
      String lineControlNumber,
      Drug drug) {
    public ServiceLine {
      modifiers = List.copyOf(modifiers);
      Objects.requireNonNull(charge, "charge");
      Objects.requireNonNull(units, "units");
      diagnosisPointers = List.copyOf(diagnosisPointers);
      Objects.requireNonNull(serviceDate, "serviceDate");
    }
  }
}
