package com.naltrexone.billing.authorizations.entity;

/** How the request went to the payer. ELECTRONIC is X12 278 or NCPDP ePA (not built yet). */
public enum Channel {
  FAX,
  PORTAL,
  PHONE,
  ELECTRONIC
}
