package com.naltrexone.billing.web;

import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/** The REST API lives under {@code /billing/api}; every resource needs an authenticated caller. */
@ApplicationPath("api")
@DeclareRoles({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Naltrexone Billing API",
            version = "0.1.0",
            description =
                "Patients, payers, coverage, prescriptions, doses, prior authorizations, 837P claims,"
                    + " 835 remittance and cost of access for naltrexone treatment."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class JaxRsConfiguration extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // @RolesAllowed on resources is enforced by Jersey (Payara's JAX-RS implementation).
    return Map.of(
        "jersey.config.server.provider.classnames", RolesAllowedDynamicFeature.class.getName());
  }
}
