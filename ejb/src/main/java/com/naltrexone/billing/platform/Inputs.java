package com.naltrexone.billing.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of a boundary's input object for callers that are not JAX-RS (UI, demo data,
 * other boundaries): the same constraints, reported as a {@link BusinessRuleException} naming each
 * field, so nothing half-valid reaches the database as a 500.
 */
public final class Inputs {

  private Inputs() {}

  public static <T> T valid(Validator validator, String what, T input) {
    if (input == null) {
      throw new BusinessRuleException("body", "send the " + what);
    }
    List<BusinessRuleException.Violation> violations =
        validator.validate(input).stream()
            .map(Inputs::toViolation)
            .sorted(Comparator.comparing(BusinessRuleException.Violation::field))
            .toList();
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return input;
  }

  private static BusinessRuleException.Violation toViolation(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    return new BusinessRuleException.Violation(path.isEmpty() ? "body" : path, v.getMessage());
  }
}
