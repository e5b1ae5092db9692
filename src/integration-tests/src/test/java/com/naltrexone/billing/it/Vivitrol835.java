package com.naltrexone.billing.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: writes synthetic Vivitrol 835 files for claims we really sent (their CLM01 and line
 * control numbers), in the shape of the hand-written fixtures of ejb/src/test/resources/remittance.
 * BPR02 is Σ CLP04 − Σ PLB unless a test sets it.
 */
final class Vivitrol835 {

  private final String payerId;
  private final String trace;
  private final List<String> segments = new ArrayList<>();
  private BigDecimal claimsPaid = BigDecimal.ZERO;
  private BigDecimal plb = BigDecimal.ZERO;
  private String bpr02;
  private String claimDate = "";

  private Vivitrol835(String payerId, String trace) {
    this.payerId = payerId;
    this.trace = trace;
  }

  /** One payment (transaction set) from the payer with this N1*PR id. */
  static Vivitrol835 payment(String payerId835, String trace) {
    return new Vivitrol835(payerId835, trace);
  }

  static String date(LocalDate date) {
    return date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  /** Overrides BPR02 (to make the transaction fail balancing). */
  Vivitrol835 total(String bpr02) {
    this.bpr02 = bpr02;
    return this;
  }

  Vivitrol835 claim(
      String pcn,
      String status,
      String charge,
      String paid,
      String patientResponsibility,
      String icn,
      LocalDate serviceDate) {
    claimDate = date(serviceDate);
    segments.add(
        "CLP*"
            + pcn
            + "*"
            + status
            + "*"
            + charge
            + "*"
            + paid
            + "*"
            + patientResponsibility
            + "*12*"
            + icn);
    segments.add("NM1*QC*1*DOE*JANE****MI*MEMBER123");
    segments.add("DTM*232*" + claimDate);
    claimsPaid = claimsPaid.add(new BigDecimal(paid));
    return this;
  }

  /** REF*F8 on a correction: the ICN of the claim it corrects. */
  Vivitrol835 corrects(String originalIcn) {
    segments.add(segments.size() - 1, "REF*F8*" + originalIcn);
    return this;
  }

  /**
   * One SVC with its CAS triples ({@code "CO*45*56"}), REF*6R (none when {@code lineControl} is
   * empty), AMT*B6 (none when {@code allowed} is null) and LQ*HE remarks.
   */
  Vivitrol835 line(
      String procedure,
      String charge,
      String paid,
      String units,
      String lineControl,
      String allowed,
      List<String> adjustments,
      String... remarks) {
    segments.add("SVC*HC:" + procedure + "*" + charge + "*" + paid + "**" + units);
    segments.add("DTM*472*" + claimDate);
    adjustments.forEach(a -> segments.add("CAS*" + a));
    if (!lineControl.isEmpty()) {
      segments.add("REF*6R*" + lineControl);
    }
    if (allowed != null) {
      segments.add("AMT*B6*" + allowed);
    }
    for (String remark : remarks) {
      segments.add("LQ*HE*" + remark);
    }
    return this;
  }

  /** One PLB adjustment pair, e.g. ("WO", "NB0000000050", "100"). */
  Vivitrol835 plb(String reason, String reference, String amount) {
    String code = reference.isEmpty() ? reason : reason + ":" + reference;
    segments.add("PLB*1234567893*20251231*" + code + "*" + amount);
    plb = plb.add(new BigDecimal(amount));
    return this;
  }

  /** ST..SE with this transaction set control number. */
  List<String> transactionSet(String st02) {
    String total = bpr02 != null ? bpr02 : claimsPaid.subtract(plb).toPlainString();
    List<String> out = new ArrayList<>();
    out.add("ST*835*" + st02 + "*005010X221A1");
    out.add(
        new BigDecimal(total).signum() == 0
            ? "BPR*H*0*C*NON************20250210"
            : "BPR*C*"
                + total
                + "*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*888888888*DA*654321*20250210");
    out.add("TRN*1*" + trace + "*1999999999");
    out.add("DTM*405*20250210");
    out.add("N1*PR*EXAMPLE HEALTH PLAN*XV*" + payerId);
    out.add("N3*500 PAYER WAY");
    out.add("N4*SPRINGFIELD*IL*627030000");
    out.add("PER*BL*PROVIDER SERVICES*TE*5555550199");
    out.add("N1*PE*EXAMPLE RECOVERY CLINIC*XX*1234567893");
    out.add("REF*TJ*123456789");
    out.add("LX*1");
    out.addAll(segments);
    out.add("SE*" + (out.size() + 1) + "*" + st02);
    return out;
  }

  /** A whole interchange (ISA13 = {@code isa13}, GS06 its number) of these transaction sets. */
  static String file(long isa13, Vivitrol835... payments) {
    String control = String.format("%09d", isa13);
    StringBuilder x12 = new StringBuilder();
    x12.append(
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLINICSUBMIT   *250210*0900*^")
        .append("*00501*")
        .append(control)
        .append("*0*P*:~\n");
    x12.append("GS*HP*CLEARINGHOUSE*CLINICSUBMIT*20250210*0900*")
        .append(isa13)
        .append("*X*005010X221A1~\n");
    for (int i = 0; i < payments.length; i++) {
      for (String segment : payments[i].transactionSet(String.format("%04d", i + 1))) {
        x12.append(segment).append("~\n");
      }
    }
    x12.append("GE*").append(payments.length).append('*').append(isa13).append("~\n");
    x12.append("IEA*1*").append(control).append("~\n");
    return x12.toString();
  }
}
