package com.naltrexone.billing.remittance.ui;

import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.remittance.entity.UnmatchedRemittance;
import com.naltrexone.billing.web.ServerPagedModel;
import com.naltrexone.billing.web.UnsortedPagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The biller's remittance worklists on the home page: open denials (CARC/RARC text, what to do,
 * appeal deadline) and 835 lines that matched no claim, each paged by {@link Remittances}.
 */
@Named
@ViewScoped
public class RemittanceWorklist implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Remittances remittances;

  private ServerPagedModel<Denial> denials;
  private ServerPagedModel<UnmatchedRemittance> unmatched;
  private Long denialCount;

  public ServerPagedModel<Denial> getDenials() {
    if (denials == null) {
      denials =
          new UnsortedPagedModel<>(
              (first, max) -> remittances.denials(Denial.Status.OPEN, first, max), Denial::getId);
    }
    return denials;
  }

  /** How many denials are open (appealed and worked ones are not). */
  public long getDenialCount() {
    if (denialCount == null) {
      denialCount = remittances.denials(Denial.Status.OPEN, 0, 1).total();
    }
    return denialCount;
  }

  public ServerPagedModel<UnmatchedRemittance> getUnmatched() {
    if (unmatched == null) {
      unmatched =
          new UnsortedPagedModel<>(
              (first, max) -> remittances.unmatched(UnmatchedRemittance.Status.OPEN, first, max),
              UnmatchedRemittance::getId);
    }
    return unmatched;
  }
}
