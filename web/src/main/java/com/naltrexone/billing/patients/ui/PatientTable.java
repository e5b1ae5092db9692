package com.naltrexone.billing.patients.ui;

import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.web.ServerPagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/** The patients table: paged and sorted in the database, searched by last name or MRN. */
@Named
@ViewScoped
public class PatientTable implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Patients patients;

  private ServerPagedModel<Patient> model;

  public ServerPagedModel<Patient> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected long total(Map<String, FilterMeta> filters) {
              return patients.countMatching(search(filters));
            }

            @Override
            protected List<Patient> page(
                int first, int max, String sort, boolean asc, Map<String, FilterMeta> filters) {
              return patients.list(search(filters), first, max, sort, asc).items();
            }

            @Override
            protected Object keyOf(Patient row) {
              return row.getId();
            }
          };
    }
    return model;
  }

  /** The table's search box (its global filter): the start of a last name or an MRN. */
  static String search(Map<String, FilterMeta> filters) {
    return ServerPagedModel.text(filters, FilterMeta.GLOBAL_FILTER_KEY);
  }
}
