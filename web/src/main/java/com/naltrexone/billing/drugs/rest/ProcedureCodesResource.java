package com.naltrexone.billing.drugs.rest;

import com.naltrexone.billing.drugs.boundary.DrugCatalog;
import com.naltrexone.billing.drugs.entity.ProcedureCode;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HCPCS/CPT codes the program bills (reference data, read-only). */
@RequestScoped
@Path("procedure-codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drugs", description = "Naltrexone products, effective-dated prices and received lots")
public class ProcedureCodesResource {

  @EJB DrugCatalog catalog;

  @GET
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "J2315, 96372, G2073 and what one unit of each means")
  public List<ProcedureCode> list() {
    return catalog.procedureCodes();
  }
}
