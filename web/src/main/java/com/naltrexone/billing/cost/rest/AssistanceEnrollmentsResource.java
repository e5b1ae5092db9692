package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.CopayAssistance;
import com.naltrexone.billing.cost.boundary.EnrollmentData;
import com.naltrexone.billing.cost.entity.AssistanceEnrollment;
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

/** A patient's enrollments in assistance programs. */
@RequestScoped
@Path("patients/{patientId}/assistance-enrollments")
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
public class AssistanceEnrollmentsResource {

  @EJB CopayAssistance assistance;

  @GET
  @Operation(summary = "The patient's assistance enrollments")
  public List<AssistanceEnrollment> list(@PathParam("patientId") long patientId) {
    return assistance.enrollments(patientId);
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Enroll the patient (program, enrollment id, dates, use so far this year)")
  public Response enroll(
      @PathParam("patientId") long patientId,
      @Valid @NotNull EnrollmentData data,
      @Context UriInfo uri) {
    AssistanceEnrollment e = assistance.enroll(patientId, data);
    return Created.at(uri, e.getId(), e);
  }
}
