package com.naltrexone.billing.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that is well-formed but breaks a business rule (a duplicate MRN, an expired lot, an
 * overlapping coverage). Mapped to HTTP 400 with each violation naming its field; nothing is
 * written.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

  /** One broken rule: the input field it concerns and a sentence saying what to fix. */
  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public BusinessRuleException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public BusinessRuleException(List<Violation> violations) {
    super(violations.isEmpty() ? "business rule violated" : violations.get(0).message());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
