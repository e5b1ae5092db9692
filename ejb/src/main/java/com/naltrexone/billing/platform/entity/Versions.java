package com.naltrexone.billing.platform.entity;

import com.naltrexone.billing.platform.ConflictException;

/** The optimistic-lock check for edits that arrive with the version the editor loaded. */
public final class Versions {

  private Versions() {}

  /**
   * Refuses the edit (HTTP 409, an application exception: no rollback noise in the log) when the
   * record changed since the caller read it; the JPA {@code @Version} column still guards two edits
   * racing inside the same instant.
   */
  public static void check(RegistryRecord current, Long expectedVersion) {
    if (expectedVersion == null || current.getVersion() != expectedVersion) {
      throw new ConflictException(
          "Someone else changed this record since you loaded it (it is now at version "
              + current.getVersion()
              + "); reload it and apply your change again.");
    }
  }
}
