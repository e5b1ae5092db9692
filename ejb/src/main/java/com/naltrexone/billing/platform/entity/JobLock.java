package com.naltrexone.billing.platform.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row locked while a singleton job checks whether a run is already in progress. */
@Entity
@Table(name = "job_lock")
public class JobLock {

  public static final String CLAIM_SUBMISSION = "claim-submission";
  public static final String PAYMENT_FOLLOW_UP = "payment-follow-up";

  @Id private String name;

  protected JobLock() {}

  public String getName() {
    return name;
  }
}
