package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.Benefits;
import com.naltrexone.billing.cost.boundary.ContractRateData;
import com.naltrexone.billing.cost.entity.PayerContractRate;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A payer's contracted allowed amounts per code, by effective date. */
@RequestScoped
@Path("payers/{payerId}/contract-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Cost of access",
    description = "Benefits, estimates, assistance, underpayments, margin")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class ContractRatesResource {

  @EJB Benefits benefits;

  @GET
  @Operation(summary = "The payer's contract rates, by code and latest first")
  public List<PayerContractRate> list(@PathParam("payerId") long payerId) {
    return benefits.rates(payerId);
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Add a contract rate (per unit, or a percentage of the ASP payment limit)")
  public Response add(
      @PathParam("payerId") long payerId,
      @Valid @NotNull ContractRateData data,
      @Context UriInfo uri) {
    PayerContractRate r = benefits.addRate(payerId, data);
    return Created.at(uri, r.getId(), r);
  }
}
