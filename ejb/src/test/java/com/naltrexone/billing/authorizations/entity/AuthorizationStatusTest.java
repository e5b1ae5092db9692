package com.naltrexone.billing.authorizations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationStatusTest {

  @Test
  void theLifecycleOfTheIssue() {
    Authorization a = new Authorization(null, null, "J2315", Benefit.MEDICAL, Channel.FAX);
    Instant t = Instant.parse("2026-11-20T10:00:00Z");
    for (AuthorizationStatus to :
        List.of(
            AuthorizationStatus.SUBMITTED,
            AuthorizationStatus.PENDED,
            AuthorizationStatus.DENIED,
            AuthorizationStatus.APPEALED,
            AuthorizationStatus.APPROVED,
            AuthorizationStatus.EXPIRED)) {
      assertTrue(a.moveTo(to, t, "pa1", null), "to " + to);
    }
    assertEquals(6, a.getHistory().size());
    assertEquals(AuthorizationStatus.APPEALED, a.getHistory().get(4).getFrom());
    assertEquals("pa1", a.getHistory().get(4).getActor());
    assertEquals(java.time.LocalDate.of(2026, 11, 20), a.getSubmittedOn());
  }

  @Test
  void illegalMovesChangeNothing() {
    Authorization a = new Authorization(null, null, "J2315", Benefit.MEDICAL, Channel.FAX);
    Instant t = Instant.now();
    assertFalse(a.moveTo(AuthorizationStatus.APPROVED, t, "pa1", null), "a draft is not decided");
    assertFalse(a.moveTo(AuthorizationStatus.APPEALED, t, "pa1", null));
    assertEquals(AuthorizationStatus.DRAFT, a.getStatus());
    assertTrue(a.getHistory().isEmpty());
    assertTrue(a.moveTo(AuthorizationStatus.WITHDRAWN, t, "pa1", "duplicate"));
    assertTrue(AuthorizationStatus.WITHDRAWN.next().isEmpty());
    assertFalse(a.moveTo(AuthorizationStatus.SUBMITTED, t, "pa1", null));
    assertFalse(AuthorizationStatus.APPROVED.canMoveTo(AuthorizationStatus.DENIED));
  }
}
