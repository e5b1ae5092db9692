package com.naltrexone.billing.claims.control;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The 837P writer alone, for docs/benchmarks.md: writes N synthetic Vivitrol claims (default 2,000)
 * into one interchange, with the guide check (default) and with StAEDI validating every claim,
 * twice each (the first pass warms the JIT up), and prints ms per claim.
 *
 * <pre>
 * java -cp ejb/target/classes:ejb/target/test-classes:$(cat cp.txt) \
 *     com.naltrexone.billing.claims.control.Claim837WriterSpeed 2000
 * </pre>
 */
final class Claim837WriterSpeed {

  private Claim837WriterSpeed() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<ClaimDocument> docs = new ArrayList<>();
    List<String> st02 = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(SampleClaims.buyAndBill("PCN" + (100000 + i), "MEMBER" + i));
      st02.add(Integer.toString(1000 + i));
    }
    for (boolean guide : new boolean[] {true, false, true, false}) {
      long started = System.nanoTime();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Interchange837 written =
          new Claim837Writer(guide).write(SampleClaims.envelope(), docs, st02, out);
      double ms = (System.nanoTime() - started) / 1e6;
      System.out.printf(
          "%s: %d claims written (%d bytes) in %.0f ms = %.3f ms a claim%n",
          guide ? "guide check" : "StAEDI validation",
          written.accepted().size(),
          out.size(),
          ms,
          ms / n);
    }
  }
}
