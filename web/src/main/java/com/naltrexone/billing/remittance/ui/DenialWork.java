package com.naltrexone.billing.remittance.ui;

import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.web.Feedback;
import com.naltrexone.billing.web.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Working one denial from the home worklist or the claim page: the biller picks it (a dialog shows
 * its CARC/RARC, reason, what to do and the appeal deadline), writes what was done and either marks
 * it worked or sends it to appeal ({@link Remittances#worked}, {@link Remittances#appealed}). The
 * version read when the dialog opened goes with the action: someone else's change in between is
 * refused ("reload and try again").
 */
@Named
@ViewScoped
public class DenialWork implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Remittances remittances;
  @Inject StaffAccess access;

  private Long denialId;
  private long version;
  private long claimId;
  private String carc;
  private String remarks;
  private BigDecimal amount;
  private String reason;
  private LocalDate appealDeadline;
  private String note;

  /** Opens the dialog on the denial named by the clicked button's {@code denial} parameter. */
  public void select() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("denial");
    try {
      Denial d = remittances.denial(Long.parseLong(id));
      denialId = d.getId();
      version = d.getVersion();
      claimId = d.getClaimId();
      carc = d.getGroupCode() == null ? "none" : d.getGroupCode() + "-" + d.getReasonCode();
      remarks = d.getRemarkCodes();
      amount = d.getAmount();
      reason = d.getReasonText() + " " + d.getSuggestedAction();
      appealDeadline = d.getAppealDeadline();
      note = null;
    } catch (RuntimeException e) {
      denialId = null;
      Feedback.failed(e);
    }
  }

  public String markWorked() {
    return act(false);
  }

  public String sendToAppeal() {
    return act(true);
  }

  private String act(boolean appeal) {
    if (!access.isBilling()) {
      Feedback.failed(
          new com.naltrexone.billing.platform.BusinessRuleException(
              "denial", "only billers and administrators work denials"));
      return null;
    }
    if (denialId == null) {
      Feedback.failed(
          new com.naltrexone.billing.platform.BusinessRuleException(
              "denial", "pick a denial from the list first"));
      return null;
    }
    try {
      Denial d =
          appeal
              ? remittances.appealed(denialId, version, note)
              : remittances.worked(denialId, version, note);
      Feedback.done(
          "Denial "
              + d.getId()
              + " ("
              + carc
              + ") of claim "
              + d.getClaimId()
              + (appeal ? " sent to appeal: " : " marked worked: ")
              + d.getNote());
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      denialId = null;
      String page = faces.getViewRoot().getViewId();
      return page
          + "?faces-redirect=true"
          + (page.equals("/claims/claim.xhtml") ? "&id=" + claimId : "");
    } catch (RuntimeException e) {
      Feedback.failed(e);
      return null;
    }
  }

  public boolean isSelected() {
    return denialId != null;
  }

  public Long getDenialId() {
    return denialId;
  }

  public long getClaimId() {
    return claimId;
  }

  public String getCarc() {
    return carc;
  }

  public String getRemarks() {
    return remarks;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getAppealDeadline() {
    return appealDeadline;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
