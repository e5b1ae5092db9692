package com.naltrexone.billing.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final CredentialValidationResult BILLER =
      new CredentialValidationResult("biller", Set.of("BILLER"));

  /** A clock the test moves by hand. */
  private static final class Hand extends Clock {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hand clock = new Hand();
  private final VerifiedCredentials cache = new VerifiedCredentials(30, clock);

  @Test
  void theSamePasswordIsRememberedUntilTheEntryExpires() {
    cache.remember("biller", "s3cret-pass", 1, BILLER);
    assertEquals(Optional.of(BILLER), cache.lookup("biller", "s3cret-pass", 1));
    clock.now = clock.now.plus(Duration.ofSeconds(29));
    assertTrue(cache.lookup("biller", "s3cret-pass", 1).isPresent());
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertTrue(
        cache.lookup("biller", "s3cret-pass", 1).isEmpty(), "30 s later it is verified again");
  }

  @Test
  void anotherPasswordOrAnotherUserIsNeverTakenFromTheCache() {
    cache.remember("biller", "s3cret-pass", 1, BILLER);
    assertTrue(cache.lookup("biller", "s3cret-pasS", 1).isEmpty());
    assertTrue(cache.lookup("biller", "", 1).isEmpty());
    assertTrue(cache.lookup("admin", "s3cret-pass", 1).isEmpty());
  }

  @Test
  void aChangedUserIsForgottenAtOnce() {
    cache.remember("biller", "s3cret-pass", 1, BILLER);
    cache.changed(new CredentialsChanged("biller"));
    assertTrue(cache.lookup("biller", "s3cret-pass", 1).isEmpty());
  }

  @Test
  void aUserChangedOnAnotherInstanceIsNotTakenFromTheCache() {
    cache.remember("biller", "s3cret-pass", 1, BILLER);
    // no event reached this instance; the database says the credentials are now at version 2
    assertTrue(cache.lookup("biller", "s3cret-pass", 2).isEmpty());
    assertTrue(cache.lookup("biller", "s3cret-pass", 1).isEmpty(), "and the entry is gone");
  }

  @Test
  void anInactiveOrUnknownUserIsNeverRemembered() {
    cache.remember("gone", "s3cret-pass", CredentialChanges.NO_ACTIVE_USER, BILLER);
    assertTrue(cache.lookup("gone", "s3cret-pass", CredentialChanges.NO_ACTIVE_USER).isEmpty());
    assertEquals(0, cache.size());
  }

  @Test
  void zeroSecondsTurnsTheCacheOff() {
    VerifiedCredentials off = new VerifiedCredentials(0, clock);
    off.remember("biller", "s3cret-pass", 1, BILLER);
    assertTrue(off.lookup("biller", "s3cret-pass", 1).isEmpty());
  }

  @Test
  void theMapStaysBounded() {
    for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
      cache.remember("user" + i, "pw", 1, BILLER);
    }
    assertTrue(cache.size() <= VerifiedCredentials.MAX_ENTRIES, "size " + cache.size());
  }
}
