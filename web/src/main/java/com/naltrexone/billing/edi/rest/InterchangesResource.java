package com.naltrexone.billing.edi.rest;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.edi.entity.Interchange;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Interchanges sent and received: their state, and the file byte for byte as sent. */
@RequestScoped
@Path("interchanges")
@Tag(name = "Interchanges", description = "X12 files sent and received")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class InterchangesResource {

  @EJB ClaimSubmission submission;

  @GET
  @Path("{id}/details")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An interchange: control numbers, status, acknowledgment")
  public Interchange get(@PathParam("id") long id) {
    return submission.interchange(id);
  }

  @GET
  @Path("{id}")
  @Produces({"application/edi-x12", MediaType.TEXT_PLAIN})
  @Operation(summary = "The file exactly as sent or received")
  public Response content(@PathParam("id") long id) {
    Interchange i = submission.interchange(id);
    byte[] content = i.getContent();
    if (content == null) {
      throw new NotFoundException();
    }
    return Response.ok(content)
        .header("Content-Disposition", "attachment; filename=\"" + i.getFileName() + "\"")
        .build();
  }
}
