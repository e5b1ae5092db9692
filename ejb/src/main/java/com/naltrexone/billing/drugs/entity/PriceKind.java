package com.naltrexone.billing.drugs.entity;

/** What a price row means. Each kind has at most one row in force on any date per drug. */
public enum PriceKind {
  /** What the clinic paid the wholesaler (buy-and-bill cash at risk). */
  ACQUISITION,
  /** Wholesale acquisition cost, the list price from a compendium or invoice. */
  WAC,
  /** CMS quarterly ASP file payment limit, per HCPCS unit (J2315 = 1 mg). */
  ASP_LIMIT
}
