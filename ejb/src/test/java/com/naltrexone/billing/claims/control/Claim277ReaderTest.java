package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.control.ClaimStatusReport.ClaimStatus;
import com.naltrexone.billing.claims.control.ClaimStatusReport.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class Claim277ReaderTest {

  static ClaimStatusReport read(String resource) throws IOException {
    try (InputStream in = Claim277ReaderTest.class.getResourceAsStream(resource)) {
      return new Claim277Reader().read(in);
    }
  }

  @Test
  void syntheticAcceptedClaimIsA2WithPayerClaimNumber() throws IOException {
    ClaimStatusReport report = read("/samples/277ca/synthetic_277ca_accepted.edi");

    assertFalse(report.malformed());
    assertEquals(List.of(), report.validationIssues());
    ClaimStatus claim = report.claims().get(0);
    assertEquals("PCN000123", claim.patientControlNumber());
    assertEquals("PAYERICN0001", claim.payerClaimControlNumber());
    assertEquals("A2", claim.primary().category());
    assertEquals("20", claim.primary().statusCode());
    assertEquals("PR", claim.primary().entity());
    assertEquals("accepted into adjudication", claim.primary().categoryText());
    assertEquals(0, new BigDecimal("1650").compareTo(claim.totalCharge()));
    assertTrue(claim.accepted());
  }

  /** Written by the payer simulator: 999-accepted claims of golden/837/payer_run_markers.edi. */
  @Test
  void simulatorAcknowledgmentAcceptsFourAndRejectsOne() throws IOException {
    ClaimStatusReport report = read("/samples/277ca/simulator_payer_run_markers.277");

    assertFalse(report.malformed());
    assertEquals(List.of(), report.validationIssues());
    assertEquals(
        List.of("PCN000123", "PCN000202", "PCN000203", "PCN000204", "PCN000124"),
        report.claims().stream().map(ClaimStatus::patientControlNumber).toList());
    ClaimStatus rejected = report.claims().get(1);
    assertTrue(rejected.rejected());
    assertEquals("164", rejected.primary().statusCode());
    assertEquals("MEMBER ID NOT ON FILE", rejected.primary().freeText());
    assertNull(rejected.payerClaimControlNumber());
    assertEquals(4, report.claims().stream().filter(ClaimStatus::accepted).count());
  }

  @Test
  void imswebAcceptedIsReadDespite2200cWithoutStc() throws IOException {
    ClaimStatusReport report = read("/samples/277ca/imsweb_x12_277CA_accepted.txt");

    assertFalse(report.malformed());
    assertTrue(
        report.validationIssues().stream()
            .anyMatch(i -> "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE".equals(i.code())),
        report.validationIssues()::toString);
    ClaimStatus claim = report.claims().get(0);
    assertEquals("5781", claim.patientControlNumber());
    assertEquals("1107000000014420", claim.payerClaimControlNumber());
    assertEquals(Outcome.ACCEPTED, claim.outcome());
  }

  @Test
  void imswebRejectedIsA7WithEntityAndOtherComponentSeparator() throws IOException {
    ClaimStatusReport report = read("/samples/277ca/imsweb_x12_277CA_rejected.txt");

    assertFalse(report.malformed());
    ClaimStatus claim = report.claims().get(0);
    assertEquals("3920394930203", claim.patientControlNumber());
    assertEquals("A7", claim.primary().category());
    assertEquals("562", claim.primary().statusCode());
    assertEquals("85", claim.primary().entity());
    assertEquals("rejected for invalid information", claim.primary().categoryText());
    assertTrue(claim.rejected());
  }

  @Test
  void maskedCategoriesAreNeitherAcceptedNorRejected() throws IOException {
    ClaimStatusReport report = read("/samples/277ca/oopf_277_Deidentified_from_nth.txt");

    assertFalse(report.malformed());
    assertEquals(3, report.claims().size());
    assertEquals(3, report.claims().get(0).statuses().size());
    assertEquals(Outcome.OTHER, report.claims().get(0).outcome());
  }

  @Test
  void truncatedFileIsAParseReportWithoutClaims() throws IOException {
    ClaimStatusReport report = read("/samples/277ca/oopf_FromBogeyone.txt");

    assertTrue(report.malformed());
    assertEquals(List.of(), report.claims());
  }

  @Test
  void anAcknowledgmentThatIsNotA277IsRefused() throws IOException {
    ClaimStatusReport report = read("/golden/837/vivitrol_buy_and_bill.edi");

    assertTrue(report.malformed());
    assertNull(report.claims().stream().findFirst().orElse(null));
  }
}
