package com.naltrexone.billing.simulator;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulator needs from one of our 837P interchanges, read with the 005010X222A1 schema.
 *
 * @param senderId ISA06 (becomes ISA08 of the answers)
 * @param receiverId ISA08
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber GS06 (echoed in AK102)
 * @param batchReference BHT03 of the first transaction (echoed in 277CA TRN*2)
 */
record Submission(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String interchangeControlNumber,
    String applicationSender,
    String applicationReceiver,
    String groupControlNumber,
    String batchReference,
    List<Transaction> transactions) {

  /**
   * One ST..SE with its claims and the schema problems found in it.
   *
   * @param memberPosition position of the first NM1*IL in the ST (for IK302)
   */
  record Transaction(
      String controlNumber, List<Claim> claims, List<X12.Problem> problems, int memberPosition) {}

  record Claim(
      String patientControlNumber,
      BigDecimal charge,
      String frequency,
      String payerClaimControlNumber,
      String filingIndicator,
      String memberId,
      String lastName,
      String firstName,
      String billingName,
      String billingNpi,
      String payerName,
      String payerId,
      String submitterName,
      String submitterId,
      List<Line> lines) {

    boolean memberStartsWith(String marker) {
      return memberId.startsWith(marker);
    }
  }

  /** One 2400 loop; {@code procedure} is SV101 as components (HC, code, modifiers...). */
  record Line(
      List<String> procedure,
      BigDecimal charge,
      String units,
      String serviceDate,
      String lineControlNumber) {}

  /**
   * Parses an 837P. Throws {@link IllegalArgumentException} when the file cannot be read as X12 at
   * all (there is nothing to acknowledge at the group level then).
   */
  static Submission parse(InputStream in) {
    X12.Read read = X12.read(in);
    if (read.fatal() != null) {
      throw new IllegalArgumentException("not a readable X12 interchange: " + read.fatal());
    }
    Builder b = new Builder(read.problems());
    read.segments().forEach(b::accept);
    return b.build();
  }

  /** Segment-driven assembly; claims take the subscriber/provider context last seen. */
  private static final class Builder {
    final List<X12.Problem> problems;
    final List<Transaction> transactions = new ArrayList<>();
    String[] isa = new String[17];
    X12.Segment gs;
    String bht03;
    String st02;
    int transactionNumber;
    int memberPosition;
    List<Claim> claims;
    String submitterName;
    String submitterId;
    String billingName;
    String billingNpi;
    String filing;
    String memberId;
    String last;
    String first;
    String payerName;
    String payerId;
    X12.Segment clm;
    String icn;
    List<Line> lines;
    X12.Segment sv1;
    String dos;
    String ref6r;

    Builder(List<X12.Problem> problems) {
      this.problems = problems;
    }

    void accept(X12.Segment s) {
      switch (s.tag()) {
        case "ISA" -> {
          for (int i = 1; i <= 16; i++) {
            isa[i] = s.element(i).trim();
          }
        }
        case "GS" -> gs = s;
        case "ST" -> {
          st02 = s.element(2);
          transactionNumber++;
          claims = new ArrayList<>();
          memberPosition = 0;
        }
        case "BHT" -> bht03 = bht03 == null ? s.element(3) : bht03;
        case "NM1" -> nm1(s);
        case "SBR" -> filing = s.element(9);
        case "CLM" -> {
          closeClaim();
          clm = s;
          icn = null;
          lines = new ArrayList<>();
        }
        case "REF" -> {
          if ("F8".equals(s.element(1))) {
            icn = s.element(2);
          } else if ("6R".equals(s.element(1))) {
            ref6r = s.element(2);
          }
        }
        case "LX" -> closeLine();
        case "SV1" -> sv1 = s;
        case "DTP" -> {
          if ("472".equals(s.element(1))) {
            dos = s.element(3);
          }
        }
        case "SE" -> {
          closeClaim();
          final int number = transactionNumber;
          transactions.add(
              new Transaction(
                  st02,
                  claims,
                  problems.stream().filter(p -> p.transaction() == number).toList(),
                  memberPosition));
        }
        default -> {
          // not needed for answers
        }
      }
    }

    private void nm1(X12.Segment s) {
      switch (s.element(1)) {
        case "41" -> {
          submitterName = s.element(3);
          submitterId = s.element(9);
        }
        case "85" -> {
          billingName = s.element(3);
          billingNpi = s.element(9);
        }
        case "IL" -> {
          last = s.element(3);
          first = s.element(4);
          memberId = s.element(9);
          if (memberPosition == 0) {
            memberPosition = s.position();
          }
        }
        case "PR" -> {
          payerName = s.element(3);
          payerId = s.element(9);
        }
        default -> {
          // receiver, rendering provider...
        }
      }
    }

    private void closeLine() {
      if (sv1 != null) {
        lines.add(
            new Line(
                sv1.components(1), new BigDecimal(sv1.element(2)), sv1.element(4), dos, ref6r));
        sv1 = null;
        ref6r = null;
      }
    }

    private void closeClaim() {
      closeLine();
      if (clm != null) {
        claims.add(
            new Claim(
                clm.element(1),
                new BigDecimal(clm.element(2)),
                clm.component(5, 3),
                icn,
                filing,
                memberId == null ? "" : memberId,
                last,
                first,
                billingName,
                billingNpi,
                payerName,
                payerId,
                submitterName,
                submitterId,
                lines));
        clm = null;
      }
    }

    Submission build() {
      if (gs == null) {
        throw new IllegalArgumentException("no functional group");
      }
      return new Submission(
          isa[5],
          isa[6],
          isa[7],
          isa[8],
          isa[13],
          gs.element(2),
          gs.element(3),
          gs.element(6),
          bht03,
          transactions);
    }
  }
}
