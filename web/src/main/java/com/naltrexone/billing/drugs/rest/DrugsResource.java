package com.naltrexone.billing.drugs.rest;

import com.naltrexone.billing.drugs.boundary.DrugCatalog;
import com.naltrexone.billing.drugs.boundary.DrugData;
import com.naltrexone.billing.drugs.boundary.LotData;
import com.naltrexone.billing.drugs.boundary.PriceData;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.drugs.entity.DrugPrice;
import com.naltrexone.billing.drugs.entity.PriceKind;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.UnknownEntityException;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The drug catalog. Everyone logged in reads it; ADMIN edits it; clinicians also receive lots. */
@RequestScoped
@Path("drugs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drugs", description = "Naltrexone products, effective-dated prices and received lots")
public class DrugsResource {

  @EJB DrugCatalog catalog;

  @GET
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "List the catalog")
  public List<Drug> list() {
    return catalog.drugs();
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a drug (J2315 injections are 380 billing units per kit)")
  public Response create(@Valid @NotNull DrugData data, @Context UriInfo uri) {
    Drug drug = catalog.create(data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(drug.getId())).build())
        .entity(drug)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "One drug")
  public Drug get(@PathParam("id") long id) {
    return catalog.drug(id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Change a drug; send the version you loaded (a stale one is 409)")
  public Drug update(@PathParam("id") long id, @Valid @NotNull DrugData data) {
    return catalog.update(id, data);
  }

  @GET
  @Path("{id}/prices")
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "All price rows of a drug, by kind, newest first")
  public List<DrugPrice> prices(@PathParam("id") long id) {
    return catalog.prices(id);
  }

  @POST
  @Path("{id}/prices")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a price row; it may not overlap another row of the same kind")
  public Response addPrice(
      @PathParam("id") long id, @Valid @NotNull PriceData data, @Context UriInfo uri) {
    DrugPrice price = catalog.addPrice(id, data);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(price.getId())).build())
        .entity(price)
        .build();
  }

  @GET
  @Path("{id}/prices/current")
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "The price of a kind in force on a date (default today); 404 if none")
  public DrugPrice current(
      @PathParam("id") long id, @QueryParam("kind") String kind, @QueryParam("date") String date) {
    PriceKind priceKind = priceKind(kind);
    LocalDate on = QueryParams.optionalDate("date", date);
    return catalog
        .priceOn(id, priceKind, on)
        .orElseThrow(
            () ->
                new UnknownEntityException(
                    priceKind + " price of drug " + id + " in force on",
                    on == null ? "today" : on));
  }

  @GET
  @Path("{id}/lots")
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "Received lots of a drug, soonest expiry first")
  public List<DrugLot> lots(@PathParam("id") long id) {
    return catalog.lots(id);
  }

  @POST
  @Path("{id}/lots")
  @RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME})
  @Operation(summary = "Receive a lot into inventory")
  public Response receiveLot(
      @PathParam("id") long id, @Valid @NotNull LotData data, @Context UriInfo uri) {
    DrugLot lot = catalog.receiveLot(id, data);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(lot.getId())).build())
        .entity(lot)
        .build();
  }

  private static PriceKind priceKind(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new BusinessRuleException("kind", "name the price kind: " + allowedKinds());
    }
    try {
      return PriceKind.valueOf(kind.trim());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("kind", "is not a known value; use one of " + allowedKinds());
    }
  }

  private static String allowedKinds() {
    return String.join(", ", java.util.Arrays.stream(PriceKind.values()).map(Enum::name).toList());
  }
}
