package com.naltrexone.billing.remittance.rest;

import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.remittance.boundary.ImportReport;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.boundary.UnmatchedResolutionData;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import com.naltrexone.billing.remittance.entity.UnmatchedRemittance;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 835 remittances: import (upload), the files and payments imported, the unmatched queue. */
@RequestScoped
@Path("remittances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remittances", description = "835 import and posting")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
public class RemittancesResource {

  /** The 3,617-claim public sample is 1.3 MB; a month of a large clinic's 835s stays far below. */
  static final int MAX_BYTES = 100 * 1024 * 1024;

  @EJB Remittances remittances;

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
  @Consumes({"application/edi-x12", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Import an 835 (the file as the body): 201 with the import report; 200 with"
              + " alreadyImported and a link to the first import when every payment in it was"
              + " imported before; 400 naming segment, position, element and reason when the file"
              + " is not a valid 835 interchange (nothing is stored)")
  public Response importFile(
      @QueryParam("fileName") String fileName, byte[] content, @Context UriInfo uri) {
    return imported(fileName, content, uri);
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import an 835 sent as the form part named 'file' (a browser or curl -F upload);"
              + " answers as the raw upload")
  public Response importUpload(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
    EntityPart file =
        parts.stream()
            .filter(p -> "file".equals(p.getName()))
            .findFirst()
            .orElseThrow(
                () -> new BusinessRuleException("file", "send the 835 as the form part 'file'"));
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readNBytes(MAX_BYTES + 1);
    }
    return imported(file.getFileName().orElse(null), content, uri);
  }

  private Response imported(String fileName, byte[] content, UriInfo uri) {
    if (content == null || content.length == 0) {
      throw new BusinessRuleException("file", "send the 835 file as the request body");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessRuleException("file", "the file is larger than " + MAX_BYTES + " bytes");
    }
    ImportReport report = remittances.importFile(fileName, content, RemittanceFile.Source.UPLOAD);
    if (report.alreadyImported()) {
      URI first =
          uri.getBaseUriBuilder()
              .path("remittances")
              .path(String.valueOf(report.alreadyImportedFileId()))
              .build();
      return Response.ok(report).link(first, "first-import").build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path("remittances")
                .path(String.valueOf(report.fileId()))
                .build())
        .entity(report)
        .build();
  }

  @GET
  @Operation(summary = "Imported 835 files, newest first, a page at a time")
  public Page<RemittanceFile> list(
      @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
    return remittances.files(Page.first(first), Page.size(max));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One imported file with its transaction sets (POSTED or REJECTED, why)")
  public Remittances.FileView get(@PathParam("id") long id) {
    return remittances.file(id);
  }

  @GET
  @Path("{id}/content")
  @Produces({"application/edi-x12", MediaType.TEXT_PLAIN})
  @Operation(summary = "The 835 file exactly as received")
  public Response content(@PathParam("id") long id) {
    return Response.ok(remittances.content(id))
        .header("Content-Disposition", "attachment; filename=\"remittance-" + id + ".835\"")
        .build();
  }

  @GET
  @Path("transactions/{id}/claims")
  @Operation(
      summary = "The claim payments of one transaction set with lines and adjustments, paged")
  public Page<Remittances.ClaimPaymentView> claims(
      @PathParam("id") long transactionId,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return remittances.claimPayments(transactionId, Page.first(first), Page.size(max));
  }

  @GET
  @Path("unmatched")
  @Operation(
      summary =
          "Remittance claims and lines not posted to any claim of ours (status OPEN by default),"
              + " with the segments as read")
  public Page<UnmatchedRemittance> unmatched(
      @QueryParam("status") UnmatchedRemittance.Status status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return remittances.unmatched(
        status == null ? UnmatchedRemittance.Status.OPEN : status,
        Page.first(first),
        Page.size(max));
  }

  @POST
  @Path("unmatched/{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Resolve an unmatched item, saying what was done (send the version you read); it is"
              + " never posted to a guessed claim")
  public UnmatchedRemittance resolve(
      @PathParam("id") long id, @Valid @NotNull UnmatchedResolutionData data) {
    return remittances.resolveUnmatched(id, data.version, data.note);
  }

  @GET
  @Path("claims/{claimId}")
  @Operation(summary = "Every payment posted to one of our claims, reversals included")
  public List<Remittances.ClaimPaymentView> forClaim(@PathParam("claimId") long claimId) {
    return remittances.paymentsForClaim(claimId);
  }
}
