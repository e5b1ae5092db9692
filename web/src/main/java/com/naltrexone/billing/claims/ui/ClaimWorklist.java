package com.naltrexone.billing.claims.ui;

import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.ClaimWorklists.ClaimRow;
import com.naltrexone.billing.claims.control.ClaimQuery;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.web.ServerPagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The biller's home worklists: claims the scrubber holds (with what to fix) and claims a 999 or
 * 277CA rejected (with the payer's reason), each a page at a time, oldest date of service first
 * (timely filing), with the counts by status.
 */
@Named
@ViewScoped
public class ClaimWorklist implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ClaimWorklists worklists;

  private Map<ClaimStatus, Long> counts;
  private ServerPagedModel<ClaimRow> held;
  private ServerPagedModel<ClaimRow> rejected;

  private ServerPagedModel<ClaimRow> inStatus(ClaimStatus status) {
    return new ClaimRowsModel(worklists, filters -> ClaimQuery.inStatus(status), "serviceDate");
  }

  public Map<ClaimStatus, Long> getCounts() {
    if (counts == null) {
      counts = worklists.countsByStatus();
    }
    return counts;
  }

  public long count(String status) {
    return getCounts().getOrDefault(ClaimStatus.valueOf(status), 0L);
  }

  public ServerPagedModel<ClaimRow> getHeld() {
    if (held == null) {
      held = inStatus(ClaimStatus.HELD);
    }
    return held;
  }

  public ServerPagedModel<ClaimRow> getRejected() {
    if (rejected == null) {
      rejected = inStatus(ClaimStatus.REJECTED);
    }
    return rejected;
  }
}
