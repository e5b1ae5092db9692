package com.naltrexone.billing.claims.ui;

import com.naltrexone.billing.claims.boundary.ClaimClosingData;
import com.naltrexone.billing.claims.boundary.ClaimCorrectionData;
import com.naltrexone.billing.claims.boundary.ClaimCorrections;
import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One claim: lines, scrubber findings, status history, the 837 as sent, and the biller's actions
 * (correct and rescrub or replace, void, write off), each answering with what it did.
 */
@Named
@ViewScoped
public class ClaimDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Claims claims;
  @EJB ClaimCorrections corrections;
  @EJB ClaimWorklists worklists;
  @EJB Patients patients;
  @EJB Remittances remittances;

  private Long id;
  private transient Claim claim;

  /** Whether this instance of the view state has read the claim (false after a failover). */
  private transient boolean read;

  /**
   * The version of the claim this page showed (serializable, unlike the claim itself): actions send
   * it, so an action still refuses someone else's change made in between when the claim had to be
   * read again (the view moved to another instance after a failover, and its transient fields were
   * not replicated).
   */
  private Long shownVersion;

  private List<String> segments = List.of();
  private transient List<Remittances.ClaimPaymentView> postings;
  private transient List<Denial> denials;
  private String diagnosisCodes;
  private String payerClaimNumber;
  private String reason;

  /** The page's view action: loads the claim named by {@code ?id=}; its read is audited. */
  public void load() {
    if (id == null) {
      return;
    }
    read = true;
    try {
      claim = claims.get(id);
      shownVersion = claim.getVersion();
      patients.recordRead(claim.getPatientId(), "claim " + id);
      segments = worklists.segmentsAsSent(id);
      postings = remittances.paymentsForClaim(id);
      denials = remittances.denialsForClaim(id);
      diagnosisCodes = String.join(" ", claim.getDiagnosisCodes());
      payerClaimNumber = claim.getPayerClaimNumber();
    } catch (RuntimeException e) {
      claim = null;
      Feedback.failed(e);
    }
  }

  /** The 835 payments posted to this claim (reversals included), oldest first. */
  public List<Remittances.ClaimPaymentView> getPostings() {
    return postings == null ? List.of() : postings;
  }

  /** The denials the 835s raised on this claim, open, appealed or worked. */
  public List<Denial> getDenials() {
    return denials == null ? List.of() : denials;
  }

  public String correct() {
    ClaimCorrectionData data = new ClaimCorrectionData();
    data.diagnosisCodes = splitCodes(diagnosisCodes);
    data.payerClaimNumber = payerClaimNumber;
    data.version = shownVersion;
    return act(() -> corrections.correct(id, data));
  }

  public String voidClaim() {
    return act(() -> corrections.voidClaim(id, closing()));
  }

  public String writeOff() {
    return act(() -> corrections.writeOff(id, closing()));
  }

  private ClaimClosingData closing() {
    ClaimClosingData data = new ClaimClosingData();
    data.reason = reason;
    data.payerClaimNumber = payerClaimNumber;
    data.version = shownVersion;
    return data;
  }

  /** Runs an action; shows what it did on the claim it produced (a new one for 7 and 8). */
  private String act(java.util.function.Supplier<ClaimCorrections.Outcome> action) {
    try {
      ClaimCorrections.Outcome outcome = action.get();
      Feedback.done(outcome.summary());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/claims/claim.xhtml?faces-redirect=true&id=" + outcome.claim().getId();
    } catch (RuntimeException e) {
      Feedback.failed(e);
      load();
      return null;
    }
  }

  /** Codes as typed: separated by spaces, commas or semicolons ({@code F11.20, F10.20}). */
  static List<String> splitCodes(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(typed.trim().split("[\\s;]+|,\\s+|,(?=[A-Za-z])"))
        .filter(s -> !s.isBlank())
        .toList();
  }

  /**
   * The claim this view shows: the one {@link #load} read, or, when this view state came without it
   * (restored on another instance after a failover), read again by id. The version the page showed
   * stays {@link #shownVersion}. Null when there is no such claim.
   */
  private Claim claim() {
    if (claim == null && id != null && !read) {
      read = true;
      try {
        claim = claims.get(id);
        if (shownVersion == null) {
          shownVersion = claim.getVersion();
        }
      } catch (RuntimeException e) {
        return null;
      }
    }
    return claim;
  }

  public boolean isCorrectable() {
    Claim c = claim();
    return c != null && (c.getStatus().isCorrectable() || c.getStatus().isWithPayer());
  }

  public boolean isWriteOffable() {
    Claim c = claim();
    return c != null && c.getStatus().isWriteOffable();
  }

  /** What "correct" will do, for the button. */
  public String getCorrectLabel() {
    Claim c = claim();
    return c != null && c.getStatus().isWithPayer()
        ? "Correct and resubmit as replacement (7)"
        : "Correct and rescrub";
  }

  public String getVoidLabel() {
    Claim c = claim();
    return c != null && c.getStatus().isWithPayer() ? "Void at the payer (8)" : "Void";
  }

  /** The version of the claim the page showed, sent with every action. */
  public Long getShownVersion() {
    return shownVersion;
  }

  public Long getId() {
    return id;
  }

  /** Set from {@code ?id=}; a postback without it keeps the claim the view loaded. */
  public void setId(Long id) {
    if (id != null) {
      this.id = id;
    }
  }

  public Claim getClaim() {
    return claim();
  }

  public List<String> getSegments() {
    return segments;
  }

  public String getDiagnosisCodes() {
    return diagnosisCodes;
  }

  public void setDiagnosisCodes(String diagnosisCodes) {
    this.diagnosisCodes = diagnosisCodes;
  }

  public String getPayerClaimNumber() {
    return payerClaimNumber;
  }

  public void setPayerClaimNumber(String payerClaimNumber) {
    this.payerClaimNumber = payerClaimNumber;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
