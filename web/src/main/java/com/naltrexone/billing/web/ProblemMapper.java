package com.naltrexone.billing.web;

import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.UnknownEntityException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where exceptions become HTTP answers: bad input is 400 naming each field, unknown
 * records 404, concurrent edits and state conflicts 409, anything else 500 with an incident id.
 * Never a stack trace, SQL or input echo in a response.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final Pattern JSON_PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("Json property ([A-Za-z0-9_]+) can not be mapped");
  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.[A-Za-z0-9_]+");

  @Override
  public Response toResponse(Throwable thrown) {
    Problem problem = toProblem(unwrap(thrown));
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  Problem toProblem(Throwable e) {
    if (e instanceof ConstraintViolationException cve) {
      List<Problem.FieldError> errors = new ArrayList<>();
      for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
        errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
      }
      errors.sort(Comparator.comparing(Problem.FieldError::field));
      return invalid("One or more fields are invalid.", errors);
    }
    if (e instanceof BusinessRuleException bre) {
      return invalid(
          bre.getMessage(),
          bre.violations().stream()
              .map(v -> new Problem.FieldError(v.field(), v.message()))
              .toList());
    }
    if (e instanceof JsonbException) {
      return invalid(
          "The request body is not valid JSON for this resource.", List.of(jsonError(e)));
    }
    if (e instanceof UnknownEntityException unknown) {
      return new Problem("about:blank", "Not Found", 404, unknown.getMessage(), List.of());
    }
    if (e instanceof OptimisticLockException) {
      return new Problem(
          "about:blank",
          "Conflict",
          409,
          "Someone else changed this record since you loaded it; reload and try again.",
          List.of());
    }
    if (e instanceof ConflictException conflict) {
      return new Problem("about:blank", "Conflict", 409, conflict.getMessage(), List.of());
    }
    if (e instanceof EJBAccessException) {
      return new Problem("about:blank", "Forbidden", 403, "Your role may not do this.", List.of());
    }
    if (e instanceof WebApplicationException wae) {
      Response.StatusType status = wae.getResponse().getStatusInfo();
      if (status.getStatusCode() >= 500) {
        return serverError(e);
      }
      return new Problem(
          "about:blank",
          status.getReasonPhrase(),
          status.getStatusCode(),
          safeDetail(wae),
          List.of());
    }
    return serverError(e);
  }

  private static Problem invalid(String detail, List<Problem.FieldError> errors) {
    return new Problem("about:blank", "Bad Request", 400, detail, errors);
  }

  private static Problem serverError(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled failure, incident " + incident, e);
    return new Problem(
        "about:blank",
        "Internal Server Error",
        500,
        "Something went wrong on our side (incident " + incident + ").",
        List.of());
  }

  private static String safeDetail(WebApplicationException wae) {
    int code = wae.getResponse().getStatus();
    return switch (code) {
      case 401 -> "Log in first.";
      case 403 -> "Your role may not do this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method.";
      case 406 -> "This address cannot answer in the requested media type.";
      case 415 -> "Send the body as application/json.";
      case 413 -> "The request body is too large.";
      default -> wae.getResponse().getStatusInfo().getReasonPhrase();
    };
  }

  /** EJB and JSON-B wrap the exception that says what went wrong; find it. */
  static Throwable unwrap(Throwable thrown) {
    // A body too large is found while a reader (JSON-B, say) consumes it, and comes back wrapped.
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof BusinessRuleException) {
        return t;
      }
    }
    Throwable e = thrown;
    for (int depth = 0; depth < 10; depth++) {
      Throwable next = null;
      if (e instanceof EJBException ejb && ejb.getCausedByException() != null) {
        next = ejb.getCausedByException();
      } else if ((e instanceof EJBException
              || e instanceof ProcessingException
              || (e instanceof WebApplicationException && e.getCause() instanceof JsonbException))
          && e.getCause() != null) {
        next = e.getCause();
      }
      if (next == null || next == e) {
        return e;
      }
      e = next;
    }
    return e;
  }

  /** The property path after the method and parameter nodes, e.g. {@code address.zip}. */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getName() != null) {
        names.add(
            node.getIndex() == null
                ? node.getName()
                : node.getName() + "[" + node.getIndex() + "]");
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return String.join(".", names);
  }

  /**
   * Names the JSON property that failed to bind, and for an unknown enum constant lists the allowed
   * values. JSON-B (Yasson) only says this in its messages.
   */
  static Problem.FieldError jsonError(Throwable e) {
    String field = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      Matcher property = JSON_PROPERTY.matcher(message);
      if (field == null && property.find()) {
        field = property.group(1);
      }
      Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
      if (unknown.find()) {
        return new Problem.FieldError(
            unknown.group(1), "is not a field of this resource; check its spelling");
      }
      Matcher constant = ENUM_CONSTANT.matcher(message);
      if (constant.find()) {
        String allowed = allowedValues(constant.group(1));
        if (allowed != null) {
          String type = constant.group(1).substring(constant.group(1).lastIndexOf('.') + 1);
          return new Problem.FieldError(
              field != null ? field : lowerFirst(type.substring(type.lastIndexOf('$') + 1)),
              "is not a known value; use one of " + allowed);
        }
      }
    }
    return new Problem.FieldError(
        field != null ? field : "body",
        field != null ? "has a value of the wrong type or form" : "is not well-formed JSON");
  }

  private static String allowedValues(String enumClass) {
    try {
      Class<?> type = Class.forName(enumClass, false, ProblemMapper.class.getClassLoader());
      Object[] constants = type.getEnumConstants();
      if (constants == null) {
        return null;
      }
      return java.util.Arrays.stream(constants)
          .map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(", "));
    } catch (ClassNotFoundException | LinkageError unknown) {
      return null;
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
