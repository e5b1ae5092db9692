package com.naltrexone.billing.remittance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correctness of the benchmark generator and of the streaming read on it (no timing). */
class GeneratedRemittanceTest {

  @Test
  void fiveHundredGeneratedClaimsReadAndBalance(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("synthetic.835");
    BigDecimal bpr02 = Synthetic835Generator.write(file, 500);

    List<String> problems = new ArrayList<>();
    BigDecimal[] sumPaid = {BigDecimal.ZERO};
    int[] claims = {0};
    Remittance835Reader.Report report;
    try (InputStream in = Files.newInputStream(file)) {
      report =
          new Remittance835Reader()
              .read(
                  in,
                  new Remittance835Reader.Listener() {
                    @Override
                    public void claim(Header header, Claim claim) {
                      claims[0]++;
                      sumPaid[0] = sumPaid[0].add(claim.paid());
                      if (claim.degraded()) {
                        problems.add(claim.issues().toString());
                      }
                      RemittanceBalance.claim(claim).forEach(f -> problems.add(f.message()));
                    }

                    @Override
                    public void trailer(Header header, Trailer trailer) {
                      assertEquals(0, bpr02.compareTo(header.totalPayment()));
                      RemittanceBalance.transaction(header, trailer)
                          .forEach(f -> problems.add(f.message()));
                      assertEquals(500, trailer.claimCount());
                      assertEquals(0, sumPaid[0].compareTo(trailer.totalPaid()));
                    }
                  });
    }
    assertTrue(report.valid(), () -> report.errors().toString());
    assertEquals(List.of(), problems);
    assertEquals(500, claims[0]);
    assertEquals(1, report.transactions());
    // 2 + 10 header + 500 x (2 + 2 x 6) + PLB + SE + GE + IEA
    assertEquals(7016, BareSegmentCounter.countSegments(file));
    assertEquals(500, BareSegmentCounter.readAndBalance(file));
  }
}
