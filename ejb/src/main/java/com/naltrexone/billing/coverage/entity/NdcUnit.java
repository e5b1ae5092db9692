package com.naltrexone.billing.coverage.entity;

/** The unit a payer wants in CTP05 for the NDC quantity: one kit (UN) or its volume (ML). */
public enum NdcUnit {
  UN,
  ML
}
