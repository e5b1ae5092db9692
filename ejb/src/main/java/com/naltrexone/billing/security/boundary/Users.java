package com.naltrexone.billing.security.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.security.control.CredentialsChanged;
import com.naltrexone.billing.security.entity.AppUser;
import com.naltrexone.billing.security.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Creates and manages the people and machines that log in. */
@Stateless
public class Users {

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<CredentialsChanged> credentialsChanged;

  public AppUser create(String username, String password, Set<Role> roles) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new BusinessRuleException(
          "username", "use 2 to 64 lower-case letters, digits, '.', '_' or '-', starting a letter");
    }
    checkPassword(password);
    if (roles == null || roles.isEmpty()) {
      throw new BusinessRuleException("roles", "give the user at least one role");
    }
    if (find(username).isPresent()) {
      throw new BusinessRuleException("username", "a user named " + username + " already exists");
    }
    AppUser user = new AppUser(username, hashing.hash(password), roles, clock.instant());
    em.persist(user);
    em.flush();
    audit.record("user.created", "AppUser", user.getId(), "roles=" + roles);
    return user;
  }

  public AppUser changePassword(long id, String password) {
    checkPassword(password);
    AppUser user = get(id);
    user.changePassword(hashing.hash(password));
    audit.record("user.password-changed", "AppUser", id, null);
    credentialsChanged.fire(new CredentialsChanged(user.getUsername()));
    return user;
  }

  public AppUser grant(long id, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new BusinessRuleException("roles", "give the user at least one role");
    }
    AppUser user = get(id);
    Set<Role> before = user.getRoles();
    user.grant(roles);
    audit.record("user.roles-changed", "AppUser", id, "roles " + before + " -> " + roles);
    credentialsChanged.fire(new CredentialsChanged(user.getUsername()));
    return user;
  }

  public AppUser deactivate(long id) {
    AppUser user = get(id);
    user.deactivate();
    audit.record("user.deactivated", "AppUser", id, null);
    credentialsChanged.fire(new CredentialsChanged(user.getUsername()));
    return user;
  }

  public AppUser get(long id) {
    AppUser user = em.find(AppUser.class, id);
    if (user == null) {
      throw new UnknownEntityException("user", id);
    }
    return user;
  }

  public Optional<AppUser> find(String username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  public List<AppUser> all() {
    return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult();
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < PasswordHashing.MIN_LENGTH) {
      throw new BusinessRuleException(
          "password", "use at least " + PasswordHashing.MIN_LENGTH + " characters");
    }
  }
}
