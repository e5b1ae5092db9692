package com.naltrexone.billing.cost.entity;

/**
 * Which benefit a plan pays Vivitrol under: the medical benefit (the clinic buys and bills J2315)
 * or the pharmacy benefit (a specialty pharmacy bills the kit; the clinic bills 96372 only).
 */
public enum DrugBenefit {
  MEDICAL,
  PHARMACY
}
