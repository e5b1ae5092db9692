package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.CostEstimates;
import com.naltrexone.billing.security.entity.Role;
import com.naltrexone.billing.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the patient will owe for the next dose, with every figure explained. */
@RequestScoped
@Path("patients/{patientId}/cost-estimate")
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
public class CostEstimateResource {

  @EJB CostEstimates estimates;

  @GET
  @Operation(
      summary =
          "Expected allowed, payer and patient shares of a Vivitrol dose on the date (default:"
              + " the next dose due) by route, and oral naltrexone for a month beside it")
  public CostEstimates.CostEstimate estimate(
      @PathParam("patientId") long patientId, @QueryParam("date") String date) {
    return estimates.estimate(patientId, QueryParams.optionalDate("date", date));
  }
}
