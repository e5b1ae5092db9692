package com.naltrexone.billing.drugs.entity;

/** Injection (billed by us on the medical benefit) or oral tablet (pharmacy benefit). */
public enum DrugForm {
  INJECTION,
  ORAL
}
