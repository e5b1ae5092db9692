package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The importer's first read: which transaction sets may be posted, and why not. */
class RemittanceCheckTest {

  static RemittanceCheck.Result check(String resource) {
    return RemittanceCheck.check(
        new ByteArrayInputStream(
            Remittance835ReaderTest.text(resource).getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void aBalancedPaymentWithPlbMayBePosted() {
    RemittanceCheck.Result result = check("/remittance/vivitrol_plb_recoupment.edi");
    assertTrue(result.valid());
    assertEquals(1, result.verdicts().size());
    assertNull(result.verdicts().get(0).rejection());
    assertEquals(1, result.verdicts().get(0).claims());
  }

  @Test
  void anUnbalancedPaymentIsRejectedWithEveryRuleItBreaks() {
    RemittanceCheck.Verdict verdict =
        check("/remittance/vivitrol_unbalanced.edi").verdicts().get(0);
    assertTrue(verdict.rejected());
    assertEquals(
        "transaction ST02 0006 (TRN02 EFT0006000) does not balance: BPR02 total payment 1350.00,"
            + " but Σ CLP04 1309.60 over 2 claims − Σ PLB 0.00 = 1309.60 (off by 40.40)\n"
            + "claim PCN000123 line 1 (REF*6R PCN000123L1V1) does not balance: SVC02 charge"
            + " 1600.00 − SVC03 paid 1235.20 = 364.80, but its CAS adjustments sum to 358.80 (off"
            + " by 6.00)\n"
            + "claim PCN000123 does not balance: CLP03 charge 1650.00 − CLP04 paid 1272.40 ="
            + " 377.60, but CAS adjustments sum to 371.60 (claim level 0.00 + lines 371.60; off by"
            + " 6.00)",
        verdict.rejection());
  }

  @Test
  void eachTransactionOfAMultiInterchangeFileHasItsVerdict() {
    RemittanceCheck.Result result = check("/remittance/vivitrol_multi_interchange.edi");
    assertTrue(result.valid());
    assertEquals(3, result.verdicts().size());
    result.verdicts().forEach(v -> assertFalse(v.rejected(), v.rejection()));
  }

  @Test
  void anInvalidFileHasNoVerdictsAtAll() {
    String broken =
        Remittance835ReaderTest.text("/remittance/vivitrol_paid.edi").replace("SE*30*", "SE*31*");
    RemittanceCheck.Result result =
        RemittanceCheck.check(
            new ByteArrayInputStream(broken.getBytes(StandardCharsets.ISO_8859_1)));
    assertFalse(result.valid());
    assertEquals(0, result.verdicts().size());
    assertEquals("SE", result.report().errors().get(0).segment());
  }
}
