package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.claims.entity.SubmissionRun;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/** Starts the claim submission job, from the schedule or on demand, one run at a time. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionRuns {

  public static final String JOB = "ClaimSubmissionJob";
  private static final Logger LOG = Logger.getLogger(SubmissionRuns.class.getName());
  private static final Set<BatchStatus> ALIVE =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @EJB ClaimSubmission submission;
  @PersistenceContext EntityManager em;

  /**
   * Starts a run. Refused (409) while another is in progress; a run whose execution died with a
   * crashed server is marked ABANDONED first, and the new run finishes its work.
   */
  public SubmissionRun start(String trigger, Integer chunkSize) {
    abandonDeadRuns();
    SubmissionRun run = submission.open(trigger);
    Properties parameters = new Properties();
    parameters.setProperty("runId", String.valueOf(run.getId()));
    if (chunkSize != null) {
      parameters.setProperty("chunkSize", String.valueOf(chunkSize));
    }
    try {
      long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
      LOG.info(() -> "Submission run " + run.getId() + " started as job execution " + execution);
    } catch (RuntimeException e) {
      submission.finish(run.getId(), "FAILED", "the batch job did not start: " + e.getMessage());
      throw e;
    }
    return submission.run(run.getId());
  }

  private void abandonDeadRuns() {
    JobOperator operator = BatchRuntime.getJobOperator();
    Instant booted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    for (SubmissionRun run :
        em.createNamedQuery(SubmissionRun.ACTIVE, SubmissionRun.class).getResultList()) {
      boolean alive = false;
      if (run.getJobExecutionId() != null && !run.getStartedAt().isBefore(booted)) {
        try {
          JobExecution execution = operator.getJobExecution(run.getJobExecutionId());
          alive = ALIVE.contains(execution.getBatchStatus());
        } catch (RuntimeException unknown) {
          alive = false;
        }
      } else if (run.getJobExecutionId() == null && !run.getStartedAt().isBefore(booted)) {
        alive = true; // just opened, its job is being started
      }
      if (!alive) {
        submission.abandon(run.getId(), "its job execution ended without finishing (restart?)");
      }
    }
  }

  /** The batch runtime's view of a run's execution, for progress pages. */
  public String batchStatus(SubmissionRun run) {
    if (run.getJobExecutionId() == null) {
      return null;
    }
    try {
      return BatchRuntime.getJobOperator()
          .getJobExecution(run.getJobExecutionId())
          .getBatchStatus()
          .name();
    } catch (RuntimeException e) {
      return "UNKNOWN";
    }
  }
}
