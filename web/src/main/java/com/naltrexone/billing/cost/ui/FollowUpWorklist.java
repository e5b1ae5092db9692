package com.naltrexone.billing.cost.ui;

import com.naltrexone.billing.cost.boundary.CostEstimates;
import com.naltrexone.billing.cost.boundary.PaymentFollowUp;
import com.naltrexone.billing.cost.entity.Underpayment;
import com.naltrexone.billing.cost.entity.UnderpaymentStatus;
import com.naltrexone.billing.web.Feedback;
import com.naltrexone.billing.web.ServerPagedModel;
import com.naltrexone.billing.web.UnsortedPagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The biller's cost-of-access worklists on the home page: patients whose next dose is a cost
 * barrier ({@link CostEstimates#barriers}, as {@code GET /cost-barriers}, read once per view: it
 * estimates every patient on Vivitrol) and open underpayments ({@link
 * PaymentFollowUp#underpayments}, as {@code GET /underpayments?status=OPEN}, a page at a time from
 * the database). A failed read shows an empty list and the failure, never a broken page.
 */
@Named
@ViewScoped
public class FollowUpWorklist implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CostEstimates estimates;
  @EJB PaymentFollowUp followUp;

  private transient List<CostEstimates.CostBarrier> barriers;
  private UnsortedPagedModel<Underpayment> underpayments;
  private Long underpaymentCount;

  public List<CostEstimates.CostBarrier> getBarriers() {
    if (barriers == null) {
      try {
        barriers = estimates.barriers();
      } catch (RuntimeException e) {
        barriers = List.of();
        Feedback.failed(e);
      }
    }
    return barriers;
  }

  public ServerPagedModel<Underpayment> getUnderpayments() {
    if (underpayments == null) {
      underpayments =
          new UnsortedPagedModel<>(
              (first, max) -> followUp.underpayments(UnderpaymentStatus.OPEN, first, max),
              Underpayment::getId);
    }
    return underpayments;
  }

  /** How many underpayments are open. */
  public long getUnderpaymentCount() {
    if (underpaymentCount == null) {
      try {
        underpaymentCount = followUp.underpayments(UnderpaymentStatus.OPEN, 0, 1).total();
      } catch (RuntimeException e) {
        underpaymentCount = 0L;
        Feedback.failed(e);
      }
    }
    return underpaymentCount;
  }
}
