package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.entity.ClaimFrequency;
import com.naltrexone.billing.claims.entity.Finding;
import com.naltrexone.billing.drugs.entity.Ndc;
import com.naltrexone.billing.prescriptions.entity.Icd10Code;
import com.naltrexone.billing.providers.entity.Npi;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pre-submission checks that keep a claim from being rejected by the clearinghouse or the payer
 * (domain brief 2.4). A claim with any ERROR is held and never leaves; each finding has a stable
 * code and a sentence a biller can act on.
 */
public final class ClaimScrubber {

  /** J2315 is per 1 mg; a Vivitrol kit is 380 mg. */
  public static final BigDecimal VIVITROL_UNITS = new BigDecimal("380");

  /** CTP05-1 units of measure allowed in 5010. */
  static final Set<String> CTP_UNITS = Set.of("UN", "ML", "GR", "F2", "ME");

  private ClaimScrubber() {}

  public static List<Finding> scrub(ScrubInput in) {
    List<Finding> f = new ArrayList<>();
    providers(in, f);
    coverage(in, f);
    diagnoses(in, f);
    lines(in, f);
    authorization(in, f);
    dates(in, f);
    frequency(in, f);
    if (!in.part2ConsentAllows()) {
      f.add(
          Finding.error(
              "PART2_CONSENT",
              "No valid 42 CFR Part 2 consent allows disclosure to this payer ("
                  + in.part2Reason()
                  + "): record the patient's signed consent before sending."));
    }
    if (!in.duplicateClaimNumbers().isEmpty()) {
      f.add(
          Finding.error(
              "DUPLICATE",
              "Claim "
                  + String.join(", ", in.duplicateClaimNumbers())
                  + " already bills this patient, date and code and is still open: hold this one"
                  + " or void the other."));
    }
    return f;
  }

  private static void providers(ScrubInput in, List<Finding> f) {
    String billing = Npi.problem(in.billingNpi());
    if (billing != null) {
      f.add(Finding.error("BILLING_NPI", "Billing provider NPI: " + billing + "."));
    }
    if (!in.billingZipPlus4()) {
      f.add(
          Finding.error(
              "BILLING_ZIP4", "The billing provider's ZIP code needs all 9 digits (ZIP+4)."));
    }
    if (in.billingPoBox()) {
      f.add(
          Finding.error(
              "BILLING_PO_BOX", "The billing provider's address must be a street, not a PO box."));
    }
    String rendering = Npi.problem(in.renderingNpi());
    if (rendering != null) {
      f.add(Finding.error("RENDERING_NPI", "Rendering provider NPI: " + rendering + "."));
    }
  }

  private static void coverage(ScrubInput in, List<Finding> f) {
    if (in.memberId() == null || in.memberId().isBlank()) {
      f.add(Finding.error("MEMBER_ID", "The coverage has no member id; copy it from the card."));
    }
    if (!in.coverageActiveOnServiceDate()) {
      f.add(
          Finding.error(
              "COVERAGE_INACTIVE",
              "The coverage is not active on the date of service "
                  + in.serviceDate()
                  + "; check eligibility and the coverage dates."));
    }
  }

  private static void diagnoses(ScrubInput in, List<Finding> f) {
    if (in.diagnosisCodes().isEmpty()) {
      f.add(Finding.error("DX_MISSING", "The claim has no diagnosis code."));
    }
    for (String code : in.diagnosisCodes()) {
      if (Icd10Code.problem(code) != null) {
        f.add(Finding.error("DX_INVALID", "Diagnosis " + code + " is not a valid ICD-10-CM code."));
      }
    }
    for (ScrubInput.Line line : in.lines()) {
      if (line.diagnosisPointers().isEmpty()) {
        f.add(Finding.error("DX_POINTER", "Line " + line.number() + " points to no diagnosis."));
      }
      for (int p : line.diagnosisPointers()) {
        if (p < 1 || p > in.diagnosisCodes().size() || p > 12) {
          f.add(
              Finding.error(
                  "DX_POINTER",
                  "Line "
                      + line.number()
                      + " points to diagnosis "
                      + p
                      + " but the claim has "
                      + in.diagnosisCodes().size()
                      + "."));
        }
      }
    }
  }

  private static void lines(ScrubInput in, List<Finding> f) {
    if (in.lines().isEmpty()) {
      f.add(Finding.error("NO_LINES", "The claim has no service lines."));
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal j2315Units = BigDecimal.ZERO;
    boolean hasJ2315 = false;
    for (ScrubInput.Line line : in.lines()) {
      sum = sum.add(line.charge());
      if (line.charge().signum() <= 0) {
        f.add(
            Finding.error(
                "FEE_MISSING",
                "Line "
                    + line.number()
                    + " ("
                    + line.procedureCode()
                    + ") has no charge: add its fee schedule amount for the date of service,"
                    + " then rescrub."));
      }
      if (line.modifiers().contains("JZ") && line.modifiers().contains("JW")) {
        f.add(
            Finding.error(
                "JZ_JW_BOTH", "Line " + line.number() + " has both JZ and JW; keep only one."));
      }
      if ("J2315".equals(line.procedureCode())) {
        hasJ2315 = true;
        j2315Units = j2315Units.add(line.units());
        drugLine(in, line, f);
      } else if (line.modifiers().contains("JZ") || line.modifiers().contains("JW")) {
        f.add(
            Finding.error(
                "JZ_JW_NOT_DRUG",
                "Line " + line.number() + " (" + line.procedureCode() + ") may not carry JZ/JW."));
      }
    }
    boolean jzOrJw =
        in.lines().stream()
            .filter(l -> "J2315".equals(l.procedureCode()))
            .anyMatch(l -> l.modifiers().contains("JZ") || l.modifiers().contains("JW"));
    if (hasJ2315 && in.payer().requiresJzJw() && !jzOrJw) {
      // Nothing discarded: JZ on the drug line. Something discarded: the given amount on one line
      // without a modifier and the discarded amount on its own JW line.
      f.add(
          Finding.error(
              "JZ_JW_MISSING",
              in.payer().name()
                  + " requires JZ (nothing discarded) or a JW line (amount discarded) on J2315."));
    }
    if (hasJ2315 && j2315Units.compareTo(VIVITROL_UNITS) != 0) {
      f.add(
          Finding.error(
              "J2315_UNITS",
              "J2315 lines add up to "
                  + j2315Units.stripTrailingZeros().toPlainString()
                  + " units; one 380 mg Vivitrol kit is 380 units (given plus discarded)."));
    }
    if (sum.compareTo(in.totalCharge()) != 0) {
      f.add(
          Finding.error(
              "CHARGE_TOTAL",
              "The claim total "
                  + in.totalCharge().toPlainString()
                  + " is not the sum of its lines "
                  + sum.toPlainString()
                  + "."));
    }
  }

  private static void drugLine(ScrubInput in, ScrubInput.Line line, List<Finding> f) {
    if (line.ndc11() == null) {
      f.add(
          Finding.error("NDC_MISSING", "Line " + line.number() + " (J2315) needs the kit's NDC."));
    } else {
      try {
        new Ndc(line.ndc11());
        if (!"J2315".equals(line.hcpcsOfNdc())) {
          f.add(
              Finding.error(
                  "NDC_HCPCS",
                  "NDC "
                      + line.ndc11()
                      + " is not a naltrexone depot (J2315) NDC in the drug catalog."));
        }
      } catch (IllegalArgumentException e) {
        f.add(
            Finding.error(
                "NDC_FORMAT", "Line " + line.number() + ": the NDC must be exactly 11 digits."));
      }
      if (line.ndcUnit() == null || !CTP_UNITS.contains(line.ndcUnit())) {
        f.add(
            Finding.error(
                "CTP_UNIT",
                "Line "
                    + line.number()
                    + ": the NDC unit "
                    + line.ndcUnit()
                    + " is not one of UN, ML, GR, F2, ME."));
      }
    }
  }

  private static void authorization(ScrubInput in, List<Finding> f) {
    boolean injection = in.lines().stream().anyMatch(l -> "J2315".equals(l.procedureCode()));
    if (!injection || !in.payer().paRequiredForInjection()) {
      return;
    }
    ScrubInput.Authorization auth = in.authorization();
    if (auth == null) {
      f.add(
          Finding.error(
              "PA_MISSING",
              in.payer().name()
                  + " requires prior authorization for J2315 and none is on file for this"
                  + " patient."));
    } else if (!auth.coversServiceDate()) {
      f.add(
          Finding.error(
              "PA_DATES",
              "Authorization "
                  + auth.number()
                  + " does not cover the date of service "
                  + in.serviceDate()
                  + "."));
    } else if (auth.number() == null || auth.number().isBlank()) {
      f.add(
          Finding.error("PA_NUMBER", "The approved authorization has no payer reference number."));
    } else if (auth.unitsRemaining() != null && auth.unitsRemaining() < VIVITROL_UNITS.intValue()) {
      f.add(
          Finding.error(
              "PA_UNITS",
              "Authorization "
                  + auth.number()
                  + " has "
                  + auth.unitsRemaining()
                  + " units left; this dose needs 380."));
    }
  }

  private static void dates(ScrubInput in, List<Finding> f) {
    if (in.serviceDate().isAfter(in.today())) {
      f.add(Finding.error("DOS_FUTURE", "The date of service is in the future."));
    }
    long age = ChronoUnit.DAYS.between(in.serviceDate(), in.today());
    if (age > in.payer().timelyFilingDays()) {
      f.add(
          Finding.error(
              "TIMELY_FILING",
              "The service is "
                  + age
                  + " days old; "
                  + in.payer().name()
                  + " accepts claims for "
                  + in.payer().timelyFilingDays()
                  + " days. Appeal with proof of timely filing or write it off."));
    } else if (age > in.payer().timelyFilingDays() - 14) {
      f.add(
          Finding.warning(
              "TIMELY_FILING_SOON",
              "Only " + (in.payer().timelyFilingDays() - age) + " days left to file this claim."));
    }
  }

  private static void frequency(ScrubInput in, List<Finding> f) {
    if (in.frequency().needsPayerClaimNumber()
        && (in.payerClaimNumber() == null || in.payerClaimNumber().isBlank())) {
      f.add(
          Finding.error(
              "REF_F8",
              "A replacement or void needs the payer's claim number (CLP07 of the 835)."));
    }
    if (in.frequency() == ClaimFrequency.REPLACEMENT && !in.payer().acceptsFrequency7()) {
      f.add(
          Finding.error(
              "FREQUENCY_7",
              in.payer().name()
                  + " does not accept replacement claims (frequency 7): void and send a new"
                  + " original, or follow its reopening process."));
    }
  }
}
