package com.naltrexone.billing.patients.rest;

import com.naltrexone.billing.coverage.boundary.CoverageData;
import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.patients.boundary.PatientData;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.Page;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.boundary.Prescriptions;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Prescription;
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

/** Patients with their coverages, prescriptions and doses. Every read is audited. */
@RequestScoped
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients", description = "Demographics, coverage in COB order, prescriptions, doses")
@RolesAllowed({
  Role.BILLER_NAME,
  Role.PA_COORDINATOR_NAME,
  Role.CLINICIAN_NAME,
  Role.ADMIN_NAME,
  Role.SYSTEM_NAME
})
public class PatientsResource {

  /** A patient's record with when the next Vivitrol injection is due (null before the first). */
  public record PatientView(Patient patient, LocalDate nextVivitrolDoseDue) {}

  @EJB Patients patients;
  @EJB Coverages coverages;
  @EJB Prescriptions prescriptions;
  @EJB Doses doses;

  @GET
  @Operation(summary = "Find patients by the start of the last name or by MRN, a page at a time")
  public Page<Patient> search(
      @QueryParam("q") String query,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    return patients.search(query, Page.first(first), Page.size(max));
  }

  @POST
  @RolesAllowed({Role.BILLER_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Register a patient (MRN unique in the program)")
  public Response create(@Valid @NotNull PatientData data, @Context UriInfo uri) {
    Patient p = patients.create(data);
    return Created.at(uri, p.getId(), p);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A patient's record and next Vivitrol dose due")
  public PatientView get(@PathParam("id") long id) {
    return new PatientView(patients.read(id), doses.nextVivitrolDoseDue(id).orElse(null));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.BILLER_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Change a patient's demographics (send the version you read)")
  public Patient update(@PathParam("id") long id, @Valid @NotNull PatientData data) {
    return patients.update(id, data);
  }

  @GET
  @Path("{id}/coverages")
  @Operation(summary = "The patient's coverages in COB order")
  public List<Coverage> coverages(@PathParam("id") long id) {
    patients.recordRead(id, "coverages");
    return coverages.of(id);
  }

  @POST
  @Path("{id}/coverages")
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Add a coverage; the same COB order may not overlap in time")
  public Response addCoverage(
      @PathParam("id") long id, @Valid @NotNull CoverageData data, @Context UriInfo uri) {
    Coverage c = coverages.add(id, data);
    return Created.at(uri, c.getId(), c);
  }

  @PUT
  @Path("{id}/coverages/{coverageId}")
  @RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Change a coverage (send the version you read)")
  public Coverage updateCoverage(
      @PathParam("id") long id,
      @PathParam("coverageId") long coverageId,
      @Valid @NotNull CoverageData data) {
    return coverages.update(id, coverageId, data);
  }

  @GET
  @Path("{id}/prescriptions")
  @Operation(summary = "The patient's prescriptions, newest first")
  public List<Prescription> prescriptions(@PathParam("id") long id) {
    patients.recordRead(id, "prescriptions");
    return prescriptions.of(id);
  }

  @GET
  @Path("{id}/doses")
  @Operation(summary = "Injections given and oral fills, newest first")
  public List<Dose> doses(@PathParam("id") long id) {
    patients.recordRead(id, "doses");
    return doses.of(id);
  }
}
