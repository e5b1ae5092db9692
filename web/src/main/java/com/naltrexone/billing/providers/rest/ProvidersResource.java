package com.naltrexone.billing.providers.rest;

import com.naltrexone.billing.providers.boundary.ProviderData;
import com.naltrexone.billing.providers.boundary.Providers;
import com.naltrexone.billing.providers.entity.Provider;
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

/** Billing organisations and rendering prescribers. */
@RequestScoped
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Billing organisation, prescribers, locations")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class ProvidersResource {

  @EJB Providers providers;

  @GET
  @Operation(summary = "All providers")
  public List<Provider> list() {
    return providers.all();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One provider")
  public Provider get(@PathParam("id") long id) {
    return providers.get(id);
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a provider (NPI check digit validated)")
  public Response create(@Valid @NotNull ProviderData data, @Context UriInfo uri) {
    Provider p = providers.create(data);
    return Created.at(uri, p.getId(), p);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Change a provider (send the version you read)")
  public Provider update(@PathParam("id") long id, @Valid @NotNull ProviderData data) {
    return providers.update(id, data);
  }
}
