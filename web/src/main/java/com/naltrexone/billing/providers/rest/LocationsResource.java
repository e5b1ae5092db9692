package com.naltrexone.billing.providers.rest;

import com.naltrexone.billing.providers.boundary.LocationData;
import com.naltrexone.billing.providers.boundary.Providers;
import com.naltrexone.billing.providers.entity.Location;
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

/** Locations where doses are given, with place of service and 340B flag. */
@RequestScoped
@Path("locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations", description = "Places of service and 340B status")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class LocationsResource {
  @EJB Providers providers;

  @GET
  @Operation(summary = "All locations with place of service and 340B flag")
  public List<Location> locations() {
    return providers.locations();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One location")
  public Location location(@PathParam("id") long id) {
    return providers.location(id);
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a location")
  public Response createLocation(@Valid @NotNull LocationData data, @Context UriInfo uri) {
    Location l = providers.createLocation(data);
    return Created.at(uri, l.getId(), l);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Change a location (send the version you read)")
  public Location updateLocation(@PathParam("id") long id, @Valid @NotNull LocationData data) {
    return providers.updateLocation(id, data);
  }
}
