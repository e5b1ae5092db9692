package com.naltrexone.billing.edi.rest;

import com.naltrexone.billing.claims.boundary.Acknowledgments;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound X12 by upload (the clearinghouse poller does the same for its inbound folder). */
@RequestScoped
@Path("edi/inbound")
@Tag(name = "Interchanges", description = "X12 files sent and received")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class InboundResource {

  /** A 999/277CA is a few kilobytes per claim; anything larger is refused before it is read. */
  static final int MAX_BYTES = 50 * 1024 * 1024;

  @EJB Acknowledgments acknowledgments;

  @POST
  @Consumes({"application/edi-x12", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Receive a 999, TA1 or 277CA: updates interchanges and claims; an unreadable file is a"
              + " 400 naming segment and element, and nothing is written")
  public Acknowledgments.InboundResult receive(
      @QueryParam("fileName") String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new BadRequestException("send the file as the request body");
    }
    if (content.length > MAX_BYTES) {
      throw new BadRequestException("the file is larger than " + MAX_BYTES + " bytes");
    }
    return acknowledgments.receive(fileName, content);
  }
}
