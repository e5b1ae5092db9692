package com.naltrexone.billing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.ConflictException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static List<String> texts(Throwable e) {
    return Feedback.messagesFor(e).stream().map(FacesMessage::getSummary).toList();
  }

  @Test
  void fieldsReadAsWords() {
    assertEquals("Diagnosis code 2", Feedback.label("diagnosisCodes[1]"));
    assertEquals("Reason", Feedback.label("reason"));
    assertEquals("Payer claim number", Feedback.label("payerClaimNumber"));
  }

  @Test
  void eachBadFieldSaysWhatToFix() {
    BusinessRuleException bad =
        new BusinessRuleException(
            List.of(
                new BusinessRuleException.Violation("diagnosisCodes[0]", "FF1.20: not a code"),
                new BusinessRuleException.Violation("reason", "say why")));
    assertEquals(
        List.of(
            "Nothing was changed; fix each of these:",
            "Diagnosis code 1: FF1.20: not a code",
            "Reason: say why"),
        texts(bad));
    assertEquals(List.of("Reason: say why"), texts(new BusinessRuleException("reason", "say why")));
  }

  @Test
  void aConflictIsItsReasonEvenInsideAnEjbException() {
    assertEquals(
        List.of("Claim NB1 is SENT and cannot be voided now"),
        texts(
            new EJBException(new ConflictException("Claim NB1 is SENT and cannot be voided now"))));
  }

  @Test
  void anythingUnexpectedIsAnIncidentNeverATrace() {
    List<String> shown = texts(new IllegalStateException("SQL error near secret_table"));
    assertEquals(1, shown.size());
    assertTrue(
        shown.get(0).startsWith("Something went wrong on our side (incident "), shown.get(0));
  }
}
