package com.naltrexone.billing.security.entity;

/** What a user may do. Names are the Jakarta Security group and role names. */
public enum Role {
  /** Builds, corrects and follows up claims; posts remittance. */
  BILLER,
  /** Works prior authorizations and prints PA packets. */
  PA_COORDINATOR,
  /** Records prescriptions, doses and clinical evidence. */
  CLINICIAN,
  /** Manages users, payers and reference data. */
  ADMIN,
  /** The nightly job and other machine callers. */
  SYSTEM;

  public static final String BILLER_NAME = "BILLER";
  public static final String PA_COORDINATOR_NAME = "PA_COORDINATOR";
  public static final String CLINICIAN_NAME = "CLINICIAN";
  public static final String ADMIN_NAME = "ADMIN";
  public static final String SYSTEM_NAME = "SYSTEM";
}
