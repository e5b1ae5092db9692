package com.naltrexone.billing.audit.rest;

import com.naltrexone.billing.audit.boundary.AuditLog;
import com.naltrexone.billing.audit.entity.AuditEntry;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for administrators: who changed which record, when, and what changed. */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only audit log")
public class AuditResource {

  @EJB AuditLog log;

  @GET
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Audit entries, newest first, optionally for one entity type and id;"
              + " pages of at most 200")
  public List<AuditEntry> search(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return log.search(entityType, entityId, first, max);
  }
}
