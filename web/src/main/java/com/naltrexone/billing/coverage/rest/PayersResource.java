package com.naltrexone.billing.coverage.rest;

import com.naltrexone.billing.coverage.boundary.PayerData;
import com.naltrexone.billing.coverage.boundary.Payers;
import com.naltrexone.billing.coverage.entity.Payer;
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

/** Payers and their rules (PA, JZ/JW, NDC unit, timely filing, frequency 7, PA defaults). */
@RequestScoped
@Path("payers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payers", description = "Health plans and their billing rules as data")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class PayersResource {

  @EJB Payers payers;

  @GET
  @Operation(summary = "All payers")
  public List<Payer> list() {
    return payers.all();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One payer with its rules")
  public Payer get(@PathParam("id") long id) {
    return payers.get(id);
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a payer")
  public Response create(@Valid @NotNull PayerData data, @Context UriInfo uri) {
    Payer p = payers.create(data);
    return Created.at(uri, p.getId(), p);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Change a payer or its rules (send the version you read)")
  public Payer update(@PathParam("id") long id, @Valid @NotNull PayerData data) {
    return payers.update(id, data);
  }
}
