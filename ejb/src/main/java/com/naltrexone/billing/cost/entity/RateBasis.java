package com.naltrexone.billing.cost.entity;

/** How a contract states its rate for a code. */
public enum RateBasis {
  /** A fixed amount per billing unit (fee schedule). */
  PER_UNIT,
  /** A percentage of the CMS ASP payment limit per unit in force on the date (e.g. 104). */
  PERCENT_OF_ASP
}
