package com.naltrexone.billing.security.rest;

import com.naltrexone.billing.security.boundary.Users;
import com.naltrexone.billing.security.entity.AppUser;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users and their roles. Only ADMIN manages users; anyone logged in can ask who they are. */
@RequestScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who may log in and with which roles")
public class UsersResource {

  /** A new user. (Request bodies are classes, not records: see README "Known limitations".) */
  public static class UserRequest {
    @NotBlank
    @Size(max = 64)
    public String username;

    @NotBlank
    @Size(min = 10, max = 200)
    public String password;

    @NotEmpty public Set<@NotNull Role> roles;
  }

  /** A role change. */
  public static class RolesRequest {
    @NotEmpty public Set<@NotNull Role> roles;
  }

  /** A password change. */
  public static class PasswordRequest {
    @NotBlank
    @Size(min = 10, max = 200)
    public String password;
  }

  /** A user as shown to callers: never the hash. */
  public record UserView(
      long id, String username, boolean active, List<String> roles, Instant createdAt) {
    static UserView of(AppUser u) {
      return new UserView(
          u.getId(),
          u.getUsername(),
          u.isActive(),
          u.getRoles().stream().map(Enum::name).sorted().toList(),
          u.getCreatedAt());
    }
  }

  /** The caller. */
  public record Me(String username, List<String> roles) {}

  @EJB Users users;

  @GET
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "List all users")
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "One user")
  public UserView get(@PathParam("id") long id) {
    return UserView.of(users.get(id));
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Create a user with a password (stored only as a PBKDF2 hash) and roles")
  public Response create(@Valid @NotNull UserRequest request, @Context UriInfo uri) {
    AppUser user = users.create(request.username, request.password, request.roles);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.getId())).build())
        .entity(UserView.of(user))
        .build();
  }

  @PUT
  @Path("{id}/roles")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Replace a user's roles")
  public UserView grant(@PathParam("id") long id, @Valid @NotNull RolesRequest request) {
    return UserView.of(users.grant(id, request.roles));
  }

  @PUT
  @Path("{id}/password")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Set a user's password")
  public UserView password(@PathParam("id") long id, @Valid @NotNull PasswordRequest request) {
    return UserView.of(users.changePassword(id, request.password));
  }

  @POST
  @Path("{id}/deactivation")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Deactivate a user (they can no longer log in)")
  public UserView deactivate(@PathParam("id") long id) {
    return UserView.of(users.deactivate(id));
  }

  @GET
  @Path("me")
  @RolesAllowed({
    Role.BILLER_NAME,
    Role.PA_COORDINATOR_NAME,
    Role.CLINICIAN_NAME,
    Role.ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "The logged-in caller and their roles")
  public Me me(@Context SecurityContext security) {
    List<String> roles =
        Arrays.stream(Role.values())
            .map(Enum::name)
            .filter(security::isUserInRole)
            .collect(Collectors.toList());
    return new Me(security.getUserPrincipal().getName(), roles);
  }
}
