package com.naltrexone.billing.audit.boundary;

import com.naltrexone.billing.audit.entity.AuditEntry;
import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reads the audit log. Writing happens only through {@code AuditTrail}, inside each change. */
@Stateless
public class AuditLog {

  /** The most entries one page may hold; larger requests get this many. */
  public static final int MAX_PAGE = 200;

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

  /**
   * A page of entries, newest first, optionally only those about one entity type and/or one entity
   * id (blank = any). {@code max} is capped at {@link #MAX_PAGE}.
   */
  public List<AuditEntry> search(String entityType, String entityId, int first, int max) {
    if (first < 0) {
      throw new BusinessRuleException("first", "start at 0 or later");
    }
    if (max < 1) {
      throw new BusinessRuleException("max", "ask for at least 1 entry");
    }
    boolean byType = entityType != null && !entityType.isBlank();
    boolean byId = entityId != null && !entityId.isBlank();
    StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
    if (byType) {
      jpql.append(" and a.entityType = :type");
    }
    if (byId) {
      jpql.append(" and a.entityId = :id");
    }
    jpql.append(" order by a.id desc");
    TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
    if (byType) {
      query.setParameter("type", entityType.trim());
    }
    if (byId) {
      query.setParameter("id", entityId.trim());
    }
    return query.setFirstResult(first).setMaxResults(Math.min(max, MAX_PAGE)).getResultList();
  }
}
