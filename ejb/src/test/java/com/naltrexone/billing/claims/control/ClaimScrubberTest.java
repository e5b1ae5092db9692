package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.entity.ClaimFrequency;
import com.naltrexone.billing.claims.entity.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ClaimScrubberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final LocalDate DOS = LocalDate.of(2026, 11, 20);

  private static ScrubInput.Line drug(String... modifiers) {
    return new ScrubInput.Line(
        1,
        "J2315",
        List.of(modifiers),
        new BigDecimal("1600.00"),
        new BigDecimal("380"),
        "65757030001",
        "UN",
        "J2315",
        List.of(1));
  }

  private static ScrubInput.Line admin() {
    return new ScrubInput.Line(
        2,
        "96372",
        List.of(),
        new BigDecimal("50.00"),
        BigDecimal.ONE,
        null,
        null,
        null,
        List.of(1));
  }

  private static ScrubInput clean() {
    return new ScrubInput(
        TODAY,
        DOS,
        ClaimFrequency.ORIGINAL,
        null,
        new BigDecimal("1650.00"),
        List.of("F11.20"),
        List.of(drug("JZ"), admin()),
        "1234567893",
        true,
        false,
        "1497758544",
        "MEMBER123",
        true,
        new ScrubInput.PayerRules("EXAMPLE PLAN", true, true, 180, true),
        new ScrubInput.Authorization("PA987654", true, 760),
        true,
        null,
        List.of());
  }

  /** The codes found after changing one thing on a clean claim. */
  private static List<String> codes(UnaryOperator<ScrubInput> change) {
    return ClaimScrubber.scrub(change.apply(clean())).stream().map(Finding::code).toList();
  }

  private static ScrubInput withLines(ScrubInput in, BigDecimal total, ScrubInput.Line... lines) {
    return new ScrubInput(
        in.today(),
        in.serviceDate(),
        in.frequency(),
        in.payerClaimNumber(),
        total,
        in.diagnosisCodes(),
        List.of(lines),
        in.billingNpi(),
        in.billingZipPlus4(),
        in.billingPoBox(),
        in.renderingNpi(),
        in.memberId(),
        in.coverageActiveOnServiceDate(),
        in.payer(),
        in.authorization(),
        in.part2ConsentAllows(),
        in.part2Reason(),
        in.duplicateClaimNumbers());
  }

  @Test
  void aCleanVivitrolClaimHasNoFindings() {
    assertEquals(List.of(), ClaimScrubber.scrub(clean()));
  }

  @Test
  void badNpisAndBillingAddressAreErrors() {
    ScrubInput in = clean();
    List<String> found =
        ClaimScrubber.scrub(
                new ScrubInput(
                    in.today(),
                    in.serviceDate(),
                    in.frequency(),
                    null,
                    in.totalCharge(),
                    in.diagnosisCodes(),
                    in.lines(),
                    "1234567890",
                    false,
                    true,
                    "123",
                    in.memberId(),
                    true,
                    in.payer(),
                    in.authorization(),
                    true,
                    null,
                    List.of()))
            .stream()
            .map(Finding::code)
            .toList();
    assertEquals(List.of("BILLING_NPI", "BILLING_ZIP4", "BILLING_PO_BOX", "RENDERING_NPI"), found);
  }

  @Test
  void memberIdAndActiveCoverageAreRequired() {
    ScrubInput in = clean();
    ScrubInput bad =
        new ScrubInput(
            in.today(),
            in.serviceDate(),
            in.frequency(),
            null,
            in.totalCharge(),
            in.diagnosisCodes(),
            in.lines(),
            in.billingNpi(),
            true,
            false,
            in.renderingNpi(),
            " ",
            false,
            in.payer(),
            in.authorization(),
            true,
            null,
            List.of());
    assertEquals(
        List.of("MEMBER_ID", "COVERAGE_INACTIVE"),
        ClaimScrubber.scrub(bad).stream().map(Finding::code).toList());
  }

  @Test
  void unitsOtherThan380AreHeld() {
    ScrubInput.Line short380 =
        new ScrubInput.Line(
            1,
            "J2315",
            List.of("JZ"),
            new BigDecimal("1600.00"),
            new BigDecimal("300"),
            "65757030001",
            "UN",
            "J2315",
            List.of(1));
    assertTrue(
        codes(in -> withLines(in, in.totalCharge(), short380, admin())).contains("J2315_UNITS"));
  }

  @Test
  void wasteOnAJwLineStillAddsUpTo380() {
    ScrubInput.Line given =
        new ScrubInput.Line(
            1,
            "J2315",
            List.of(),
            new BigDecimal("1500.00"),
            new BigDecimal("360"),
            "65757030001",
            "UN",
            "J2315",
            List.of(1));
    ScrubInput.Line wasted =
        new ScrubInput.Line(
            2,
            "J2315",
            List.of("JW"),
            new BigDecimal("100.00"),
            new BigDecimal("20"),
            "65757030001",
            "UN",
            "J2315",
            List.of(1));
    assertEquals(List.of(), codes(in -> withLines(in, new BigDecimal("1600.00"), given, wasted)));
  }

  @Test
  void ndcMustBeElevenDigitsOfAJ2315DrugWithAnAllowedUnit() {
    ScrubInput.Line oralNdc =
        new ScrubInput.Line(
            1,
            "J2315",
            List.of("JZ"),
            new BigDecimal("1600.00"),
            new BigDecimal("380"),
            "00406117001",
            "XX",
            "",
            List.of(1));
    assertEquals(
        List.of("NDC_HCPCS", "CTP_UNIT"),
        codes(in -> withLines(in, new BigDecimal("1600.00"), oralNdc)));
    ScrubInput.Line shortNdc =
        new ScrubInput.Line(
            1,
            "J2315",
            List.of("JZ"),
            new BigDecimal("1600.00"),
            new BigDecimal("380"),
            "6575703000",
            "UN",
            null,
            List.of(1));
    assertEquals(
        List.of("NDC_FORMAT"), codes(in -> withLines(in, new BigDecimal("1600.00"), shortNdc)));
  }

  @Test
  void jzJwRulesFollowThePayer() {
    assertEquals(
        List.of("JZ_JW_MISSING"), codes(in -> withLines(in, in.totalCharge(), drug(), admin())));
    assertEquals(
        List.of("JZ_JW_BOTH"),
        codes(in -> withLines(in, in.totalCharge(), drug("JZ", "JW"), admin())));
    ScrubInput.Line adminWithJz =
        new ScrubInput.Line(
            2,
            "96372",
            List.of("JZ"),
            new BigDecimal("50.00"),
            BigDecimal.ONE,
            null,
            null,
            null,
            List.of(1));
    assertEquals(
        List.of("JZ_JW_NOT_DRUG"),
        codes(in -> withLines(in, in.totalCharge(), drug("JZ"), adminWithJz)));
  }

  @Test
  void aLineWithoutAChargeNamesTheMissingFee() {
    ScrubInput.Line unpriced =
        new ScrubInput.Line(
            2,
            "96372",
            List.of(),
            new BigDecimal("0.00"),
            BigDecimal.ONE,
            null,
            null,
            null,
            List.of(1));
    List<Finding> found =
        ClaimScrubber.scrub(withLines(clean(), new BigDecimal("1600.00"), drug("JZ"), unpriced));
    assertEquals(List.of("FEE_MISSING"), found.stream().map(Finding::code).toList());
    assertTrue(found.get(0).message().contains("96372"), found.get(0).message());
  }

  @Test
  void totalMustEqualTheSumOfLines() {
    assertEquals(
        List.of("CHARGE_TOTAL"),
        codes(in -> withLines(in, new BigDecimal("1650.01"), drug("JZ"), admin())));
  }

  @Test
  void diagnosisPointersMustPointAtACode() {
    ScrubInput.Line pointsAt2 =
        new ScrubInput.Line(
            2,
            "96372",
            List.of(),
            new BigDecimal("50.00"),
            BigDecimal.ONE,
            null,
            null,
            null,
            List.of(2));
    assertEquals(
        List.of("DX_POINTER"), codes(in -> withLines(in, in.totalCharge(), drug("JZ"), pointsAt2)));
  }

  private static ScrubInput withAuth(ScrubInput in, ScrubInput.Authorization auth) {
    return new ScrubInput(
        in.today(),
        in.serviceDate(),
        in.frequency(),
        in.payerClaimNumber(),
        in.totalCharge(),
        in.diagnosisCodes(),
        in.lines(),
        in.billingNpi(),
        in.billingZipPlus4(),
        in.billingPoBox(),
        in.renderingNpi(),
        in.memberId(),
        in.coverageActiveOnServiceDate(),
        in.payer(),
        auth,
        in.part2ConsentAllows(),
        in.part2Reason(),
        in.duplicateClaimNumbers());
  }

  @Test
  void priorAuthorizationMustExistCoverTheDateAndHaveUnitsLeft() {
    assertEquals(List.of("PA_MISSING"), codes(in -> withAuth(in, null)));
    assertEquals(
        List.of("PA_DATES"),
        codes(in -> withAuth(in, new ScrubInput.Authorization("PA1", false, 380))));
    assertEquals(
        List.of("PA_UNITS"),
        codes(in -> withAuth(in, new ScrubInput.Authorization("PA1", true, 0))));
  }

  @Test
  void payersWithoutPaRuleDoNotNeedAnAuthorization() {
    ScrubInput in = clean();
    ScrubInput noPa =
        new ScrubInput(
            in.today(),
            in.serviceDate(),
            in.frequency(),
            null,
            in.totalCharge(),
            in.diagnosisCodes(),
            in.lines(),
            in.billingNpi(),
            true,
            false,
            in.renderingNpi(),
            in.memberId(),
            true,
            new ScrubInput.PayerRules("MEDICARE", true, false, 365, false),
            null,
            true,
            null,
            List.of());
    assertEquals(List.of(), ClaimScrubber.scrub(noPa));
  }

  private static ScrubInput dated(ScrubInput in, LocalDate dos, ClaimFrequency f, String icn) {
    return new ScrubInput(
        in.today(),
        dos,
        f,
        icn,
        in.totalCharge(),
        in.diagnosisCodes(),
        in.lines(),
        in.billingNpi(),
        true,
        false,
        in.renderingNpi(),
        in.memberId(),
        true,
        in.payer(),
        in.authorization(),
        true,
        null,
        List.of());
  }

  @Test
  void futureServiceAndTimelyFilingAreChecked() {
    assertEquals(
        List.of("DOS_FUTURE"),
        codes(in -> dated(in, TODAY.plusDays(1), ClaimFrequency.ORIGINAL, null)));
    assertEquals(
        List.of("TIMELY_FILING"),
        codes(in -> dated(in, TODAY.minusDays(181), ClaimFrequency.ORIGINAL, null)));
    List<Finding> soon =
        ClaimScrubber.scrub(dated(clean(), TODAY.minusDays(170), ClaimFrequency.ORIGINAL, null));
    assertEquals("TIMELY_FILING_SOON", soon.get(0).code());
    assertFalse(soon.get(0).blocks());
  }

  @Test
  void replacementsAndVoidsNeedThePayerClaimNumber() {
    assertEquals(List.of("REF_F8"), codes(in -> dated(in, DOS, ClaimFrequency.REPLACEMENT, null)));
    assertEquals(List.of(), codes(in -> dated(in, DOS, ClaimFrequency.VOID, "ICN1")));
  }

  @Test
  void part2ConsentAndDuplicatesHoldTheClaim() {
    ScrubInput in = clean();
    ScrubInput held =
        new ScrubInput(
            in.today(),
            in.serviceDate(),
            in.frequency(),
            null,
            in.totalCharge(),
            in.diagnosisCodes(),
            in.lines(),
            in.billingNpi(),
            true,
            false,
            in.renderingNpi(),
            in.memberId(),
            true,
            in.payer(),
            in.authorization(),
            false,
            "no Part 2 consent on file for this payer",
            List.of("NB0000000050"));
    List<Finding> found = ClaimScrubber.scrub(held);
    assertEquals(List.of("PART2_CONSENT", "DUPLICATE"), found.stream().map(Finding::code).toList());
    assertTrue(found.get(0).message().contains("no Part 2 consent on file for this payer"));
    assertTrue(found.get(1).message().contains("NB0000000050"));
  }
}
