package com.naltrexone.billing.claims.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the claim submission job, with its progress counters for the UI. */
@Entity
@Table(name = "submission_run")
@NamedQuery(name = SubmissionRun.RECENT, query = "select r from SubmissionRun r order by r.id desc")
@NamedQuery(
    name = SubmissionRun.ACTIVE,
    query = "select r from SubmissionRun r where r.status = 'RUNNING' order by r.id")
/*
 * Written and sent claims are counted in the database (ADD_WRITTEN, ADD_SENT) rather than through
 * the entity: the write step sends each interchange on another thread while it writes the next, so
 * two transactions count on the same run at once, and a version check would fail one of them. The
 * claims a build page batched itself count as read the same way (ADD_READ): the build's parts
 * commit pages at the same time, and a page's transaction neither loads nor versions the run.
 */
@NamedQuery(
    name = SubmissionRun.ADD_WRITTEN,
    query = "update SubmissionRun r set r.claimsWritten = r.claimsWritten + :n where r.id = :id")
@NamedQuery(
    name = SubmissionRun.ADD_READ,
    query = "update SubmissionRun r set r.claimsRead = r.claimsRead + :n where r.id = :id")
@NamedQuery(
    name = SubmissionRun.ADD_SENT,
    query =
        "update SubmissionRun r set r.claimsSent = r.claimsSent + :n,"
            + " r.interchanges = r.interchanges + 1 where r.id = :id")
public class SubmissionRun extends RegistryRecord {

  public static final String RECENT = "SubmissionRun.recent";
  public static final String ACTIVE = "SubmissionRun.active";
  public static final String ADD_WRITTEN = "SubmissionRun.addWritten";
  public static final String ADD_SENT = "SubmissionRun.addSent";
  public static final String ADD_READ = "SubmissionRun.addRead";

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "trigger_kind", nullable = false)
  private String trigger;

  @Column(nullable = false)
  private String status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "claims_built")
  private int claimsBuilt;

  @Column(name = "claims_read")
  private int claimsRead;

  @Column(name = "claims_to_batch")
  private int claimsToBatch;

  @Column(name = "claims_held")
  private int claimsHeld;

  @Column(name = "claims_written")
  private int claimsWritten;

  @Column(name = "claims_sent")
  private int claimsSent;

  private int interchanges;

  private String error;

  protected SubmissionRun() {}

  public SubmissionRun(String trigger, Instant startedAt) {
    this.trigger = trigger;
    this.startedAt = startedAt;
    this.status = "RUNNING";
  }

  public void started(long jobExecutionId) {
    this.jobExecutionId = jobExecutionId;
  }

  public void built(int n) {
    claimsBuilt += n;
  }

  /**
   * The batch step (re)started with {@code stillReady} READY claims ahead of it: those it will read
   * on top of the ones it has read already.
   */
  public void willBatch(long stillReady) {
    claimsToBatch = (int) Math.min(Integer.MAX_VALUE, claimsRead + stillReady);
  }

  public void read(int n) {
    claimsRead += n;
  }

  public void held(int n) {
    claimsHeld += n;
  }

  /**
   * Counts a sent interchange on this object; the job itself counts in the database ({@link
   * #ADD_SENT}), where two transactions may count at once.
   */
  public void sent(int claims) {
    claimsSent += claims;
    interchanges++;
  }

  public void finished(Instant at, String finalStatus, String why) {
    this.endedAt = at;
    this.status = finalStatus;
    this.error = why == null || why.length() <= 400 ? why : why.substring(0, 400);
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public String getTrigger() {
    return trigger;
  }

  public String getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public int getClaimsBuilt() {
    return claimsBuilt;
  }

  public int getClaimsRead() {
    return claimsRead;
  }

  public int getClaimsToBatch() {
    return claimsToBatch;
  }

  public int getClaimsHeld() {
    return claimsHeld;
  }

  public int getClaimsWritten() {
    return claimsWritten;
  }

  public int getClaimsSent() {
    return claimsSent;
  }

  public int getInterchanges() {
    return interchanges;
  }

  public String getError() {
    return error;
  }
}
