/**
 * Remittance: reading and checking inbound 835 (005010X221A1). Plain Java (no CDI or JPA).
 *
 * <ul>
 *   <li>{@link com.naltrexone.billing.remittance.control.Remittance835Reader} - streams an 835 into
 *       {@link com.naltrexone.billing.remittance.control.Remittance} values, claim by claim; bad
 *       envelopes give a 999-style report, bad claims are degraded one by one.
 *   <li>{@link com.naltrexone.billing.remittance.control.RemittanceBalance} - the line, claim and
 *       transaction balancing rules, with sentences naming claim, line and amounts.
 * </ul>
 *
 * <p>Not here: idempotency, matching to our claims, posting, denial queue (the boundary).
 */
package com.naltrexone.billing.remittance.control;
