package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.cost.boundary.CopayAssistance;
import com.naltrexone.billing.cost.boundary.ProgramPaymentData;
import com.naltrexone.billing.cost.entity.AssistanceClaim;
import com.naltrexone.billing.cost.entity.AssistanceClaimStatus;
import com.naltrexone.billing.security.entity.Role;
import com.naltrexone.billing.web.QueryParams;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims to assistance programs after posted payments: receivables until the program pays. */
@RequestScoped
@Path("assistance-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Cost of access",
    description = "Benefits, estimates, assistance, underpayments, margin")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class AssistanceClaimsResource {

  @EJB CopayAssistance assistance;

  @GET
  @Operation(summary = "Program claims in one status (OPEN by default)")
  public List<AssistanceClaim> list(@QueryParam("status") String status) {
    return assistance.claims(
        QueryParams.status(AssistanceClaimStatus.class, status, AssistanceClaimStatus.OPEN));
  }

  @POST
  @Path("{id}/payment")
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Record the program's payment of an open claim")
  public AssistanceClaim paid(@PathParam("id") long id, @Valid @NotNull ProgramPaymentData data) {
    return assistance.paid(id, data);
  }
}
