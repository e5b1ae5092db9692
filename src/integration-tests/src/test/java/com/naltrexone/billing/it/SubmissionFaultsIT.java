package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.boundary.SubmissionRuns;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.claims.entity.SubmissionRun;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The submission's bad days (issues 4 and 9): the clearinghouse is unreachable, so claims stay
 * READY with the error and go out on the next run, once; two starts at the same moment (the nightly
 * timer and a biller's click) make one run.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionFaultsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(SubmissionFaultsIT.class, CatalogSeed.class, ClaimScenario.class);
  }

  @EJB SubmissionRuns runs;
  @EJB ClaimSubmission submission;
  @EJB Claims claims;
  @EJB ClaimScenario scenario;

  private static Path outbound() {
    return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "edi", "outbound");
  }

  @Test
  void anUnreachableClearinghouseLeavesClaimsReadyWithTheErrorAndTheNextRunSendsThemOnce()
      throws Exception {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(dose, payer);

    // The drop folder is "down": its path is a plain file, so nothing can be written there.
    Path outbound = outbound();
    Path aside = outbound.resolveSibling("outbound-aside");
    Files.createDirectories(outbound);
    Files.move(outbound, aside);
    Files.writeString(outbound, "not a directory");
    SubmissionRun failed;
    try {
      failed = Fixtures.runToTheEnd(runs, submission);
    } finally {
      Files.delete(outbound);
      Files.move(aside, outbound);
    }

    Claim waiting = claimOf(dose);
    assertEquals(ClaimStatus.READY, waiting.getStatus(), "back in the queue, not lost");
    assertEquals(null, waiting.getSentAt());
    assertTrue(
        waiting.getFindings().stream()
            .anyMatch(f -> f.getCode().equals("SEND_FAILED") && f.getMessage().contains("cannot")),
        waiting.getFindings().toString());
    assertEquals(0, failed.getClaimsSent(), "nothing counted as sent while the folder was down");

    SubmissionRun retried = Fixtures.runToTheEnd(runs, submission);
    assertEquals("COMPLETED", retried.getStatus(), String.valueOf(retried.getError()));
    Claim sent = claimOf(dose);
    assertEquals(ClaimStatus.SENT, sent.getStatus());
    Interchange interchange = submission.interchange(sent.getInterchangeId());
    assertEquals(Interchange.Status.SENT, interchange.getStatus());
    int files = 0;
    try (var list = Files.list(outbound)) {
      for (Path f : list.toList()) {
        if (Files.readString(f, StandardCharsets.US_ASCII)
            .contains("CLM*" + sent.getPatientControlNumber() + "*")) {
          files++;
        }
      }
    }
    assertEquals(1, files, "the claim left in exactly one file");
  }

  @Test
  void twoStartsAtTheSameMomentOpenOneRun() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Long>> attempts = new ArrayList<>();
    for (String trigger : List.of("SCHEDULE", "MANUAL")) {
      Callable<Long> open =
          () -> {
            go.await();
            try {
              return submission.open(trigger).getId();
            } catch (ConflictException refused) {
              return null;
            }
          };
      attempts.add(pool.submit(open));
    }
    go.countDown();
    List<Long> opened = new ArrayList<>();
    for (Future<Long> attempt : attempts) {
      Long id = attempt.get(30, TimeUnit.SECONDS);
      if (id != null) {
        opened.add(id);
      }
    }
    pool.shutdown();
    try {
      assertEquals(1, opened.size(), "exactly one run opened: " + opened);
    } finally {
      for (Long id : opened) {
        submission.abandon(id, "test run, never started");
      }
    }
  }

  private Claim claimOf(Dose dose) {
    for (ClaimStatus status : ClaimStatus.values()) {
      for (Claim c : claims.byStatus(status, 0, 500).items()) {
        if (c.getDoseId() == dose.getId()) {
          return claims.get(c.getId());
        }
      }
    }
    throw new AssertionError("no claim for dose " + dose.getId());
  }
}
