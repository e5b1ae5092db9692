package com.naltrexone.billing.it;

import com.naltrexone.billing.patients.boundary.PatientData;
import com.naltrexone.billing.patients.entity.Sex;
import com.naltrexone.billing.platform.entity.Address;
import java.time.LocalDate;
import java.util.UUID;

/** Synthetic test data shared by the in-container tests (deployed with every test archive). */
public final class Fixtures {

  private Fixtures() {}

  /** Starts a submission run and waits (at most 90 s) until it is no longer RUNNING. */
  public static com.naltrexone.billing.claims.entity.SubmissionRun runToTheEnd(
      com.naltrexone.billing.claims.boundary.SubmissionRuns runs,
      com.naltrexone.billing.claims.boundary.ClaimSubmission submission)
      throws InterruptedException {
    var run = runs.start("MANUAL", 2);
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
    while (java.time.Instant.now().isBefore(deadline)) {
      var now = submission.run(run.getId());
      if (!"RUNNING".equals(now.getStatus())) {
        return now;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("submission run " + run.getId() + " did not finish in 90 s");
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  public static PatientData patientData(String mrn) {
    PatientData d = new PatientData();
    d.mrn = mrn;
    d.firstName = "TEST";
    d.lastName = "PATIENT";
    d.birthDate = LocalDate.of(1980, 2, 29);
    d.sex = Sex.F;
    d.address = new Address("1 ELM ST", null, "SPRINGFIELD", "IL", "62702");
    return d;
  }
}
