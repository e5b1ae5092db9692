package com.naltrexone.billing.prescriptions.rest;

import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.prescriptions.boundary.PrescriptionData;
import com.naltrexone.billing.prescriptions.boundary.Prescriptions;
import com.naltrexone.billing.prescriptions.boundary.Recorded;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.security.entity.Role;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Prescriptions for Vivitrol and oral naltrexone. */
@RequestScoped
@Path("prescriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prescriptions", description = "Vivitrol and oral naltrexone orders")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class PrescriptionsResource {

  @EJB Prescriptions prescriptions;
  @EJB Patients patients;

  @POST
  @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Record a prescription; the answer lists warnings such as abuse-level diagnoses")
  public Response create(@Valid @NotNull PrescriptionData data, @Context UriInfo uri) {
    Recorded<Prescription> r = prescriptions.create(data);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(r.record().getId())).build())
        .entity(r)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One prescription")
  public Prescription get(@PathParam("id") long id) {
    Prescription p = prescriptions.get(id);
    patients.recordRead(p.getPatientId(), "prescription " + id);
    return p;
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Change a prescription (send the version you read)")
  public Recorded<Prescription> update(
      @PathParam("id") long id, @Valid @NotNull PrescriptionData data) {
    return prescriptions.update(id, data);
  }
}
