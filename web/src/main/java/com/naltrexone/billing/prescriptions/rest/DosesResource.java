package com.naltrexone.billing.prescriptions.rest;

import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.prescriptions.boundary.DoseData;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.boundary.Recorded;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.security.entity.Role;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Injections given and oral fills recorded. */
@RequestScoped
@Path("doses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Doses", description = "Injections given (lot, site, who) and oral fills")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class DosesResource {
  @EJB Doses doses;
  @EJB Patients patients;

  @POST
  @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Record an injection given or an oral fill; an expired lot is refused, an injection"
              + " within 28 days of the previous one warns")
  public Response record(@Valid @NotNull DoseData data, @Context UriInfo uri) {
    Recorded<Dose> r = doses.record(data);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(r.record().getId())).build())
        .entity(r)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One dose")
  public Dose dose(@PathParam("id") long id) {
    Dose d = doses.get(id);
    patients.recordRead(d.getPatientId(), "dose " + id);
    return d;
  }
}
