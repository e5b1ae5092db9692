package com.naltrexone.billing.authorizations.rest;

import com.naltrexone.billing.authorizations.boundary.AuthorizationAlerts;
import com.naltrexone.billing.authorizations.boundary.AuthorizationData;
import com.naltrexone.billing.authorizations.boundary.AuthorizationEvidence;
import com.naltrexone.billing.authorizations.boundary.Authorizations;
import com.naltrexone.billing.authorizations.boundary.DecisionData;
import com.naltrexone.billing.authorizations.boundary.EvidenceData;
import com.naltrexone.billing.authorizations.boundary.PaPackets;
import com.naltrexone.billing.authorizations.boundary.StatusData;
import com.naltrexone.billing.authorizations.control.LapseAlerts;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.authorizations.entity.Evidence;
import com.naltrexone.billing.platform.Page;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Prior authorizations: the request lifecycle, the payer's decision, evidence, the checklist and
 * units left (in the detail), the alert queue and the PA packet PDF. PA coordinators, billers and
 * admins work them; clinicians read them and add clinical evidence.
 */
@RequestScoped
@Path("authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Prior authorization",
    description = "PA lifecycle, dose-aware units, alerts, evidence and the PA packet")
@RolesAllowed({
  Role.PA_COORDINATOR_NAME,
  Role.BILLER_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class AuthorizationsResource {

  @EJB Authorizations authorizations;
  @EJB AuthorizationEvidence evidence;
  @EJB AuthorizationAlerts alerts;
  @EJB PaPackets packets;

  @GET
  @Operation(summary = "Authorizations, newest first; filter by patientId, payerId, status")
  public Page<Authorization> list(
      @QueryParam("patientId") Long patientId,
      @QueryParam("payerId") Long payerId,
      @QueryParam("status") AuthorizationStatus status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return authorizations.list(patientId, payerId, status, Page.first(first), Page.size(max));
  }

  @POST
  @RolesAllowed({Role.PA_COORDINATOR_NAME, Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Start a request (a draft) for a patient's prescription with a payer")
  public Response create(@Valid @NotNull AuthorizationData data, @Context UriInfo uri) {
    Authorization a = authorizations.create(data);
    return Created.at(uri, a.getId(), a);
  }

  @GET
  @Path("alerts")
  @Operation(
      summary =
          "What needs doing: approvals ending before the next dose or short of units, expiring"
              + " soon, PA required and missing, appeal deadlines, doses no approval covers")
  public List<LapseAlerts.Alert> alerts() {
    return alerts.all();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "One authorization with its history, units and doses used and left, the payer's"
              + " checklist (satisfied or missing) and its evidence")
  public Authorizations.Detail get(@PathParam("id") long id) {
    return authorizations.detail(id);
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Role.PA_COORDINATOR_NAME, Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Move it: SUBMITTED, PENDED, APPEALED, WITHDRAWN, EXPIRED (send the version you read)")
  public Authorization transition(@PathParam("id") long id, @Valid @NotNull StatusData data) {
    return authorizations.transition(id, data);
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed({Role.PA_COORDINATOR_NAME, Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Record the payer's decision: APPROVED (number, span, units), DENIED (appeal deadline)"
              + " or PENDED")
  public Authorization decide(@PathParam("id") long id, @Valid @NotNull DecisionData data) {
    return authorizations.decide(id, data);
  }

  @POST
  @Path("{id}/evidence")
  @RolesAllowed({Role.PA_COORDINATOR_NAME, Role.BILLER_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Attach evidence: a typed result, free text, or a PDF/PNG/JPEG (base64)")
  public Response addEvidence(
      @PathParam("id") long id, @Valid @NotNull EvidenceData data, @Context UriInfo uri) {
    Evidence e = evidence.add(id, data);
    return Created.at(uri, e.getId(), e);
  }

  @GET
  @Path("{id}/evidence/{evidenceId}/content")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(summary = "The bytes of an uploaded document")
  public Response document(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    AuthorizationEvidence.Document d = evidence.document(id, evidenceId);
    return Response.ok(d.content(), d.contentType())
        .header("Content-Disposition", "inline; filename=\"document-" + evidenceId + "\"")
        .build();
  }

  @GET
  @Path("{id}/packet")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.PA_COORDINATOR_NAME, Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "The PA packet PDF (cover, request form, letter, evidence, Part 2 notice); logged as a"
              + " disclosure; 409 when no Part 2 consent covers the payer")
  public Response packet(@PathParam("id") long id) {
    PaPackets.Printed printed = packets.print(id);
    return Response.ok(printed.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + printed.fileName() + "\"")
        .header("X-Disclosure-Id", printed.disclosureId())
        .build();
  }
}
