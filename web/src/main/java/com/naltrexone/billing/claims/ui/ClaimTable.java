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
import org.primefaces.model.FilterMeta;

/**
 * The claims table: every claim, paged, sorted and filtered in the database (claim number or last
 * name, status, payer). {@code ?status=HELD} opens it filtered.
 */
@Named
@ViewScoped
public class ClaimTable implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ClaimWorklists worklists;

  private ClaimStatus status;

  private ServerPagedModel<ClaimRow> model;

  ClaimQuery query(Map<String, FilterMeta> filters) {
    return new ClaimQuery(
        status,
        ServerPagedModel.text(filters, "patientControlNumber"),
        ServerPagedModel.text(filters, "payerName"),
        null,
        null,
        null);
  }

  public ServerPagedModel<ClaimRow> getModel() {
    if (model == null) {
      model = new ClaimRowsModel(worklists, this::query, null);
    }
    return model;
  }

  public ClaimStatus[] getStatuses() {
    return ClaimStatus.values();
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public void setStatus(ClaimStatus status) {
    this.status = status;
  }
}
