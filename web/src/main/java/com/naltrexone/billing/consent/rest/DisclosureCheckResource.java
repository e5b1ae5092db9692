package com.naltrexone.billing.consent.rest;

import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.security.entity.Role;
import com.naltrexone.billing.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** May this patient's records go to this payer on this day? (See {@link ConsentsResource}.) */
@RequestScoped
@Path("patients/{patientId}/disclosure-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Part 2 consent", description = "42 CFR Part 2 consents and the disclosure log")
public class DisclosureCheckResource {

  @EJB Part2Consents consents;

  @GET
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "The Part 2 decision for a payer on a date (default today), with the reason")
  public DisclosureDecision check(
      @PathParam("patientId") long patientId,
      @QueryParam("payerId") String payerId,
      @QueryParam("date") String date) {
    return consents.mayDisclose(
        patientId, payerId(payerId), QueryParams.optionalDate("date", date));
  }

  private static long payerId(String payerId) {
    if (payerId == null || payerId.isBlank()) {
      throw new BusinessRuleException("payerId", "name the payer to check");
    }
    try {
      return Long.parseLong(payerId.trim());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("payerId", "use the payer's numeric id");
    }
  }
}
