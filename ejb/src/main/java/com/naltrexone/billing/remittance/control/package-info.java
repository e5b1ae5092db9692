/**
 * Remittance: reading and checking inbound 835 (005010X221A1). Plain Java (no CDI or JPA).
 *
 * <ul>
 *   <li>{@link com.naltrexone.billing.remittance.control.Remittance835Reader} - streams an 835 into
 *       {@link com.naltrexone.billing.remittance.control.Remittance} values, claim by claim; bad
 *       envelopes give a 999-style report, bad claims are degraded one by one.
 *   <li>{@link com.naltrexone.billing.remittance.control.RemittanceBalance} - the line, claim and
 *       transaction balancing rules, with sentences naming claim, line and amounts.
 *   <li>{@link com.naltrexone.billing.remittance.control.RemittanceCheck} - the importer's first
 *       read: which transaction sets may be posted, and repeats within one file.
 *   <li>{@link com.naltrexone.billing.remittance.control.PostingRules} - what posting one claim
 *       means (outcome, write-off, patient responsibility split, denials), R1-R6.
 *   <li>{@link com.naltrexone.billing.remittance.control.LineMatcher} - SVC to our claim line by
 *       REF*6R, else code + modifiers + date + units, never a guess.
 *   <li>{@link com.naltrexone.billing.remittance.control.ReasonCodes}, {@link
 *       com.naltrexone.billing.remittance.control.RemittanceText} - CARC/RARC reference lists; a
 *       claim written back as segments for the unmatched queue.
 * </ul>
 *
 * <p>Not here: storage, idempotency (unique constraints), claim look-up and the queues (the
 * boundary, {@code Remittances} and {@code RemittancePosting}; see docs/remittance.md).
 */
package com.naltrexone.billing.remittance.control;
