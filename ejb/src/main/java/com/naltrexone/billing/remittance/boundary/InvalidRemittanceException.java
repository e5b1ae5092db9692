package com.naltrexone.billing.remittance.boundary;

import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The file is not a readable 835 interchange (envelope, counts, control numbers, not X12): 400 with
 * one error per problem, 999-style (segment, its position, element, reason), and nothing written.
 */
@ApplicationException(rollback = true)
public class InvalidRemittanceException extends BusinessRuleException {

  private final List<X12Issue> issues;

  public InvalidRemittanceException(List<X12Issue> issues) {
    super(issues.stream().map(InvalidRemittanceException::violation).toList());
    this.issues = List.copyOf(issues);
  }

  public List<X12Issue> issues() {
    return issues;
  }

  public static Violation violation(X12Issue issue) {
    String where =
        (issue.segment() == null || issue.segment().isEmpty()
                ? "file"
                : "segment " + issue.segment())
            + (issue.segmentPosition() > 0 ? " #" + issue.segmentPosition() : "")
            + (issue.element() != null ? " element " + issue.element() : "");
    return new Violation("file", where + ": " + issue.reason() + " (" + issue.code() + ")");
  }
}
