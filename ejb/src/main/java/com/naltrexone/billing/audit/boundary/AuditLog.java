package com.naltrexone.billing.audit.boundary;

import com.naltrexone.billing.audit.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the audit log. Writing happens only through {@code AuditTrail}, inside each change. */
@Stateless
public class AuditLog {

  @PersistenceContext EntityManager em;

  public List<AuditEntry> forEntity(String type, Object id) {
    return em.createNamedQuery(AuditEntry.FOR_ENTITY, AuditEntry.class)
        .setParameter("type", type)
        .setParameter("id", String.valueOf(id))
        .getResultList();
  }

  public List<AuditEntry> recent(int first, int max) {
    return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
