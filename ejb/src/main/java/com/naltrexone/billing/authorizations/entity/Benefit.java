package com.naltrexone.billing.authorizations.entity;

/** Which benefit the drug is requested under: buy-and-bill (medical) or a pharmacy fill. */
public enum Benefit {
  MEDICAL,
  PHARMACY
}
