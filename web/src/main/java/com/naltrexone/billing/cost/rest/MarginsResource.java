package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.PaymentFollowUp;
import com.naltrexone.billing.security.entity.Role;
import com.naltrexone.billing.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buy-and-bill margin per dose and per payer for a month of service, and estimate vs actual. */
@RequestScoped
@Path("margins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Cost of access",
    description = "Benefits, estimates, assistance, underpayments, margin")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class MarginsResource {

  @EJB PaymentFollowUp followUp;

  @GET
  @Operation(
      summary =
          "Doses served in ?month=YYYY-MM with a posted payment: estimate vs actual patient"
              + " responsibility, margin per dose and per payer (losing payers flagged)")
  public PaymentFollowUp.MarginReport margins(@QueryParam("month") String month) {
    return followUp.margins(QueryParams.month("month", month));
  }
}
