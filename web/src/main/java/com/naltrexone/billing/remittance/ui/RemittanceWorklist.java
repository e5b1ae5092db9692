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

  public ServerPagedModel<Denial> getDenials() {
    if (denials == null) {
      denials =
          new UnsortedPagedModel<>(
              (first, max) -> remittances.denials(Denial.Status.OPEN, first, max), Denial::getId);
    }
    return denials;
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
