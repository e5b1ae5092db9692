package com.naltrexone.billing.authorizations.ui;

import com.naltrexone.billing.authorizations.boundary.Authorizations;
import com.naltrexone.billing.authorizations.boundary.DecisionData;
import com.naltrexone.billing.authorizations.boundary.StatusData;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.web.Feedback;
import com.naltrexone.billing.web.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * One prior authorization: its status timeline, the payer's checklist with the evidence that
 * satisfies each item, the evidence on file, units and doses used and left, and the PA packet. The
 * read is audited (through {@link Authorizations#detail}). Coordinators, billers and administrators
 * also move it (submitted, appealed, withdrawn: {@link Authorizations#transition}) and record the
 * payer's decision (approved with reference, span and units; denied with the reason and appeal
 * deadline; pended: {@link Authorizations#decide}), as the REST API does; clinicians see it
 * read-only.
 */
@Named
@ViewScoped
public class AuthorizationDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Authorizations authorizations;
  @Inject StaffAccess access;

  private Long id;
  private transient Authorizations.Detail detail;

  /**
   * Whether this instance of the view state has read the authorization (false after a failover).
   */
  private transient boolean read;

  private Long loadedVersion;

  private String authNumber;
  private LocalDate approvedFrom;
  private LocalDate approvedTo;
  private Integer approvedUnits;
  private Integer approvedDoses;
  private Integer unitsPerPeriod;
  private Integer periodDays;
  private LocalDate decidedOn;
  private LocalDate appealDeadline;
  private String note;

  public void load() {
    if (id == null) {
      return;
    }
    read = true;
    try {
      detail = authorizations.detail(id);
      loadedVersion = detail.authorization().getVersion();
      if (authNumber == null) {
        authNumber = detail.authorization().getAuthNumber();
      }
    } catch (RuntimeException e) {
      detail = null;
      Feedback.failed(e);
    }
  }

  /** Whether the authorization may go to {@code status} now (shows that action's button). */
  public boolean can(String status) {
    Authorizations.Detail d = detail();
    return d != null
        && access.isAuthorizationWork()
        && d.authorization().getStatus().canMoveTo(AuthorizationStatus.valueOf(status));
  }

  /** Whether any move or decision is open to this person now (else the form is not shown). */
  public boolean isActionable() {
    return java.util.stream.Stream.of(
            "SUBMITTED", "APPEALED", "WITHDRAWN", "APPROVED", "DENIED", "PENDED")
        .anyMatch(this::can);
  }

  public String approve() {
    return decide(AuthorizationStatus.APPROVED);
  }

  public String deny() {
    return decide(AuthorizationStatus.DENIED);
  }

  public String pend() {
    return decide(AuthorizationStatus.PENDED);
  }

  public String submit() {
    return move(AuthorizationStatus.SUBMITTED);
  }

  public String appeal() {
    return move(AuthorizationStatus.APPEALED);
  }

  public String withdraw() {
    return move(AuthorizationStatus.WITHDRAWN);
  }

  private String decide(AuthorizationStatus decision) {
    DecisionData data = new DecisionData();
    data.decision = decision;
    data.authNumber = blankToNull(authNumber);
    data.note = blankToNull(note);
    data.decidedOn = decidedOn;
    data.version = version();
    if (decision == AuthorizationStatus.APPROVED) {
      data.approvedFrom = approvedFrom;
      data.approvedTo = approvedTo;
      data.approvedUnits = approvedUnits;
      data.approvedDoses = approvedDoses;
      data.unitsPerPeriod = unitsPerPeriod;
      data.periodDays = periodDays;
    } else if (decision == AuthorizationStatus.DENIED) {
      if (data.note == null) {
        Feedback.failed(
            new BusinessRuleException("note", "give the payer's reason for the denial"));
        return null;
      }
      data.appealDeadline = appealDeadline;
    }
    return act(() -> authorizations.decide(id, data));
  }

  private String move(AuthorizationStatus to) {
    StatusData data = new StatusData();
    data.status = to;
    data.authNumber = blankToNull(authNumber);
    data.note = blankToNull(note);
    data.version = version();
    return act(() -> authorizations.transition(id, data));
  }

  private Long version() {
    return loadedVersion;
  }

  /**
   * The authorization this view shows: the one {@link #load} read, or, when this view state came
   * without it (restored on another instance after a failover), read again by id. The version the
   * page showed stays {@code loadedVersion}, so a move still refuses a change made in between.
   */
  private Authorizations.Detail detail() {
    if (detail == null && id != null && !read) {
      read = true;
      try {
        detail = authorizations.detail(id);
        if (loadedVersion == null) {
          loadedVersion = detail.authorization().getVersion();
        }
      } catch (RuntimeException e) {
        return null;
      }
    }
    return detail;
  }

  /** Runs a move; on success says what it did and shows the page again with the new timeline. */
  private String act(Supplier<Authorization> action) {
    if (!access.isAuthorizationWork()) {
      Feedback.failed(
          new BusinessRuleException(
              "status",
              "only PA coordinators, billers and administrators record authorization decisions"));
      return null;
    }
    if (detail() == null) {
      return null;
    }
    try {
      Authorization a = action.get();
      Feedback.done(summary(a));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/authorizations/authorization.xhtml?faces-redirect=true&id=" + a.getId();
    } catch (RuntimeException e) {
      Feedback.failed(e);
      load();
      return null;
    }
  }

  static String summary(Authorization a) {
    StringBuilder s =
        new StringBuilder("Authorization ")
            .append(a.getId())
            .append(" is now ")
            .append(a.getStatus());
    if (a.getStatus() == AuthorizationStatus.APPROVED) {
      s.append(": ")
          .append(a.getAuthNumber())
          .append(", ")
          .append(a.getApprovedFrom())
          .append(" to ")
          .append(a.getApprovedTo());
    } else if (a.getStatus() == AuthorizationStatus.DENIED && a.getAppealDeadline() != null) {
      s.append(": appeal by ").append(a.getAppealDeadline());
    }
    return s.append('.').toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Authorizations.Detail getDetail() {
    return detail();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getAuthNumber() {
    return authNumber;
  }

  public void setAuthNumber(String authNumber) {
    this.authNumber = authNumber;
  }

  public LocalDate getApprovedFrom() {
    return approvedFrom;
  }

  public void setApprovedFrom(LocalDate approvedFrom) {
    this.approvedFrom = approvedFrom;
  }

  public LocalDate getApprovedTo() {
    return approvedTo;
  }

  public void setApprovedTo(LocalDate approvedTo) {
    this.approvedTo = approvedTo;
  }

  public Integer getApprovedUnits() {
    return approvedUnits;
  }

  public void setApprovedUnits(Integer approvedUnits) {
    this.approvedUnits = approvedUnits;
  }

  public Integer getApprovedDoses() {
    return approvedDoses;
  }

  public void setApprovedDoses(Integer approvedDoses) {
    this.approvedDoses = approvedDoses;
  }

  public Integer getUnitsPerPeriod() {
    return unitsPerPeriod;
  }

  public void setUnitsPerPeriod(Integer unitsPerPeriod) {
    this.unitsPerPeriod = unitsPerPeriod;
  }

  public Integer getPeriodDays() {
    return periodDays;
  }

  public void setPeriodDays(Integer periodDays) {
    this.periodDays = periodDays;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public LocalDate getAppealDeadline() {
    return appealDeadline;
  }

  public void setAppealDeadline(LocalDate appealDeadline) {
    this.appealDeadline = appealDeadline;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
