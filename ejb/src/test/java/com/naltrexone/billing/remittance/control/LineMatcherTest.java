package com.naltrexone.billing.remittance.control;

import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.only;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.naltrexone.billing.remittance.control.LineMatcher.OurLine;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineMatcherTest {

  static final LocalDate DOS = LocalDate.of(2025, 1, 14);

  static final OurLine DRUG =
      new OurLine(11, "PCN000123L1V1", "J2315", List.of("JZ"), new BigDecimal("380"), DOS);
  static final OurLine ADMIN =
      new OurLine(12, "PCN000123L2V1", "96372", List.of(), BigDecimal.ONE, DOS);

  static Claim paid() {
    return only(read("/remittance/vivitrol_paid.edi")).claims().get(0);
  }

  static Line withoutRef(Line l) {
    return new Line(
        l.position(),
        l.procedure(),
        l.charge(),
        l.paid(),
        l.revenueCode(),
        l.unitsPaid(),
        l.originalProcedure(),
        l.originalUnits(),
        l.dates(),
        l.adjustments(),
        List.of(),
        l.amounts(),
        l.quantities(),
        l.remarks());
  }

  @Test
  void refSixRWins() {
    assertEquals(List.of(11L, 12L), LineMatcher.match(paid().lines(), List.of(ADMIN, DRUG), DOS));
  }

  @Test
  void withoutRefSixRCodeModifiersDateAndUnitsMatch() {
    List<Line> lines = paid().lines().stream().map(LineMatcherTest::withoutRef).toList();
    assertEquals(List.of(11L, 12L), LineMatcher.match(lines, List.of(ADMIN, DRUG), null));
  }

  @Test
  void aDifferentDateOrModifierOrUnitsMatchesNothing() {
    List<Line> lines = paid().lines().stream().map(LineMatcherTest::withoutRef).toList();
    OurLine otherDay =
        new OurLine(11, "X", "J2315", List.of("JZ"), new BigDecimal("380"), DOS.plusDays(28));
    OurLine waste = new OurLine(13, "Y", "J2315", List.of("JW"), new BigDecimal("380"), DOS);
    OurLine fewer = new OurLine(14, "Z", "J2315", List.of("JZ"), new BigDecimal("300"), DOS);
    assertEquals(
        Arrays.asList((Long) null),
        LineMatcher.match(List.of(lines.get(0)), List.of(otherDay, waste, fewer), null));
  }

  @Test
  void twoEqualCandidatesAreNotGuessedBetween() {
    Line drug = withoutRef(paid().lines().get(0));
    OurLine a = new OurLine(21, "A", "J2315", List.of("JZ"), new BigDecimal("380"), DOS);
    OurLine b = new OurLine(22, "B", "J2315", List.of("JZ"), new BigDecimal("380"), DOS);
    assertEquals(Arrays.asList((Long) null), LineMatcher.match(List.of(drug), List.of(a, b), DOS));
  }

  @Test
  void aDeniedLineMatchesByItsOriginalUnits() {
    Claim denied = only(read("/remittance/vivitrol_denied_pa.edi")).claims().get(0);
    Line drug = withoutRef(denied.lines().get(0)); // SVC05 0, SVC07 380
    OurLine ours =
        new OurLine(
            31, "Q", "J2315", List.of("JZ"), new BigDecimal("380"), LocalDate.of(2025, 1, 28));
    assertEquals(List.of(31L), LineMatcher.match(List.of(drug), List.of(ours), null));
  }
}
