package com.naltrexone.billing.claims.rest;

import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims by status (the biller's queues), one claim with lines, findings and history. */
@RequestScoped
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "837P claims: build, scrub, queues")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class ClaimsResource {

  @EJB Claims claims;

  @GET
  @Operation(
      summary =
          "Claims in one status, a page at a time: HELD shows what the scrubber found on each")
  public Page<Claim> byStatus(
      @QueryParam("status") ClaimStatus status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    if (status == null) {
      throw new BusinessRuleException(
          "status", "say which queue: HELD, READY, SENT, REJECTED, ACCEPTED...");
    }
    return claims.byStatus(status, Page.first(first), Page.size(max));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One claim with its lines, findings and status history")
  public Claim get(@PathParam("id") long id) {
    return claims.get(id);
  }

  @POST
  @Path("building")
  @Operation(summary = "Build and scrub claims for every billable dose that has none yet")
  public Claims.BuildResult build() {
    return claims.buildBillable();
  }

  @POST
  @Path("{id}/scrub")
  @Operation(summary = "Scrub a held, ready or rejected claim again after a correction")
  public Claim rescrub(@PathParam("id") long id) {
    return claims.rescrub(id);
  }
}
