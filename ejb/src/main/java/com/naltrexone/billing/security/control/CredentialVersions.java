package com.naltrexone.billing.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads a user's credentials version ({@code AppUser.credentialsVersion}, bumped by every change of
 * password, roles or active flag) from the database, for {@link CredentialChanges}. A stateless
 * bean, not a CDI one: the web module reaches this EJB module's persistence unit only through an
 * EJB.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CredentialVersions {

  @PersistenceContext EntityManager em;

  /** The user's credentials version now, or {@link CredentialChanges#NO_ACTIVE_USER}. */
  public long current(String username) {
    List<Object[]> rows =
        em.createQuery(
                "select u.credentialsVersion, u.active from AppUser u where u.username = :name",
                Object[].class)
            .setParameter("name", username)
            .getResultList();
    if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1])) {
      return CredentialChanges.NO_ACTIVE_USER;
    }
    return ((Number) rows.get(0)[0]).longValue();
  }
}
