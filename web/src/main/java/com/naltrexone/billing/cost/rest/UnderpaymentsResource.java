package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.PaymentFollowUp;
import com.naltrexone.billing.cost.entity.Underpayment;
import com.naltrexone.billing.cost.entity.UnderpaymentStatus;
import com.naltrexone.billing.platform.Page;
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

/** Lines paid below the contract by more than the tolerance, with the expected figure. */
@RequestScoped
@Path("underpayments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Cost of access",
    description = "Benefits, estimates, assistance, underpayments, margin")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class UnderpaymentsResource {

  @EJB PaymentFollowUp followUp;

  @GET
  @Operation(
      summary =
          "The underpayment queue (OPEN by default, or ?status=RESOLVED), a page at a time"
              + " (first, max)")
  public Page<Underpayment> list(
      @QueryParam("status") String status,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return followUp.underpayments(
        QueryParams.status(UnderpaymentStatus.class, status, UnderpaymentStatus.OPEN),
        Page.first(first),
        Page.size(max));
  }
}
