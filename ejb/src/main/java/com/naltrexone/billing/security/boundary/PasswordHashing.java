package com.naltrexone.billing.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashing with the exact parameters the database identity store verifies with (see {@link
 * #PARAMETERS}, repeated in the web module's identity store definition).
 */
@ApplicationScoped
public class PasswordHashing {

  /** Shared with {@code @DatabaseIdentityStoreDefinition(hashAlgorithmParameters = ...)}. */
  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";

  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String KEY = "Pbkdf2PasswordHash.KeySizeBytes=32";
  public static final int MIN_LENGTH = 10;

  private static final Map<String, String> PARAMETERS = parameters();

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void init() {
    hash.initialize(PARAMETERS);
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String stored) {
    return hash.verify(password.toCharArray(), stored);
  }

  private static Map<String, String> parameters() {
    return Map.of(
        key(ALGORITHM), value(ALGORITHM),
        key(ITERATIONS), value(ITERATIONS),
        key(SALT), value(SALT),
        key(KEY), value(KEY));
  }

  private static String key(String pair) {
    return pair.substring(0, pair.indexOf('='));
  }

  private static String value(String pair) {
    return pair.substring(pair.indexOf('=') + 1);
  }
}
