package com.naltrexone.billing.consent.rest;

import com.naltrexone.billing.consent.boundary.ConsentData;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.boundary.RevocationData;
import com.naltrexone.billing.consent.entity.Part2Consent;
import com.naltrexone.billing.patients.boundary.Patients;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's 42 CFR Part 2 consents. The disclosure check and log are {@link
 * DisclosureCheckResource} and {@link DisclosuresResource}: each JAX-RS root path under {@code
 * patients/{id}/...} must end in its own literal segment, or it would shadow the patients resource
 * itself (JAX-RS picks one root class per request and never backtracks).
 */
@RequestScoped
@Path("patients/{patientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Part 2 consent", description = "42 CFR Part 2 consents and the disclosure log")
public class ConsentsResource {

  @EJB Part2Consents consents;
  @EJB Patients patients;

  @GET
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "The patient's consents, newest first")
  public List<Part2Consent> list(@PathParam("patientId") long patientId) {
    patients.recordRead(patientId, "consents");
    return consents.forPatient(patientId);
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.PA_COORDINATOR_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Record a signed consent (PAYER scope names a payer, ALL_PAYERS none)")
  public Response record(
      @PathParam("patientId") long patientId,
      @Valid @NotNull ConsentData data,
      @Context UriInfo uri) {
    Part2Consent consent = consents.record(patientId, data);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(consent.getId())).build())
        .entity(consent)
        .build();
  }

  @POST
  @Path("{consentId}/revocation")
  @RolesAllowed({Role.BILLER_NAME, Role.PA_COORDINATOR_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Revoke a consent from a day on; disclosures already made stand")
  public Part2Consent revoke(
      @PathParam("patientId") long patientId,
      @PathParam("consentId") long consentId,
      @Valid @NotNull RevocationData data) {
    return consents.revoke(patientId, consentId, data);
  }
}
