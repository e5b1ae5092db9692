package com.naltrexone.billing.security.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a user's password, roles or active flag changed since a UI session logged in (or since
 * the API remembered a verified password): the caller keeps the user's credentials version of that
 * moment ({@link #now}) and the session or the remembered login ends when the database holds
 * another one, or the user is no longer active (so a deactivated user or a removed role does not
 * live on). The version is read from the database ({@link CredentialVersions}), so a change made on
 * one instance of a deployment group counts on every other.
 *
 * <p>Each instance keeps what it read for {@code billing.security.credentials-check-seconds}
 * (default 2; 0 reads on every request): reading on every request cost the worklist load test about
 * a fifth of its throughput (docs/benchmarks.md). A change made on this instance is seen at once
 * (the entry is dropped when the change commits); one made on another instance within those
 * seconds.
 */
@ApplicationScoped
public class CredentialChanges {

  /** What {@link #now} answers for a user that does not exist or is not active. */
  public static final long NO_ACTIVE_USER = -1;

  static final int MAX_ENTRIES = 10_000;

  @EJB CredentialVersions versions;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "billing.security.credentials-check-seconds", defaultValue = "2")
  long checkSeconds;

  private record Read(long version, Instant at) {}

  private final ConcurrentHashMap<String, Read> reads = new ConcurrentHashMap<>();

  /** The user's credentials version now (at most the configured seconds old). */
  public long now(String username) {
    Instant at = clock.instant();
    Read read = reads.get(username);
    if (read != null
        && checkSeconds > 0
        && at.isBefore(read.at().plus(Duration.ofSeconds(checkSeconds)))) {
      return read.version();
    }
    long version = versions.current(username);
    if (checkSeconds > 0) {
      if (reads.size() >= MAX_ENTRIES) {
        reads.clear();
      }
      reads.put(username, new Read(version, at));
    }
    return version;
  }

  /** Whether the user changed (or went) after a moment that kept {@code before}. */
  public boolean changedSince(String username, long before) {
    long current = now(username);
    return current == NO_ACTIVE_USER || current != before;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged event) {
    reads.remove(event.username());
  }
}
