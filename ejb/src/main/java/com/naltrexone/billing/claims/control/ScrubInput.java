package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.entity.ClaimFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the scrubber looks at for one claim, gathered beforehand (from the claim, the
 * registry, authorizations, consents and other claims), so the rules are a pure function.
 */
public record ScrubInput(
    LocalDate today,
    LocalDate serviceDate,
    ClaimFrequency frequency,
    String payerClaimNumber,
    BigDecimal totalCharge,
    List<String> diagnosisCodes,
    List<Line> lines,
    String billingNpi,
    boolean billingZipPlus4,
    boolean billingPoBox,
    String renderingNpi,
    String memberId,
    boolean coverageActiveOnServiceDate,
    PayerRules payer,
    Authorization authorization,
    boolean part2ConsentAllows,
    String part2Reason,
    List<String> duplicateClaimNumbers) {

  /** One service line as it will be sent. */
  public record Line(
      int number,
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      String ndc11,
      String ndcUnit,
      String hcpcsOfNdc,
      List<Integer> diagnosisPointers) {}

  /** The payer rules that decide what a clean claim looks like. */
  public record PayerRules(
      String name,
      boolean requiresJzJw,
      boolean paRequiredForInjection,
      int timelyFilingDays,
      boolean acceptsFrequency7) {}

  /**
   * The authorization covering the service date, if any: null when none was found; {@code
   * unitsRemaining} already excludes this claim.
   */
  public record Authorization(String number, boolean coversServiceDate, Integer unitsRemaining) {}
}
