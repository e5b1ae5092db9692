/**
 * Claims: X12 mapping for outbound 837P and the acknowledgments that answer it. Plain Java (no CDI
 * or JPA), called by the claim-submission batch.
 *
 * <ul>
 *   <li>{@link com.naltrexone.billing.claims.control.ClaimDocument} - the 837P's view of one claim.
 *   <li>{@link com.naltrexone.billing.claims.control.Claim837Writer} - one interchange, one ST per
 *       claim, validated against 005010X222A1 while written; bad claims held back with reasons.
 *   <li>{@link com.naltrexone.billing.claims.control.Ack999Reader} - 999 and TA1 into {@link
 *       com.naltrexone.billing.claims.control.AckResult}; malformed files give a parse report.
 *   <li>{@link com.naltrexone.billing.claims.control.Claim277Reader} - 277CA claim statuses into
 *       {@link com.naltrexone.billing.claims.control.ClaimStatusReport}.
 * </ul>
 *
 * <p>Not here: control-number sequences and persistence (the boundary/batch), transport (the
 * clearinghouse port), 835 posting (remittance).
 */
package com.naltrexone.billing.claims.control;
