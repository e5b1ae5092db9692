package com.naltrexone.billing.reporting.rest;

import com.naltrexone.billing.reporting.boundary.BillingDashboard;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboard's four figures (the staff UI's {@code /dashboard.xhtml} charts), each aggregated in
 * the database by {@link BillingDashboard}; months are given as {@code yyyy-MM}.
 */
@RequestScoped
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "A/R aging, denial rates, injections, patient cost")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
public class DashboardResource {

  @EJB BillingDashboard dashboard;

  /** One month of injections given and approvals active (see {@link BillingDashboard}). */
  public record InjectionMonth(
      String month, long given, long approvalsActive, long unitsApproved, long dosesApproved) {}

  /** One month of posted doses: the patient's estimate against what the 835 said. */
  public record CostMonth(
      String month, long doses, BigDecimal estimated, BigDecimal actual, BigDecimal difference) {}

  @GET
  @Path("aging")
  @Operation(
      summary =
          "A/R aging: open balances (charge less paid) by payer in buckets of days since the"
              + " date of service, with totals")
  public BillingDashboard.Aging aging() {
    return dashboard.aging();
  }

  @GET
  @Path("denial-rates")
  @Operation(
      summary =
          "Claims denied with each CARC over the last 12 months, against every claim adjudicated"
              + " in that time")
  public BillingDashboard.DenialRates denialRates() {
    return dashboard.denialRates();
  }

  @GET
  @Path("injections")
  @Operation(summary = "Injections given and authorizations active, per month for 12 months")
  public List<InjectionMonth> injections() {
    return dashboard.injections().stream()
        .map(
            m ->
                new InjectionMonth(
                    m.month().toString(),
                    m.given(),
                    m.approvalsActive(),
                    m.unitsApproved(),
                    m.dosesApproved()))
        .toList();
  }

  @GET
  @Path("patient-cost")
  @Operation(summary = "Estimated and actual patient cost per month of service, for 12 months")
  public List<CostMonth> patientCost() {
    return dashboard.patientCost().stream()
        .map(
            m ->
                new CostMonth(
                    m.month().toString(), m.doses(), m.estimated(), m.actual(), m.difference()))
        .toList();
  }
}
