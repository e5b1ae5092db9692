package com.naltrexone.billing.edi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12LinesTest {

  private static final String ISA =
      "ISA*00*          *00*          *ZZ*NALTREXBILL    *ZZ*CLEARINGHOUSE  *260101*1200*^*00501"
          + "*000000007*0*T*:~";

  private static byte[] interchange(String terminatorAndBreak) {
    String isa = ISA.replace("~", terminatorAndBreak);
    String t = terminatorAndBreak;
    return (isa
            + "GS*HC*NALTREXBILL*CLEARINGHOUSE*20260101*1200*7*X*005010X222A1"
            + t
            + "ST*837*000000101*005010X222A1"
            + t
            + "CLM*NB0000000101*1665***57:B:1"
            + t
            + "SE*3*000000101"
            + t
            + "ST*837*000000102*005010X222A1"
            + t
            + "CLM*NB0000000102*50***57:B:1"
            + t
            + "SE*3*000000102"
            + t
            + "GE*2*7"
            + t
            + "IEA*1*000000007"
            + t)
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void theIsaIs106CharactersLong() {
    assertEquals(106, ISA.length());
  }

  @Test
  void oneSegmentPerLineWhateverTheTerminator() {
    List<String> tilde = X12Lines.segments(interchange("~"));
    assertEquals(10, tilde.size());
    assertEquals("GS", tilde.get(1).substring(0, 2));
    assertEquals(tilde, X12Lines.segments(interchange("~\r\n")));
    assertEquals("CLM*NB0000000101*1665***57:B:1", X12Lines.segments(interchange("'\n")).get(3));
  }

  @Test
  void oneClaimsTransactionKeepsItsEnvelope() {
    List<String> mine = X12Lines.transaction(interchange("~\n"), "000000102");
    assertEquals(
        List.of(
            ISA.substring(0, 105),
            "GS*HC*NALTREXBILL*CLEARINGHOUSE*20260101*1200*7*X*005010X222A1",
            "ST*837*000000102*005010X222A1",
            "CLM*NB0000000102*50***57:B:1",
            "SE*3*000000102",
            "GE*2*7",
            "IEA*1*000000007"),
        mine);
  }

  @Test
  void anUnknownTransactionOrNoX12GivesNothing() {
    assertEquals(List.of(), X12Lines.transaction(interchange("~"), "999999999"));
    assertEquals(List.of(), X12Lines.segments("not x12".getBytes(StandardCharsets.US_ASCII)));
  }
}
