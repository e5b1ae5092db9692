package com.naltrexone.billing.cost.ui;

import com.naltrexone.billing.cost.boundary.CostEstimates;
import com.naltrexone.billing.cost.boundary.PaymentFollowUp;
import com.naltrexone.billing.cost.entity.Underpayment;
import com.naltrexone.billing.cost.entity.UnderpaymentStatus;
import com.naltrexone.billing.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The biller's cost-of-access worklists on the home page: patients whose next dose is a cost
 * barrier ({@link CostEstimates#barriers}, as {@code GET /cost-barriers}) and open underpayments
 * ({@link PaymentFollowUp#underpayments}, as {@code GET /underpayments?status=OPEN}). Each is read
 * once per view: the barrier list estimates every patient on Vivitrol.
 */
@Named
@ViewScoped
public class FollowUpWorklist implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CostEstimates estimates;
  @EJB PaymentFollowUp followUp;

  private transient List<CostEstimates.CostBarrier> barriers;
  private transient List<Underpayment> underpayments;

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

  public List<Underpayment> getUnderpayments() {
    if (underpayments == null) {
      underpayments = followUp.underpayments(UnderpaymentStatus.OPEN);
    }
    return underpayments;
  }
}
