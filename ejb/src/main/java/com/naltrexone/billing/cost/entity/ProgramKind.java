package com.naltrexone.billing.cost.entity;

/** Who funds an assistance program. */
public enum ProgramKind {
  /** The manufacturer's co-pay savings program (commercial coverage only, capped). */
  MANUFACTURER,
  /** An independent charitable foundation or grant fund. */
  FOUNDATION
}
