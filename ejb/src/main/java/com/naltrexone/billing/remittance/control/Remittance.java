package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.edi.control.X12Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link Remittance835Reader} reads from an 835 (005010X221A1): plain immutable values, money
 * in {@link BigDecimal} exactly as written (no rounding), dates as {@link LocalDate} (null when
 * absent or not a date; the schema validation reports the latter). Names are dropped where an id
 * exists (patients, subscribers, providers): posting matches on ids.
 */
public final class Remittance {

  private Remittance() {}

  /** A qualified value, e.g. DTM*232 (qualifier 232, a date) or AMT*B6 (B6, an amount). */
  public record Qualified<T>(String qualifier, T value) {}

  /**
   * One transaction set (ST..SE) held whole. Only {@link Remittance835Reader#readAll} builds these;
   * large files go claim by claim through {@link Remittance835Reader.Listener}.
   */
  public record Transaction(Header header, List<Claim> claims, Trailer trailer) {
    public Transaction {
      claims = List.copyOf(claims);
    }

    /** Transaction-level problems (header, PLB, structure): nothing in it may be posted. */
    public boolean rejected() {
      return trailer.rejected();
    }
  }

  /**
   * Everything before the first claim (ST, BPR, TRN, DTM*405, N1*PR, N1*PE) plus the envelope ids.
   *
   * @param interchangeControlNumber ISA13
   * @param groupControlNumber GS06
   * @param controlNumber ST02
   * @param implementationReference ST03, "" when absent (it is optional in 5010 envelopes)
   * @param handlingCode BPR01: C payment + remittance, I remittance only, H notification, ...
   * @param totalPayment BPR02
   * @param creditDebit BPR03 (C or D)
   * @param paymentMethod BPR04: ACH, CHK, NON, BOP, FWT
   * @param paymentDate BPR16
   * @param traceNumber TRN02 (check or EFT trace number)
   * @param traceOriginator TRN03 (1 + payer TIN)
   * @param productionDate DTM*405
   * @param position segment number of ST in the interchange
   */
  public record Header(
      String interchangeControlNumber,
      String groupControlNumber,
      String controlNumber,
      String implementationReference,
      String handlingCode,
      BigDecimal totalPayment,
      String creditDebit,
      String paymentMethod,
      LocalDate paymentDate,
      String traceNumber,
      String traceOriginator,
      LocalDate productionDate,
      Party payer,
      Party payee,
      int position) {}

  /**
   * N1 loop 1000A (PR) or 1000B (PE).
   *
   * @param idQualifier N103 (payer XV; payee XX = NPI, FI, XV)
   * @param id N104
   * @param references REF segments of the loop (payer 2U/EO/HI/NF, payee TJ/PQ/0B/D3)
   */
  public record Party(
      String entityCode,
      String name,
      String idQualifier,
      String id,
      List<Qualified<String>> references) {
    public Party {
      references = List.copyOf(references);
    }

    /** N104, else REF*2U (payer identification number), else "". */
    public String payerId() {
      return !id.isEmpty() ? id : reference("2U");
    }

    /** N104 when N103 is XX, else "". */
    public String npi() {
      return "XX".equals(idQualifier) ? id : "";
    }

    public String reference(String qualifier) {
      return first(references, qualifier, "");
    }
  }

  /**
   * One CAS triple.
   *
   * @param group CAS01: CO, PR, OA, PI
   * @param reason CARC
   * @param quantity null when not given
   */
  public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {}

  /** NM1 in 2100 (QC patient, IL subscriber, 74 corrected insured, 82 rendering, TT, PR, GB). */
  public record EntityId(String entityCode, String idQualifier, String id) {}

  /**
   * One claim (2100 CLP and its 2110 lines).
   *
   * @param position segment number of CLP in the transaction set (ST = 1)
   * @param headerNumber LX01 of the 2000 loop it is in, "" without LX
   * @param status CLP02 (1/2/3 processed, 4 denied, 19/20/21 forwarded, 22 reversal, 23, 25)
   * @param charge CLP03
   * @param paid CLP04
   * @param patientResponsibility CLP05, null when absent
   * @param filingIndicator CLP06
   * @param payerClaimNumber CLP07, the ICN a correction quotes in REF*F8
   * @param facilityCode CLP08
   * @param frequency CLP09
   * @param adjustments claim-level CAS triples
   * @param entities NM1 ids (no names)
   * @param remarkCodes MIA05/MIA20-23 and MOA03-07 RARCs, in order
   * @param issues validation problems located in the claim or its lines: the claim is degraded and
   *     must not be posted automatically
   * @param warnings problems that do not degrade it (e.g. DTM variants out of guide order)
   */
  public record Claim(
      int position,
      String headerNumber,
      String patientControlNumber,
      String status,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal patientResponsibility,
      String filingIndicator,
      String payerClaimNumber,
      String facilityCode,
      String frequency,
      List<Adjustment> adjustments,
      List<EntityId> entities,
      List<String> remarkCodes,
      List<Qualified<String>> references,
      List<Qualified<LocalDate>> dates,
      List<Qualified<BigDecimal>> amounts,
      List<Qualified<BigDecimal>> quantities,
      List<Line> lines,
      List<X12Issue> issues,
      List<X12Issue> warnings) {
    public Claim {
      adjustments = List.copyOf(adjustments);
      entities = List.copyOf(entities);
      remarkCodes = List.copyOf(remarkCodes);
      references = List.copyOf(references);
      dates = List.copyOf(dates);
      amounts = List.copyOf(amounts);
      quantities = List.copyOf(quantities);
      lines = List.copyOf(lines);
      issues = List.copyOf(issues);
      warnings = List.copyOf(warnings);
    }

    public boolean degraded() {
      return !issues.isEmpty();
    }

    public boolean reversal() {
      return "22".equals(status);
    }

    /** NM109 of the NM1 with this NM101 (QC, IL, 74, 82...), "" when absent. */
    public String entityId(String entityCode) {
      return entities.stream()
          .filter(e -> e.entityCode().equals(entityCode))
          .map(EntityId::id)
          .findFirst()
          .orElse("");
    }

    public LocalDate date(String qualifier) {
      return first(dates, qualifier, null);
    }

    public BigDecimal amount(String qualifier) {
      return first(amounts, qualifier, null);
    }

    public String reference(String qualifier) {
      return first(references, qualifier, "");
    }
  }

  /**
   * SVC01 / SVC06 composite.
   *
   * @param qualifier HC, N4, NU, AD, ER, HP, IV, WK...
   * @param modifiers the up to four modifiers, in order, blanks dropped
   */
  public record Procedure(
      String qualifier, String code, List<String> modifiers, String description) {
    public Procedure {
      modifiers = List.copyOf(modifiers);
    }

    /** e.g. {@code HC:J2315:JZ}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(qualifier).append(':').append(code);
      modifiers.forEach(m -> text.append(':').append(m));
      return text.toString();
    }
  }

  /**
   * One service line (2110).
   *
   * @param position segment number of SVC in the transaction set
   * @param procedure SVC01 as adjudicated
   * @param charge SVC02
   * @param paid SVC03
   * @param revenueCode SVC04, "" when absent
   * @param unitsPaid SVC05, null when absent (the guide then means 1)
   * @param originalProcedure SVC06 when the payer changed the code, else null
   * @param originalUnits SVC07, null when absent
   * @param references REF (6R line control number, LU, 0K...)
   * @param amounts AMT (B6 allowed, KH, T, ...)
   * @param remarks LQ: qualifier HE (RARC) or RX, code
   */
  public record Line(
      int position,
      Procedure procedure,
      BigDecimal charge,
      BigDecimal paid,
      String revenueCode,
      BigDecimal unitsPaid,
      Procedure originalProcedure,
      BigDecimal originalUnits,
      List<Qualified<LocalDate>> dates,
      List<Adjustment> adjustments,
      List<Qualified<String>> references,
      List<Qualified<BigDecimal>> amounts,
      List<Qualified<BigDecimal>> quantities,
      List<Qualified<String>> remarks) {
    public Line {
      dates = List.copyOf(dates);
      adjustments = List.copyOf(adjustments);
      references = List.copyOf(references);
      amounts = List.copyOf(amounts);
      quantities = List.copyOf(quantities);
      remarks = List.copyOf(remarks);
    }

    /** REF*6R: our line control number, "" when the payer dropped it. */
    public String lineControlNumber() {
      return first(references, "6R", "");
    }

    /** AMT*B6, null when absent. */
    public BigDecimal allowed() {
      return first(amounts, "B6", null);
    }

    /** LQ*HE codes. */
    public List<String> remarkCodes() {
      return remarks.stream()
          .filter(r -> "HE".equals(r.qualifier()))
          .map(Qualified::value)
          .toList();
    }

    /** DTM*472, else DTM*150 (period start), else null. */
    public LocalDate serviceDate() {
      LocalDate date = first(dates, "472", null);
      return date != null ? date : first(dates, "150", null);
    }
  }

  /**
   * One PLB segment: up to six adjustments for one provider and fiscal period.
   *
   * @param position segment number of PLB in the transaction set
   * @param providerId PLB01
   * @param fiscalPeriodDate PLB02
   */
  public record ProviderAdjustment(
      int position, String providerId, LocalDate fiscalPeriodDate, List<PlbItem> items) {
    public ProviderAdjustment {
      items = List.copyOf(items);
    }
  }

  /**
   * One PLB adjustment pair.
   *
   * @param reason PLB03-1 (WO, FB, L6, 72, CS, IR, J1, 50...)
   * @param reference PLB03-2, "" when absent (for WO, usually the original claim or ICN)
   * @param amount positive reduces the payment, negative increases it
   */
  public record PlbItem(String reason, String reference, BigDecimal amount) {}

  /**
   * What follows the last claim, and totals over the whole transaction set.
   *
   * @param providerAdjustments PLB segments
   * @param claimCount claims read
   * @param totalPaid Σ CLP04 (claims whose CLP04 could not be read count as 0 and are degraded)
   * @param issues transaction-level problems (header, LX, PLB, segments outside any claim): the
   *     whole transaction set is rejected
   * @param warnings problems in transaction-level segments nothing is read from (addresses,
   *     contacts, provider summary)
   */
  public record Trailer(
      List<ProviderAdjustment> providerAdjustments,
      int claimCount,
      BigDecimal totalPaid,
      List<X12Issue> issues,
      List<X12Issue> warnings) {
    public Trailer {
      providerAdjustments = List.copyOf(providerAdjustments);
      issues = List.copyOf(issues);
      warnings = List.copyOf(warnings);
    }

    public boolean rejected() {
      return !issues.isEmpty();
    }
  }

  static <T> T first(List<Qualified<T>> values, String qualifier, T fallback) {
    for (Qualified<T> value : values) {
      if (value.qualifier().equals(qualifier)) {
        return value.value();
      }
    }
    return fallback;
  }
}
