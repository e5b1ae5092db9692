package com.naltrexone.billing.cost.ui;

import com.naltrexone.billing.cost.boundary.CostEstimates;
import com.naltrexone.billing.cost.boundary.CostEstimates.CostBarrier;
import com.naltrexone.billing.cost.boundary.CostEstimates.CostEstimate;
import com.naltrexone.billing.cost.control.CostCalculator.Estimate;
import com.naltrexone.billing.cost.control.CostCalculator.Figure;
import com.naltrexone.billing.patients.ui.PatientRecord;
import com.naltrexone.billing.web.Feedback;
import com.naltrexone.billing.web.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost panel of the patient page: what the next dose will cost the patient by route (and oral
 * naltrexone for a month), every figure with its explanation, and the ranked options when the
 * estimate is a cost barrier (above {@code billing.cost.barrier-threshold}).
 */
@Named
@ViewScoped
public class CostPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CostEstimates estimates;
  @Inject PatientRecord record;
  @Inject StaffAccess access;

  private transient boolean loaded;
  private transient CostEstimate estimate;
  private transient CostBarrier barrier;

  /** One explained amount of an estimate, labelled. */
  public record Row(String label, BigDecimal amount, String explanation) {}

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (record.getId() == null || !access.isPaPackets()) {
      return;
    }
    try {
      estimate = estimates.estimate(record.getId(), null);
      barrier = estimates.barrier(estimate).orElse(null);
    } catch (RuntimeException e) {
      estimate = null;
      Feedback.failed(e);
    }
  }

  public CostEstimate getEstimate() {
    load();
    return estimate;
  }

  public CostBarrier getBarrier() {
    load();
    return barrier;
  }

  /** The figures of one estimate, from the allowed amount to what the patient owes. */
  public List<Row> figures(Estimate e) {
    List<Row> rows = new ArrayList<>();
    if (e == null) {
      return rows;
    }
    add(rows, "Allowed", e.allowed());
    add(rows, "Insurance pays", e.payersPay());
    add(rows, "Patient before assistance", e.patientBeforeAssistance());
    e.assistance().forEach(a -> add(rows, a.program() + " pays", a.pays()));
    add(rows, "Patient owes", e.patientOwes());
    return rows;
  }

  private static void add(List<Row> rows, String label, Figure f) {
    if (f != null) {
      rows.add(new Row(label, f.amount(), f.explanation()));
    }
  }
}
