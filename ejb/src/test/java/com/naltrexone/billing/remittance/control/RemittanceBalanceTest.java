package com.naltrexone.billing.remittance.control;

import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.assertMoney;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.only;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.read;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.readText;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.replace;
import static com.naltrexone.billing.remittance.control.Remittance835ReaderTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.remittance.control.Remittance.Transaction;
import com.naltrexone.billing.remittance.control.RemittanceBalance.Finding;
import com.naltrexone.billing.remittance.control.RemittanceBalance.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemittanceBalanceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vivitrol_paid.edi",
        "vivitrol_coinsurance.edi",
        "vivitrol_denied_pa.edi",
        "vivitrol_reversal_correction.edi",
        "vivitrol_plb_recoupment.edi",
        "vivitrol_multi_interchange.edi"
      })
  void balancedFixturesBalanceWithoutWarnings(String fixture) {
    Remittance835Reader.Result result = read("/remittance/" + fixture);
    assertTrue(result.valid());
    for (Transaction t : result.transactions()) {
      RemittanceBalance.Result balance = RemittanceBalance.check(t);
      assertEquals(List.of(), balance.errors(), fixture);
      assertEquals(List.of(), balance.warnings(), fixture);
      assertTrue(balance.balanced());
    }
  }

  @Test
  void unbalancedFileNamesLineClaimAndTransactionWithAmounts() {
    Transaction t = only(read("/remittance/vivitrol_unbalanced.edi"));
    RemittanceBalance.Result balance = RemittanceBalance.check(t);
    assertFalse(balance.balanced());
    assertEquals(
        List.of(
            new Finding(
                Severity.ERROR,
                "LINE",
                "PCN000123",
                "line 1 (REF*6R PCN000123L1V1)",
                "claim PCN000123 line 1 (REF*6R PCN000123L1V1) does not balance: SVC02 charge"
                    + " 1600.00 − SVC03 paid 1235.20 = 364.80, but its CAS adjustments sum to"
                    + " 358.80 (off by 6.00)"),
            new Finding(
                Severity.ERROR,
                "CLAIM",
                "PCN000123",
                null,
                "claim PCN000123 does not balance: CLP03 charge 1650.00 − CLP04 paid 1272.40 ="
                    + " 377.60, but CAS adjustments sum to 371.60 (claim level 0.00 + lines"
                    + " 371.60; off by 6.00)"),
            new Finding(
                Severity.ERROR,
                "TRANSACTION",
                null,
                null,
                "transaction ST02 0006 (TRN02 EFT0006000) does not balance: BPR02 total payment"
                    + " 1350.00, but Σ CLP04 1309.60 over 2 claims − Σ PLB 0.00 = 1309.60 (off by"
                    + " 40.40)")),
        balance.errors());
    // the second claim (PCN000124) balances and is not mentioned
    assertTrue(balance.errors().stream().noneMatch(f -> "PCN000124".equals(f.claim())));
  }

  @Test
  void plbWoReducesAndL6InterestIncreasesThePayment() {
    Transaction t = only(read("/remittance/vivitrol_plb_recoupment.edi"));
    assertMoney("1272.40", t.trailer().totalPaid());
    assertMoney("1174.75", t.header().totalPayment()); // 1272.40 − (100 − 2.35)
    assertEquals(List.of(), RemittanceBalance.transaction(t.header(), t.trailer()));
    // read the WO as if it added to the check: off by 200
    String wrongSign =
        text("/remittance/vivitrol_plb_recoupment.edi").replace("BPR*C*1174.75", "BPR*C*1374.75");
    List<Finding> findings = RemittanceBalance.check(only(readText(wrongSign))).errors();
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).message().contains("Σ PLB 97.65"), findings.get(0).message());
    assertTrue(findings.get(0).message().contains("off by 200.00"), findings.get(0).message());
  }

  @Test
  void reversalIsNegatedAndMustStillBalance() {
    String x12 = text("/remittance/vivitrol_reversal_correction.edi");
    Transaction t = only(readText(x12));
    List<Finding> reversal = RemittanceBalance.claim(t.claims().get(0));
    assertEquals(List.of(), reversal);
    assertMoney("-318.1", RemittanceBalance.patientResponsibility(t.claims().get(0)));
    // a reversal that forgets to negate one adjustment does not balance
    Transaction broken = only(readText(replace(x12, "CAS*CO*45*-56~", "CAS*CO*45*56~")));
    List<Finding> findings = RemittanceBalance.claim(broken.claims().get(0));
    assertEquals(List.of("LINE", "CLAIM"), findings.stream().map(Finding::rule).toList());
    assertTrue(
        findings.get(1).message().contains("CLP03 charge -1650.00 − CLP04 paid -1272.40 = -377.60"),
        findings.get(1).message());
  }

  @Test
  void patientResponsibilityMismatchIsAWarningOnly() {
    String x12 = replace(text("/remittance/vivitrol_paid.edi"), "*1272.4*318.1*", "*1272.4*300*");
    RemittanceBalance.Result balance = RemittanceBalance.check(only(readText(x12)));
    assertTrue(balance.balanced());
    assertEquals(1, balance.warnings().size());
    assertEquals(
        "claim PCN000123: CLP05 patient responsibility 300.00 differs from Σ PR adjustments"
            + " 318.10",
        balance.warnings().get(0).message());
  }

  @Test
  void missingAmountsAreErrorsNotGuesses() {
    String x12 =
        replace(text("/remittance/vivitrol_paid.edi"), "SVC*HC:96372*50*37.2", "SVC*HC:96372*50*");
    Transaction t = only(readText(x12));
    assertTrue(t.claims().get(0).degraded()); // SVC03 is required
    List<Finding> findings = RemittanceBalance.claim(t.claims().get(0));
    assertEquals("MISSING_AMOUNT", findings.get(0).rule());
    assertEquals("line 2 (REF*6R PCN000123L2V1)", findings.get(0).line());
  }
}
