package com.naltrexone.billing.prescriptions.entity;

/** Deep IM gluteal injection, alternating sides. */
public enum InjectionSite {
  LEFT_GLUTEAL,
  RIGHT_GLUTEAL
}
