package com.naltrexone.billing.remittance.boundary;

/**
 * Fired inside the import's transaction when an 835 file has been stored and posted. Observers that
 * follow the money (cost of access) listen after the commit ({@code
 * TransactionPhase.AFTER_SUCCESS}) and read the committed postings themselves ({@link
 * Remittances#postings}), page by page in their own transactions, so the import never waits for
 * them and never rolls back because of them.
 *
 * @param fileId the stored file
 * @param claimsPosted claim payments posted to our claims (0: nothing to follow)
 */
public record RemittanceImported(long fileId, int claimsPosted) {}
