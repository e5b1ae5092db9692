package com.naltrexone.billing.remittance.ui;

import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.remittance.boundary.ImportReport;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.boundary.Remittances.ClaimPaymentView;
import com.naltrexone.billing.remittance.control.ReasonCodes;
import com.naltrexone.billing.remittance.entity.ProviderLedgerEntry;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import com.naltrexone.billing.remittance.entity.RemittanceRemark;
import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
import com.naltrexone.billing.web.Feedback;
import com.naltrexone.billing.web.ServerPagedModel;
import com.naltrexone.billing.web.UnsortedPagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The remittance page: upload an 835 (the import report), the imports so far (server-paged) and one
 * import in detail: its transactions (checks/EFTs), their claim payments with lines and adjustments
 * (CARC text), and the PLB provider adjustments.
 */
@Named
@ViewScoped
public class RemittanceCenter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** As the REST upload: a month of a large clinic's 835s stays far below. */
  static final int MAX_BYTES = 100 * 1024 * 1024;

  /** Claim payments shown per transaction on the detail. */
  static final int PAYMENTS_SHOWN = 200;

  @EJB Remittances remittances;

  private transient Part upload;
  private ImportReport report;
  private Long fileId;
  private ServerPagedModel<RemittanceFile> files;
  private transient Remittances.FileView detail;
  private transient Map<Long, List<ClaimPaymentView>> payments;
  private transient Map<Long, List<ProviderLedgerEntry>> plb;
  private transient ReasonCodes codes;

  public void load() {
    detail = null;
    payments = new HashMap<>();
    plb = new HashMap<>();
    if (fileId == null) {
      return;
    }
    try {
      detail = remittances.file(fileId);
      for (RemittanceTransaction t : detail.transactions()) {
        payments.put(t.getId(), remittances.claimPayments(t.getId(), 0, PAYMENTS_SHOWN).items());
        plb.put(t.getId(), remittances.providerLedgerOf(t.getId()));
      }
    } catch (RuntimeException e) {
      fileId = null;
      Feedback.failed(e);
    }
  }

  /** Imports the uploaded file and shows its report (and the import, when one was stored). */
  public void importUpload() {
    report = null;
    try {
      if (upload == null || upload.getSize() == 0) {
        throw new BusinessRuleException("file", "choose the 835 file to upload");
      }
      if (upload.getSize() > MAX_BYTES) {
        throw new BusinessRuleException("file", "the file is larger than " + MAX_BYTES + " bytes");
      }
      byte[] content;
      try (InputStream in = upload.getInputStream()) {
        content = in.readAllBytes();
      }
      report =
          remittances.importFile(
              upload.getSubmittedFileName(), content, RemittanceFile.Source.UPLOAD);
      Feedback.done(summary(report));
      fileId = report.alreadyImported() ? report.alreadyImportedFileId() : report.fileId();
    } catch (IOException e) {
      Feedback.failed(new BusinessRuleException("file", "the upload could not be read"));
    } catch (RuntimeException e) {
      Feedback.failed(e);
    }
    files = null;
    load();
  }

  static String summary(ImportReport r) {
    if (r.alreadyImported()) {
      return "This file was already imported (import "
          + r.alreadyImportedFileId()
          + "): nothing was posted again.";
    }
    return "Imported: "
        + r.transactions()
        + " payment(s), "
        + r.claimsPosted()
        + " claim(s) posted, "
        + r.claimsDenied()
        + " denied, "
        + r.claimsUnmatched()
        + " unmatched, "
        + r.transactionsRejected()
        + " payment(s) rejected.";
  }

  public ServerPagedModel<RemittanceFile> getFiles() {
    if (files == null) {
      files =
          new UnsortedPagedModel<>(
              (first, max) -> remittances.files(first, max), RemittanceFile::getId);
    }
    return files;
  }

  public Remittances.FileView getDetail() {
    return detail;
  }

  public List<ClaimPaymentView> payments(long transactionId) {
    return payments == null ? List.of() : payments.getOrDefault(transactionId, List.of());
  }

  public List<ProviderLedgerEntry> plb(long transactionId) {
    return plb == null ? List.of() : plb.getOrDefault(transactionId, List.of());
  }

  /** "CO-45: description" for a claim or line adjustment. */
  public String carc(String code) {
    if (codes == null) {
      codes = remittances.reasonCodes();
    }
    return codes.carc(code).description();
  }

  /** "N54: description" for a remark code (RARC). */
  public String rarc(String code) {
    if (codes == null) {
      codes = remittances.reasonCodes();
    }
    return codes.rarc(code).description();
  }

  /** The remarks of one service line. */
  public List<RemittanceRemark> remarksOf(ClaimPaymentView payment, long servicePaymentId) {
    return payment.remarks().stream()
        .filter(r -> r.getServicePaymentId() != null && r.getServicePaymentId() == servicePaymentId)
        .toList();
  }

  /** The remarks of the claim itself (MOA, or LQ at claim level). */
  public List<RemittanceRemark> claimRemarks(ClaimPaymentView payment) {
    return payment.remarks().stream().filter(r -> r.getServicePaymentId() == null).toList();
  }

  public ImportReport getReport() {
    return report;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public Long getFileId() {
    return fileId;
  }

  public void setFileId(Long fileId) {
    this.fileId = fileId;
  }
}
