package com.naltrexone.billing.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The credentials version an instance keeps: a few seconds, dropped at once on its own change. */
class CredentialChangesTest {

  private Instant now = Instant.parse("2026-11-26T10:00:00Z");
  private long inDatabase = 3;
  private final AtomicInteger reads = new AtomicInteger();
  private final CredentialChanges changes = new CredentialChanges();

  CredentialChangesTest() {
    changes.checkSeconds = 2;
    changes.clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    changes.versions =
        new CredentialVersions() {
          @Override
          public long current(String username) {
            reads.incrementAndGet();
            return inDatabase;
          }
        };
  }

  @Test
  void aReadIsKeptForTheConfiguredSecondsThenReadAgain() {
    assertEquals(3, changes.now("biller"));
    inDatabase = 4; // changed on another instance
    now = now.plus(Duration.ofMillis(1999));
    assertFalse(changes.changedSince("biller", 3), "still the read of 2 s ago");
    assertEquals(1, reads.get());
    now = now.plus(Duration.ofMillis(1));
    assertTrue(changes.changedSince("biller", 3), "read again after 2 s");
    assertEquals(2, reads.get());
  }

  @Test
  void aChangeOnThisInstanceIsSeenAtOnce() {
    assertEquals(3, changes.now("biller"));
    inDatabase = 4;
    changes.changed(new CredentialsChanged("biller"));
    assertTrue(changes.changedSince("biller", 3));
  }

  @Test
  void zeroSecondsReadsEveryTimeAndAGoneUserNeverStays() {
    changes.checkSeconds = 0;
    changes.now("biller");
    changes.now("biller");
    assertEquals(2, reads.get());
    inDatabase = CredentialChanges.NO_ACTIVE_USER;
    assertTrue(changes.changedSince("biller", CredentialChanges.NO_ACTIVE_USER));
  }
}
