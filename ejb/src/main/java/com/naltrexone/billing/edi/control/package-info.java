/**
 * Shared X12 plumbing: StAEDI schema loading ({@link
 * com.naltrexone.billing.edi.control.X12Schemas}), a flat validating segment reader ({@link
 * com.naltrexone.billing.edi.control.X12SegmentStream}), a whole-file validator and the {@link
 * com.naltrexone.billing.edi.control.X12Issue} that locates a problem without carrying element data
 * (no patient details in logs or work queues).
 */
package com.naltrexone.billing.edi.control;
