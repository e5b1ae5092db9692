package com.naltrexone.billing.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Whether a user's password, roles or active flag changed since a UI session logged in: the session
 * keeps the user's credentials version ({@code AppUser}) of its login ({@link #now}) and is ended
 * when the database holds another one, or the user is no longer active (so a deactivated user or a
 * removed role does not live on in an open session). The number is read from the database on each
 * check, so a change made on one instance of a deployment group ends the user's sessions on every
 * other instance at their next request: one indexed read per UI request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CredentialChanges {

  /** What {@link #now} answers for a user that does not exist or is not active. */
  public static final long NO_ACTIVE_USER = -1;

  @PersistenceContext EntityManager em;

  /** The number to keep at login: the user's credentials version now. */
  public long now(String username) {
    List<Object[]> rows =
        em.createQuery(
                "select u.credentialsVersion, u.active from AppUser u where u.username = :name",
                Object[].class)
            .setParameter("name", username)
            .getResultList();
    if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1])) {
      return NO_ACTIVE_USER;
    }
    return ((Number) rows.get(0)[0]).longValue();
  }

  /** Whether the user changed (or went) after a login that kept {@code atLogin}. */
  public boolean changedSince(String username, long atLogin) {
    long current = now(username);
    return current == NO_ACTIVE_USER || current != atLogin;
  }
}
