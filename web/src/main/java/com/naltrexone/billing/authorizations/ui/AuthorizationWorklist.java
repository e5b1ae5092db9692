package com.naltrexone.billing.authorizations.ui;

import com.naltrexone.billing.authorizations.boundary.AuthorizationAlerts;
import com.naltrexone.billing.authorizations.control.LapseAlerts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The PA coordinator's queue on the home page: the alerts of {@code GET /authorizations/alerts}
 * (approval ending before the next dose, units short, expiring, PA missing, appeal deadline, doses
 * no approval covers), each opening the authorization it names, else the patient.
 */
@Named
@ViewScoped
public class AuthorizationWorklist implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuthorizationAlerts alerts;

  private transient List<LapseAlerts.Alert> all;

  public List<LapseAlerts.Alert> getAlerts() {
    if (all == null) {
      all = alerts.all();
    }
    return all;
  }
}
