package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.Benefits;
import com.naltrexone.billing.cost.boundary.BenefitsData;
import com.naltrexone.billing.cost.entity.CoverageBenefit;
import com.naltrexone.billing.security.entity.Role;
import com.naltrexone.billing.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coverage's benefits per plan year: deductible, coinsurance, copays, OOP maximum, met. */
@RequestScoped
@Path("patients/{patientId}/coverages/{coverageId}/benefits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
public class BenefitsResource {

  @EJB Benefits benefits;

  @GET
  @Operation(summary = "The coverage's benefits, latest plan year first")
  public List<CoverageBenefit> list(
      @PathParam("patientId") long patientId, @PathParam("coverageId") long coverageId) {
    return benefits.of(patientId, coverageId);
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Enter a plan year's benefits (from a benefits investigation or a 271)")
  public Response add(
      @PathParam("patientId") long patientId,
      @PathParam("coverageId") long coverageId,
      @Valid @NotNull BenefitsData data,
      @Context UriInfo uri) {
    CoverageBenefit b = benefits.add(patientId, coverageId, data);
    return Created.at(uri, b.getId(), b);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Correct a plan year's benefits or amounts met (send the version you read)")
  public CoverageBenefit update(
      @PathParam("patientId") long patientId,
      @PathParam("coverageId") long coverageId,
      @PathParam("id") long id,
      @Valid @NotNull BenefitsData data) {
    return benefits.update(patientId, coverageId, id, data);
  }
}
