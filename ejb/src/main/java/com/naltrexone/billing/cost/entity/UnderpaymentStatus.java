package com.naltrexone.billing.cost.entity;

/** An underpayment waits in the queue until the payer's reversal or staff resolve it. */
public enum UnderpaymentStatus {
  OPEN,
  RESOLVED
}
