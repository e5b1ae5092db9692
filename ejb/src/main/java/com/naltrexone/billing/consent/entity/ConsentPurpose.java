package com.naltrexone.billing.consent.entity;

/**
 * What the consent allows disclosure for. Both cover the payment disclosures this system makes (837
 * claims, PA packets, 270 eligibility requests); TPO also covers treatment and operations.
 */
public enum ConsentPurpose {
  PAYMENT,
  TPO
}
