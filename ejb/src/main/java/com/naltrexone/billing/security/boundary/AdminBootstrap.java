package com.naltrexone.billing.security.boundary;

import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On first start (no users at all) creates {@code admin} with role ADMIN. Its password comes from
 * {@code billing.admin.initial-password} (environment {@code BILLING_ADMIN_INITIAL_PASSWORD}); when
 * that is unset a random one is generated and written to the server log exactly once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdminBootstrap {

  public static final String ADMIN = "admin";
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @EJB Users users;

  @Inject
  @ConfigProperty(name = "billing.admin.initial-password")
  Optional<String> initialPassword;

  @PostConstruct
  void createFirstAdmin() {
    if (users.count() > 0) {
      return;
    }
    Optional<String> configured = initialPassword.filter(p -> !p.isBlank());
    String password = configured.orElseGet(AdminBootstrap::randomPassword);
    users.create(ADMIN, password, Set.of(Role.ADMIN));
    if (configured.isPresent()) {
      LOG.info("Created the first user 'admin' with the configured initial password.");
    } else {
      LOG.warning(
          "Created the first user 'admin' with the generated password "
              + password
              + " (shown once; change it, or set BILLING_ADMIN_INITIAL_PASSWORD before first start).");
    }
  }

  static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
