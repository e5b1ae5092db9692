package com.naltrexone.billing.remittance.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic, balanced Vivitrol 835 with N claims in one transaction set (the worst case
 * for memory) for the benchmark: each claim is J2315 x 380 + 96372 with CO-45 and PR-2 per line,
 * REF*6R and AMT*B6; a final PLB carries WO 10.00 and L6 -1.00. Streams to disk; one segment per
 * line. 50,000 claims come to about 19 MB.
 *
 * <pre>
 * java -cp ... com.naltrexone.billing.remittance.control.Synthetic835Generator out.835 50000
 * </pre>
 */
public final class Synthetic835Generator {

  private static final BigDecimal DRUG_CHARGE = new BigDecimal("1600.00");
  private static final BigDecimal ADMIN_CHARGE = new BigDecimal("50.00");
  private static final BigDecimal COINSURANCE = new BigDecimal("0.20");
  private static final BigDecimal WO = new BigDecimal("10.00");
  private static final BigDecimal INTEREST = new BigDecimal("-1.00");

  private Synthetic835Generator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int claims = Integer.parseInt(args[1]);
    BigDecimal total = write(out, claims);
    System.out.printf("%s: %d claims, %d bytes, BPR02 %s%n", out, claims, Files.size(out), total);
  }

  /**
   * Writes the file.
   *
   * @return BPR02 (Σ paid − PLB)
   */
  public static BigDecimal write(Path file, int claims) throws IOException {
    BigDecimal paid = BigDecimal.ZERO;
    for (int i = 0; i < claims; i++) {
      paid = paid.add(claimPaid(i));
    }
    BigDecimal bpr02 = paid.subtract(WO.add(INTEREST));
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII))) {
      Segments s = new Segments(w);
      s.raw(
          "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLINICSUBMIT   *250210*0900*^*00501*000000900*0*P*:~\n");
      s.raw("GS*HP*CLEARINGHOUSE*CLINICSUBMIT*20250210*0900*900*X*005010X221A1~\n");
      s.count = 0;
      s.put("ST*835*0001*005010X221A1");
      s.put(
          "BPR*C*"
              + bpr02.toPlainString()
              + "*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*888888888*DA*654321*20250210");
      s.put("TRN*1*EFTSYNTH0001*1999999999");
      s.put("DTM*405*20250210");
      s.put("N1*PR*EXAMPLE HEALTH PLAN*XV*PAYER01");
      s.put("N3*500 PAYER WAY");
      s.put("N4*SPRINGFIELD*IL*627030000");
      s.put("PER*BL*PROVIDER SERVICES*TE*5555550199");
      s.put("N1*PE*EXAMPLE RECOVERY CLINIC*XX*1234567893");
      s.put("LX*1");
      for (int i = 0; i < claims; i++) {
        claim(s, i);
      }
      s.put(
          "PLB*1234567893*20251231*WO:SYNTHICN*"
              + WO.toPlainString()
              + "*L6*"
              + INTEREST.toPlainString());
      s.put("SE*" + (s.count + 1) + "*0001");
      s.raw("GE*1*900~\nIEA*1*000000900~\n");
    }
    return bpr02;
  }

  /** Allowed amount for the drug line of claim i: varies a little so sums are not trivial. */
  private static BigDecimal drugAllowed(int i) {
    return new BigDecimal("1544.00").subtract(BigDecimal.valueOf(i % 97, 2));
  }

  private static BigDecimal adminAllowed(int i) {
    return new BigDecimal("46.50").subtract(BigDecimal.valueOf(i % 13, 2));
  }

  private static BigDecimal pr(BigDecimal allowed) {
    return allowed.multiply(COINSURANCE).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal claimPaid(int i) {
    BigDecimal drug = drugAllowed(i);
    BigDecimal admin = adminAllowed(i);
    return drug.subtract(pr(drug)).add(admin.subtract(pr(admin)));
  }

  private static void claim(Segments s, int i) throws IOException {
    String pcn = "PCN%09d".formatted(i);
    BigDecimal drug = drugAllowed(i);
    BigDecimal admin = adminAllowed(i);
    BigDecimal responsibility = pr(drug).add(pr(admin));
    s.put(
        "CLP*%s*1*%s*%s*%s*12*ICN%09d"
            .formatted(
                pcn,
                DRUG_CHARGE.add(ADMIN_CHARGE).toPlainString(),
                claimPaid(i).toPlainString(),
                responsibility.toPlainString(),
                i));
    s.put("NM1*QC*1*PATIENT*SYNTHETIC****MI*MBR%09d".formatted(i));
    line(s, pcn + "L1V1", "HC:J2315:JZ", DRUG_CHARGE, drug, "380");
    line(s, pcn + "L2V1", "HC:96372", ADMIN_CHARGE, admin, "1");
  }

  private static void line(
      Segments s, String control, String code, BigDecimal charge, BigDecimal allowed, String units)
      throws IOException {
    BigDecimal pr = pr(allowed);
    s.put(
        "SVC*%s*%s*%s**%s"
            .formatted(code, charge.toPlainString(), allowed.subtract(pr).toPlainString(), units));
    s.put("DTM*472*20250114");
    s.put("CAS*CO*45*" + charge.subtract(allowed).toPlainString());
    s.put("CAS*PR*2*" + pr.toPlainString());
    s.put("REF*6R*" + control);
    s.put("AMT*B6*" + allowed.toPlainString());
  }

  /** Writes segments and counts those inside ST..SE. */
  private static final class Segments {
    final Writer w;
    int count;

    Segments(Writer w) {
      this.w = w;
    }

    void put(String segment) throws IOException {
      w.write(segment);
      w.write("~\n");
      count++;
    }

    void raw(String text) throws IOException {
      w.write(text);
    }
  }
}
