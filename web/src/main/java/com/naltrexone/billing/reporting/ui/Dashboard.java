package com.naltrexone.billing.reporting.ui;

import com.naltrexone.billing.reporting.boundary.BillingDashboard;
import com.naltrexone.billing.reporting.boundary.BillingDashboard.Aging;
import com.naltrexone.billing.reporting.boundary.BillingDashboard.CostMonth;
import com.naltrexone.billing.reporting.boundary.BillingDashboard.DenialRate;
import com.naltrexone.billing.reporting.boundary.BillingDashboard.DenialRates;
import com.naltrexone.billing.reporting.boundary.BillingDashboard.InjectionMonth;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing dashboard: four charts (Chart.js through {@code p:chart}), each over figures the
 * database aggregated ({@link BillingDashboard}); the page shows the same figures as tables.
 */
@Named
@RequestScoped
public class Dashboard {

  private static final String[] COLORS = {
    "#2e7d32", "#1565c0", "#f9a825", "#ef6c00", "#c62828", "#6a1b9a", "#00838f", "#5d4037"
  };

  @EJB BillingDashboard figures;

  private Aging aging;
  private DenialRates denials;
  private List<InjectionMonth> injections;
  private List<CostMonth> cost;

  public Aging getAging() {
    if (aging == null) {
      aging = figures.aging();
    }
    return aging;
  }

  public DenialRates getDenials() {
    if (denials == null) {
      denials = figures.denialRates();
    }
    return denials;
  }

  public List<InjectionMonth> getInjections() {
    if (injections == null) {
      injections = figures.injections();
    }
    return injections;
  }

  public List<CostMonth> getCost() {
    if (cost == null) {
      cost = figures.patientCost();
    }
    return cost;
  }

  /** Stacked bars: one bar per aging bucket, one colour per payer. */
  public String getAgingChart() {
    List<ChartJson.Series> series = new ArrayList<>();
    int i = 0;
    for (BillingDashboard.AgingRow row : getAging().payers()) {
      series.add(new ChartJson.Series(row.payerName(), COLORS[i++ % COLORS.length], row.amounts()));
    }
    return ChartJson.chart(
        "bar",
        "Open claim balance by days since the date of service",
        getAging().buckets(),
        series,
        true,
        "USD");
  }

  public String getDenialChart() {
    List<DenialRate> rows = getDenials().rows();
    return ChartJson.chart(
        "bar",
        "Claims denied per CARC, % of claims adjudicated (12 months)",
        rows.stream().map(DenialRate::carc).toList(),
        List.of(
            new ChartJson.Series(
                "% of adjudicated claims",
                COLORS[4], rows.stream().map(DenialRate::percent).toList())),
        false,
        "%");
  }

  public String getInjectionChart() {
    List<InjectionMonth> rows = getInjections();
    return ChartJson.chart(
        "bar",
        "Injections given and authorized per month",
        rows.stream().map(r -> r.month().toString()).toList(),
        List.of(
            new ChartJson.Series(
                "Given", COLORS[1], rows.stream().map(InjectionMonth::given).toList()),
            new ChartJson.Series(
                "Authorized (approvals active)",
                COLORS[0],
                rows.stream().map(InjectionMonth::approvalsActive).toList())),
        false,
        "injections");
  }

  public String getCostChart() {
    List<CostMonth> rows = getCost();
    return ChartJson.chart(
        "line",
        "Patient cost per month: estimated and actual (835)",
        rows.stream().map(r -> r.month().toString()).toList(),
        List.of(
            new ChartJson.Series(
                "Estimated", COLORS[2], rows.stream().map(CostMonth::estimated).toList()),
            new ChartJson.Series(
                "Actual", COLORS[3], rows.stream().map(CostMonth::actual).toList())),
        false,
        "USD");
  }
}
