package com.naltrexone.billing.remittance.boundary;

import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one 835 import did.
 *
 * @param fileId the stored file, null when nothing was stored (the whole file was already imported)
 * @param alreadyImported every payment in the file had been imported before: nothing was written
 * @param alreadyImportedFileId the file that first brought them (the first one's, if several)
 * @param totalPaid Σ CLP04 of the claims posted
 * @param totalPlb Σ PLB amounts put on the provider ledger (positive reduced the payment)
 */
public record ImportReport(
    Long fileId,
    boolean alreadyImported,
    Long alreadyImportedFileId,
    int transactions,
    int transactionsPosted,
    int transactionsRejected,
    int transactionsAlreadyImported,
    int claims,
    int claimsPosted,
    int claimsDenied,
    int claimsUnmatched,
    int claimsReversed,
    BigDecimal totalPaid,
    BigDecimal totalPlb,
    List<TransactionResult> details) {

  public ImportReport {
    details = List.copyOf(details);
  }

  /**
   * One transaction set (payment) of the file.
   *
   * @param id the stored transaction, null when it was already imported
   * @param status POSTED, REJECTED or ALREADY_IMPORTED
   * @param reason why it was rejected (one sentence per line), or which import had it already
   * @param alreadyImportedAs the earlier transaction with the same payment, when status says so
   * @param alreadyImportedFileId that transaction's file
   */
  public record TransactionResult(
      Long id,
      int position,
      String payerIdentifier,
      String traceNumber,
      String isa13,
      String gs06,
      String st02,
      String status,
      String reason,
      Long alreadyImportedAs,
      Long alreadyImportedFileId,
      int claims,
      int claimsPosted,
      int claimsDenied,
      int claimsUnmatched,
      int claimsReversed,
      BigDecimal totalPayment,
      BigDecimal totalPaid,
      BigDecimal totalPlb) {

    /** A transaction set as this import stored it, with its counts and totals. */
    static TransactionResult of(RemittanceTransaction t) {
      return new TransactionResult(
          t.getId(),
          t.getPosition(),
          t.getPayerIdentifier(),
          t.getTraceNumber(),
          t.getIsa13(),
          t.getGs06(),
          t.getSt02(),
          t.getStatus().name(),
          t.getReason(),
          null,
          null,
          t.getClaims(),
          t.getClaimsPosted(),
          t.getClaimsDenied(),
          t.getClaimsUnmatched(),
          t.getClaimsReversed(),
          t.getTotalPayment(),
          t.getTotalPaid(),
          t.getTotalPlb());
    }

    /** A transaction set of a file imported before (same bytes): nothing posted this time. */
    static TransactionResult alreadyImported(RemittanceTransaction t, long fileId) {
      return new TransactionResult(
          null,
          t.getPosition(),
          t.getPayerIdentifier(),
          t.getTraceNumber(),
          t.getIsa13(),
          t.getGs06(),
          t.getSt02(),
          "ALREADY_IMPORTED",
          "this file was imported before (same SHA-256)",
          t.getId(),
          fileId,
          0,
          0,
          0,
          0,
          0,
          t.getTotalPayment(),
          BigDecimal.ZERO,
          BigDecimal.ZERO);
    }
  }

  static ImportReport of(Long fileId, List<TransactionResult> details) {
    int posted = 0;
    int rejected = 0;
    int already = 0;
    int claims = 0;
    int claimsPosted = 0;
    int denied = 0;
    int unmatched = 0;
    int reversed = 0;
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal plb = BigDecimal.ZERO;
    Long firstFile = null;
    for (TransactionResult t : details) {
      switch (t.status()) {
        case "POSTED" -> posted++;
        case "REJECTED" -> rejected++;
        default -> {
          already++;
          if (firstFile == null) {
            firstFile = t.alreadyImportedFileId();
          }
        }
      }
      claims += t.claims();
      claimsPosted += t.claimsPosted();
      denied += t.claimsDenied();
      unmatched += t.claimsUnmatched();
      reversed += t.claimsReversed();
      paid = paid.add(t.totalPaid());
      plb = plb.add(t.totalPlb());
    }
    boolean all = !details.isEmpty() && already == details.size();
    return new ImportReport(
        fileId,
        all,
        firstFile,
        details.size(),
        posted,
        rejected,
        already,
        claims,
        claimsPosted,
        denied,
        unmatched,
        reversed,
        paid,
        plb,
        details);
  }
}
