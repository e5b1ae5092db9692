package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.control.ClaimDocument.Address;
import com.naltrexone.billing.claims.control.ClaimDocument.BillingProvider;
import com.naltrexone.billing.claims.control.ClaimDocument.ClaimHeader;
import com.naltrexone.billing.claims.control.ClaimDocument.Drug;
import com.naltrexone.billing.claims.control.ClaimDocument.Frequency;
import com.naltrexone.billing.claims.control.ClaimDocument.Payer;
import com.naltrexone.billing.claims.control.ClaimDocument.PayerResponsibility;
import com.naltrexone.billing.claims.control.ClaimDocument.Receiver;
import com.naltrexone.billing.claims.control.ClaimDocument.RenderingProvider;
import com.naltrexone.billing.claims.control.ClaimDocument.ServiceLine;
import com.naltrexone.billing.claims.control.ClaimDocument.Sex;
import com.naltrexone.billing.claims.control.ClaimDocument.Submitter;
import com.naltrexone.billing.claims.control.ClaimDocument.Subscriber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Synthetic claims from the domain brief (2.3) and variations of them. */
final class SampleClaims {

  static final LocalDate DOS = LocalDate.of(2025, 1, 14);

  private SampleClaims() {}

  /** The envelope of the worked example: ISA13 123, GS06 123, ST02 0001, 2025-01-15 02:00. */
  static Envelope envelope() {
    return new Envelope(
        "ZZ",
        "CLINICSUBMIT",
        "ZZ",
        "CLEARINGHOUSE",
        true,
        true,
        123,
        "CLINICSUBMIT",
        "CLEARINGHOUSE",
        123,
        1,
        "B20250115A",
        LocalDateTime.of(2025, 1, 15, 2, 0));
  }

  /** Domain brief 2.3: J2315:JZ 380 UN + NDC, 96372, REF*G1, buy-and-bill, POS 57. */
  static ClaimDocument vivitrolBuyAndBill() {
    return claim(
        "PCN000123",
        "MEMBER123",
        Frequency.ORIGINAL,
        null,
        List.of(drugLine("PCN000123", "65757030001"), injectionLine("PCN000123", 2)));
  }

  /** Specialty pharmacy supplied the drug: only the administration (96372) is billed. */
  static ClaimDocument specialtyPharmacy() {
    return claim(
        "PCN000124", "MEMBER124", Frequency.ORIGINAL, null, List.of(injectionLine("PCN000124", 1)));
  }

  /** Replacement (frequency 7) of the adjudicated worked example. */
  static ClaimDocument replacement() {
    return claim(
        "PCN000123R",
        "MEMBER123",
        Frequency.REPLACEMENT,
        "PAYERICN0001",
        List.of(drugLine("PCN000123R", "65757030001"), injectionLine("PCN000123R", 2)));
  }

  /** Void (frequency 8) of the adjudicated worked example. */
  static ClaimDocument voidClaim() {
    return claim(
        "PCN000123V",
        "MEMBER123",
        Frequency.VOID,
        "PAYERICN0001",
        List.of(drugLine("PCN000123V", "65757030001"), injectionLine("PCN000123V", 2)));
  }

  /**
   * One payer run steering every payer-simulator outcome by member-id prefix: paid, 999 reject,
   * 277CA reject, denial, reversal + correction, and a specialty-pharmacy claim.
   */
  static List<ClaimDocument> payerRunWithMarkers() {
    return List.of(
        vivitrolBuyAndBill(),
        buyAndBill("PCN000201", "REJ999A01"),
        buyAndBill("PCN000202", "REJ277A02"),
        buyAndBill("PCN000203", "DENYA03"),
        buyAndBill("PCN000204", "REVERSEA04"),
        specialtyPharmacy());
  }

  static ClaimDocument buyAndBill(String pcn, String memberId) {
    return claim(
        pcn,
        memberId,
        Frequency.ORIGINAL,
        null,
        List.of(drugLine(pcn, "65757030001"), injectionLine(pcn, 2)));
  }

  static ClaimDocument withNdc(ClaimDocument base, String ndc) {
    List<ServiceLine> lines =
        base.lines().stream()
            .map(
                l ->
                    l.drug() == null
                        ? l
                        : new ServiceLine(
                            l.lineNumber(),
                            l.procedureCode(),
                            l.modifiers(),
                            l.charge(),
                            l.units(),
                            l.diagnosisPointers(),
                            l.serviceDate(),
                            l.lineControlNumber(),
                            new Drug(ndc, l.drug().quantity(), l.drug().unit())))
            .toList();
    return withLines(base, lines);
  }

  /** {@code base} with other lines. */
  static ClaimDocument withLines(ClaimDocument base, List<ServiceLine> lines) {
    return new ClaimDocument(
        base.submitter(),
        base.receiver(),
        base.billingProvider(),
        base.subscriber(),
        base.payer(),
        base.claim(),
        base.renderingProvider(),
        lines);
  }

  static ClaimDocument claim(
      String pcn, String memberId, Frequency frequency, String icn, List<ServiceLine> lines) {
    BigDecimal total =
        lines.stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ClaimDocument(
        new Submitter("EXAMPLE RECOVERY CLINIC", "CLINICSUBMIT", "BILLING OFFICE", "5555550100"),
        new Receiver("CLEARINGHOUSE", "CLEARINGHOUSE"),
        new BillingProvider(
            "EXAMPLE RECOVERY CLINIC",
            "1234567893",
            "123456789",
            null,
            new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "627010000")),
        new Subscriber(
            "DOE",
            "JANE",
            memberId,
            "GRP123",
            "CI",
            PayerResponsibility.PRIMARY,
            new Address("1 ELM ST", null, "SPRINGFIELD", "IL", "627020000"),
            LocalDate.of(1985, 1, 1),
            Sex.FEMALE),
        new Payer("EXAMPLE HEALTH PLAN", "12345"),
        new ClaimHeader(pcn, total, "57", frequency, icn, "PA987654", List.of("F1120")),
        new RenderingProvider("SMITH", "ALEX", "1497758544", "2084P0800X"),
        lines);
  }

  static ServiceLine drugLine(String pcn, String ndc) {
    return new ServiceLine(
        1,
        "J2315",
        List.of("JZ"),
        new BigDecimal("1600.00"),
        new BigDecimal("380"),
        List.of(1),
        DOS,
        pcn + "L1V1",
        new Drug(ndc, BigDecimal.ONE, "UN"));
  }

  static ServiceLine injectionLine(String pcn, int number) {
    return new ServiceLine(
        number,
        "96372",
        List.of(),
        new BigDecimal("50.00"),
        BigDecimal.ONE,
        List.of(1),
        DOS,
        pcn + "L" + number + "V1",
        null);
  }
}
