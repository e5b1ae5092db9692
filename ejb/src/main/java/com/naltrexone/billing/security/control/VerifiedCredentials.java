package com.naltrexone.billing.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short time, that a user name and password were verified, so that the REST API
 * (HTTP Basic on every request) does not run PBKDF2 with 210,000 iterations on every call: that
 * costs about a tenth of a second of CPU each and would make the API slow and easy to overload.
 *
 * <p>What is kept is an HMAC of the password under a random key made at start-up and never stored,
 * not the password. An entry lives {@code billing.api.credential-cache-seconds} (default 30; 0
 * turns the cache off) and holds only while the user's credentials version (see {@link
 * CredentialChanges}, read by the caller from the database before each lookup) is the one it was
 * verified under: a password, role or active-flag change on any instance of a deployment group ends
 * it at the next request. On this instance it is also dropped at once after the change commits. The
 * map is bounded.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final int MAX_ENTRIES = 10_000;

  @Inject
  @ConfigProperty(name = "billing.api.credential-cache-seconds", defaultValue = "30")
  long ttlSeconds;

  @Inject Clock clock;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private byte[] key;

  private record Entry(
      byte[] mac, long credentialsVersion, CredentialValidationResult result, Instant expires) {}

  public VerifiedCredentials() {}

  /** For tests. */
  VerifiedCredentials(long ttlSeconds, Clock clock) {
    this.ttlSeconds = ttlSeconds;
    this.clock = clock;
    init();
  }

  @PostConstruct
  void init() {
    key = new byte[32];
    new SecureRandom().nextBytes(key);
  }

  /**
   * The remembered result when this exact password was verified for this user recently, under the
   * credentials version the user has now ({@code credentialsVersion}, from {@link
   * CredentialChanges#now}, read before this call).
   */
  public Optional<CredentialValidationResult> lookup(
      String username, String password, long credentialsVersion) {
    if (ttlSeconds <= 0 || credentialsVersion == CredentialChanges.NO_ACTIVE_USER) {
      return Optional.empty();
    }
    Entry e = entries.get(username);
    if (e == null) {
      return Optional.empty();
    }
    if (e.credentialsVersion() != credentialsVersion) {
      entries.remove(username, e);
      return Optional.empty();
    }
    if (!clock.instant().isBefore(e.expires())) {
      entries.remove(username, e);
      return Optional.empty();
    }
    return MessageDigest.isEqual(e.mac(), mac(password))
        ? Optional.of(e.result())
        : Optional.empty();
  }

  /**
   * Remembers a successful verification, under the credentials version read <em>before</em> the
   * password was verified (so a change made meanwhile is never remembered as the old one).
   */
  public void remember(
      String username,
      String password,
      long credentialsVersion,
      CredentialValidationResult result) {
    if (ttlSeconds <= 0 || credentialsVersion == CredentialChanges.NO_ACTIVE_USER) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        username,
        new Entry(
            mac(password),
            credentialsVersion,
            result,
            clock.instant().plus(Duration.ofSeconds(ttlSeconds))));
  }

  int size() {
    return entries.size();
  }

  public void forget(String username) {
    entries.remove(username);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged event) {
    forget(event.username());
  }

  private byte[] mac(String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
