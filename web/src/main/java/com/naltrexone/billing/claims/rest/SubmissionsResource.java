package com.naltrexone.billing.claims.rest;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import com.naltrexone.billing.claims.boundary.SubmissionRuns;
import com.naltrexone.billing.claims.entity.SubmissionRun;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claim submission runs: start one now, watch its progress, list the last ones. */
@RequestScoped
@Path("submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "The nightly 837P submission job")
@RolesAllowed({Role.BILLER_NAME, Role.ADMIN_NAME, Role.SYSTEM_NAME})
public class SubmissionsResource {

  /** A run with the batch runtime's status of its job execution. */
  public record RunView(SubmissionRun run, String batchStatus) {}

  @EJB SubmissionRuns runs;
  @EJB ClaimSubmission submission;

  @POST
  @Operation(
      summary = "Start a submission run now (409 while one is running); progress at the Location")
  public Response start(@QueryParam("chunkSize") Integer chunkSize, @Context UriInfo uri) {
    // Checked here, not with @Min/@Max: Payara's OpenAPI generator fails on constraint
    // annotations on query parameters.
    if (chunkSize != null && (chunkSize < 1 || chunkSize > 5000)) {
      throw new BusinessRuleException("chunkSize", "use 1 to 5000 claims per chunk");
    }
    SubmissionRun run = runs.start("MANUAL", chunkSize);
    return Response.accepted(new RunView(run, runs.batchStatus(run)))
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.getId())).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A run's progress: claims built, read, held, written, sent")
  public RunView get(@PathParam("id") long id) {
    SubmissionRun run = submission.run(id);
    return new RunView(run, runs.batchStatus(run));
  }

  @GET
  @Operation(summary = "The last runs, newest first")
  public List<SubmissionRun> recent(@QueryParam("max") Integer max) {
    return submission.recentRuns(max == null || max < 1 ? 20 : Math.min(max, 200));
  }
}
