package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.control.ClaimDocument.ServiceLine;
import com.naltrexone.billing.edi.control.X12Issue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 837P rules the StAEDI schema cannot express (it knows lengths and code lists, not patterns or
 * sums). Each finding names the segment and element it concerns, like a schema error, so that a
 * rejected claim reads the same whichever check caught it.
 */
final class Claim837Rules {

  /** Payers only echo 20 characters of CLM01 in CLP01 (domain brief 2.2). */
  static final int MAX_PATIENT_CONTROL_NUMBER = 20;

  private static final Pattern NDC_11 = Pattern.compile("\\d{11}");
  private static final Pattern ZIP_9 = Pattern.compile("\\d{9}");
  private static final Pattern ICD10_NO_DOT = Pattern.compile("[A-Z][0-9A-Z]{2,6}");

  private Claim837Rules() {}

  static List<X12Issue> check(ClaimDocument claim) {
    List<X12Issue> issues = new ArrayList<>();
    var header = claim.claim();
    String pcn = header.patientControlNumber();
    if (pcn != null && pcn.length() > MAX_PATIENT_CONTROL_NUMBER) {
      issues.add(rule("CLM", "CLM01", "PCN_TOO_LONG", "patient control number over 20 characters"));
    }
    BigDecimal sum =
        claim.lines().stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (header.totalCharge().compareTo(sum) != 0) {
      issues.add(
          rule(
              "CLM",
              "CLM02",
              "TOTAL_NOT_SUM_OF_LINES",
              "total charge %s is not the sum of the line charges %s"
                  .formatted(Claim837Segments.amount(header.totalCharge()), sum.toPlainString())));
    }
    boolean hasIcn =
        header.payerClaimControlNumber() != null && !header.payerClaimControlNumber().isBlank();
    if (header.frequency().referencesPayerClaim() && !hasIcn) {
      issues.add(
          rule(
              "REF",
              "REF02",
              "F8_REQUIRED",
              "frequency %s needs the payer claim control number (REF*F8)"
                  .formatted(header.frequency().code())));
    }
    if (!header.frequency().referencesPayerClaim() && hasIcn) {
      issues.add(
          rule("REF", "REF02", "F8_UNEXPECTED", "REF*F8 is only sent with frequency 7 or 8"));
    }
    if (header.diagnoses().isEmpty() || header.diagnoses().size() > 12) {
      issues.add(rule("HI", "HI01-02", "DIAGNOSIS_COUNT", "1 to 12 diagnosis codes are required"));
    }
    for (int i = 0; i < header.diagnoses().size(); i++) {
      String code = header.diagnoses().get(i);
      if (code == null || !ICD10_NO_DOT.matcher(code).matches()) {
        issues.add(
            rule(
                "HI",
                "HI%02d-02".formatted(i + 1),
                "DIAGNOSIS_FORMAT",
                "diagnosis %d is not an ICD-10-CM code without decimal point".formatted(i + 1)));
      }
    }
    String zip = claim.billingProvider().address().zip();
    if (zip == null || !ZIP_9.matcher(zip).matches()) {
      issues.add(
          rule("N4", "N403", "BILLING_ZIP9", "billing provider ZIP must have 9 digits (ZIP+4)"));
    }
    for (int i = 0; i < claim.lines().size(); i++) {
      checkLine(claim.lines().get(i), i + 1, header.diagnoses().size(), issues);
    }
    return issues;
  }

  private static void checkLine(ServiceLine line, int expected, int diagnoses, List<X12Issue> out) {
    String at = " (line %d)".formatted(expected);
    if (line.lineNumber() != expected) {
      out.add(rule("LX", "LX01", "LINE_NUMBER", "line numbers must run 1, 2, 3..." + at));
    }
    if (line.diagnosisPointers().isEmpty() || line.diagnosisPointers().size() > 4) {
      out.add(rule("SV1", "SV107", "POINTER_COUNT", "1 to 4 diagnosis pointers required" + at));
    }
    for (Integer pointer : line.diagnosisPointers()) {
      if (pointer == null || pointer < 1 || pointer > diagnoses) {
        out.add(rule("SV1", "SV107", "POINTER_RANGE", "pointer outside the diagnosis list" + at));
      }
    }
    if (line.drug() != null) {
      String ndc = line.drug().ndc();
      if (ndc == null || !NDC_11.matcher(ndc).matches()) {
        int length = ndc == null ? 0 : ndc.length();
        out.add(
            rule(
                "LIN",
                "LIN03",
                "NDC_FORMAT",
                "NDC must be 11 digits (5-4-2, no hyphens), got %d characters%s"
                    .formatted(length, at)));
      }
      if (line.drug().quantity().signum() <= 0) {
        out.add(rule("CTP", "CTP04", "NDC_QUANTITY", "NDC quantity must be positive" + at));
      }
    }
  }

  private static X12Issue rule(String segment, String element, String code, String reason) {
    return new X12Issue(segment, 0, element, code, reason);
  }
}
