package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.CostEstimates;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Patients whose next dose costs more than the threshold, with ranked options. */
@RequestScoped
@Path("cost-barriers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Cost of access",
    description = "Benefits, estimates, assistance, underpayments, margin")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class CostBarriersResource {

  @EJB CostEstimates estimates;

  @GET
  @Operation(
      summary =
          "Patients whose estimated cost for the next dose exceeds billing.cost.barrier-threshold,"
              + " with the options that lower it, cheapest first")
  public List<CostEstimates.CostBarrier> list() {
    return estimates.barriers();
  }
}
