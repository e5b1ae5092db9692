package com.naltrexone.billing.remittance.rest;

import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.ProviderLedgerEntry;
import com.naltrexone.billing.security.entity.Role;
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

/** PLB provider-level adjustments (recoupments, forward balances, interest), newest first. */
@RequestScoped
@Path("provider-ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remittances", description = "835 import and posting")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
public class ProviderLedgerResource {

  @EJB Remittances remittances;

  @GET
  @Operation(
      summary =
          "Provider ledger entries from 835 PLB segments (positive reduced a payment, negative"
              + " increased it), with the claim the reference names when it is ours")
  public Page<ProviderLedgerEntry> list(
      @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
    return remittances.providerLedger(Page.first(first), Page.size(max));
  }
}
