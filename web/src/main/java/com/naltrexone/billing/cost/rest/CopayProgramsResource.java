package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.CopayAssistance;
import com.naltrexone.billing.cost.boundary.ProgramData;
import com.naltrexone.billing.cost.entity.CopayProgram;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assistance programs (manufacturer co-pay program, foundations) and their terms as data. */
@RequestScoped
@Path("copay-programs")
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
public class CopayProgramsResource {

  @EJB CopayAssistance assistance;

  @GET
  @Operation(summary = "Every assistance program")
  public List<CopayProgram> list() {
    return assistance.programs();
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Add an assistance program with its caps, eligibility and lookback")
  public Response create(@Valid @NotNull ProgramData data, @Context UriInfo uri) {
    CopayProgram p = assistance.createProgram(data);
    return Created.at(uri, p.getId(), p);
  }
}
