package com.naltrexone.billing.authorizations.ui;

import com.naltrexone.billing.authorizations.boundary.Authorizations;
import com.naltrexone.billing.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One prior authorization: its status timeline, the payer's checklist with the evidence that
 * satisfies each item, the evidence on file, units and doses used and left, and the PA packet. The
 * read is audited (through {@link Authorizations#detail}).
 */
@Named
@ViewScoped
public class AuthorizationDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Authorizations authorizations;

  private Long id;
  private transient Authorizations.Detail detail;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      detail = authorizations.detail(id);
    } catch (RuntimeException e) {
      detail = null;
      Feedback.failed(e);
    }
  }

  public Authorizations.Detail getDetail() {
    return detail;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
