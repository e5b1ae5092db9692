package com.naltrexone.billing.claims.ui;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.ClaimWorklists.SubmittedFile;
import com.naltrexone.billing.claims.boundary.SubmissionRuns;
import com.naltrexone.billing.claims.control.SubmissionProgress;
import com.naltrexone.billing.claims.entity.SubmissionRun;
import com.naltrexone.billing.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The nightly submission page: the last runs with their counts, "start a run now", the progress of
 * the run being watched (polled while it runs) and the files it sent with their 999/277CA outcome.
 */
@Named
@ViewScoped
public class SubmissionMonitor implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int RUNS_SHOWN = 15;

  @EJB SubmissionRuns runs;
  @EJB ClaimSubmission submission;
  @EJB ClaimWorklists worklists;

  /** The run shown in detail: {@code ?run=}, else the newest. */
  private Long runId;

  private transient List<SubmissionRun> recent;
  private transient SubmissionRun watched;
  private transient List<SubmittedFile> files;

  public void load() {
    recent = submission.recentRuns(RUNS_SHOWN);
    if (runId == null && !recent.isEmpty()) {
      runId = recent.get(0).getId();
    }
    watched = null;
    files = null;
    if (runId != null) {
      try {
        watched = submission.run(runId);
        files = worklists.files(runId);
      } catch (RuntimeException e) {
        runId = null;
        Feedback.failed(e);
      }
    }
  }

  public void start() {
    try {
      SubmissionRun run = runs.start("MANUAL", null);
      runId = run.getId();
      Feedback.done(
          "Submission run "
              + run.getId()
              + " started: it builds claims for new doses, then sends every ready claim.");
    } catch (RuntimeException e) {
      Feedback.failed(e);
    }
    load();
  }

  /** Called by the poll while the watched run runs. */
  public void refresh() {
    load();
  }

  public boolean isRunning() {
    return watched != null && "RUNNING".equals(watched.getStatus());
  }

  public int getProgress() {
    if (watched == null) {
      return 0;
    }
    return SubmissionProgress.percent(watched);
  }

  public List<SubmissionRun> getRecent() {
    if (recent == null) {
      load();
    }
    return recent;
  }

  public SubmissionRun getWatched() {
    if (recent == null) {
      load();
    }
    return watched;
  }

  public List<SubmittedFile> getFiles() {
    if (recent == null) {
      load();
    }
    return files == null ? List.of() : files;
  }

  public Long getRunId() {
    return runId;
  }

  public void setRunId(Long runId) {
    this.runId = runId;
  }
}
