package com.naltrexone.billing.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each user's password, roles or active flag last changed on this server, as a sequence
 * number: a UI session keeps the number of its login and is ended when the user has changed since
 * (so a deactivated user or a removed role does not live on in an open session).
 */
@ApplicationScoped
public class CredentialChanges {

  private final AtomicLong sequence = new AtomicLong();
  private final ConcurrentHashMap<String, Long> lastChange = new ConcurrentHashMap<>();

  /** The number to keep at login. */
  public long now() {
    return sequence.get();
  }

  /** Whether the user changed after {@code since} (a number from {@link #now()}). */
  public boolean changedSince(String username, long since) {
    return lastChange.getOrDefault(username, Long.MIN_VALUE) > since;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged event) {
    lastChange.put(event.username(), sequence.incrementAndGet());
  }
}
