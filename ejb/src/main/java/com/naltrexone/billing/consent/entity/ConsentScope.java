package com.naltrexone.billing.consent.entity;

/** Which payers a Part 2 consent lets us disclose to. */
public enum ConsentScope {
  /** Any health plan or third-party payer (the 2024 rule's generic recipient description). */
  ALL_PAYERS,
  /** One named payer. */
  PAYER
}
