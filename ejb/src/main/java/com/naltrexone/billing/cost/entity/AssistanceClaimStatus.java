package com.naltrexone.billing.cost.entity;

/** A claim to an assistance program: a receivable until the program pays it. */
public enum AssistanceClaimStatus {
  OPEN,
  PAID,
  /** The payer's payment behind it was reversed before the program paid. */
  VOID
}
