package com.naltrexone.billing.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey registers its own mapper for {@code ValidationException} (an HTML 400 without fields),
 * which would win over {@link ProblemMapper} by being more specific; this one is more specific
 * still and hands the exception to the one mapper that owns the answer.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  private final ProblemMapper problems = new ProblemMapper();

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return problems.toResponse(exception);
  }
}
