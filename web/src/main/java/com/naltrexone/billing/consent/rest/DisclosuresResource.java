package com.naltrexone.billing.consent.rest;

import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.entity.DisclosureLogEntry;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What was disclosed to payers about a patient, under which consent (see {@link ConsentsResource}).
 * Entries are written only by the outbound features, never through the API.
 */
@RequestScoped
@Path("patients/{patientId}/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Part 2 consent", description = "42 CFR Part 2 consents and the disclosure log")
public class DisclosuresResource {

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
  @Operation(summary = "The patient's disclosure log, newest first")
  public List<DisclosureLogEntry> list(@PathParam("patientId") long patientId) {
    patients.recordRead(patientId, "disclosures");
    return consents.disclosures(patientId);
  }
}
