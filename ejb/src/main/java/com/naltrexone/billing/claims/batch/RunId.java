package com.naltrexone.billing.claims.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

/** The submission run a job execution works for (job parameter {@code runId}). */
final class RunId {

  static final String PARAMETER = "runId";

  private RunId() {}

  static long of(JobContext job) {
    return Long.parseLong(
        BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty(PARAMETER));
  }
}
