package com.naltrexone.billing.audit.control;

import com.naltrexone.billing.audit.entity.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;

/**
 * Writes audit entries inside the caller's transaction, so a change and its audit line commit or
 * roll back together.
 */
@Dependent
public class AuditTrail {

  /** Actor recorded for work done by the application itself (start-up, migrations, demo data). */
  public static final String SYSTEM_ACTOR = "system";

  @PersistenceContext EntityManager em;
  @Inject Principal caller;
  @Inject Clock clock;

  public void record(String action, String entityType, Object entityId, String detail) {
    em.persist(
        new AuditEntry(
            clock.instant(), actor(), action, entityType, String.valueOf(entityId), detail));
  }

  /** The logged-in caller's name, or {@link #SYSTEM_ACTOR} for work the application does itself. */
  public String actor() {
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)
        ? SYSTEM_ACTOR
        : name;
  }
}
