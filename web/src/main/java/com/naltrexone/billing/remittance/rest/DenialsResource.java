package com.naltrexone.billing.remittance.rest;

import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.remittance.boundary.DenialWorkData;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.Denial;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The denial queue: denied and zero-paid claims and lines, never written off automatically. */
@RequestScoped
@Path("denials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remittances", description = "835 import and posting")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
public class DenialsResource {

  @EJB Remittances remittances;

  @GET
  @Operation(
      summary =
          "Denials in one status (OPEN by default, APPEALED or WORKED), earliest appeal deadline"
              + " first, with CARC/RARC text and a suggested action")
  public Page<Denial> list(
      @QueryParam("status") Denial.Status status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return remittances.denials(
        status == null ? Denial.Status.OPEN : status, Page.first(first), Page.size(max));
  }

  @POST
  @Path("{id}/worked")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close a denial, saying what was done (send the version you read)")
  public Denial worked(@PathParam("id") long id, @Valid @NotNull DenialWorkData data) {
    return remittances.worked(id, data.version, data.note);
  }

  @POST
  @Path("{id}/appeal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Send an OPEN denial to appeal, saying what was filed (send the version you read): it"
              + " becomes APPEALED, leaves the open queue, and the claim's history records the"
              + " appeal; Mark worked closes it when the payer answers")
  public Denial appeal(@PathParam("id") long id, @Valid @NotNull DenialWorkData data) {
    return remittances.appealed(id, data.version, data.note);
  }
}
