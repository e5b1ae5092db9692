package com.naltrexone.billing.authorizations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.authorizations.control.SamplePackets;
import org.junit.jupiter.api.Test;

/** An upload is checked to be what it claims, so a packet never fails on it later. */
class AuthorizationEvidenceTest {

  @Test
  void aRealPdfAndPngPass() {
    assertNull(AuthorizationEvidence.unreadable("application/pdf", SamplePackets.labReportPdf()));
    assertNull(AuthorizationEvidence.unreadable("image/png", SamplePackets.scanPng()));
    assertNull(
        AuthorizationEvidence.unreadable(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
  }

  @Test
  void bytesThatAreNotWhatTheySayAreRefusedWithTheReason() {
    String notPdf = AuthorizationEvidence.unreadable("application/pdf", "hello".getBytes());
    assertTrue(notPdf.startsWith("not a PDF that can be read"), notPdf);
    assertEquals(
        "not a PNG image",
        AuthorizationEvidence.unreadable("image/png", SamplePackets.labReportPdf()));
    assertEquals(
        "not a JPEG image",
        AuthorizationEvidence.unreadable("image/jpeg", SamplePackets.scanPng()));
  }
}
