package com.naltrexone.billing.platform.entity;

import jakarta.persistence.OptimisticLockException;

/** The optimistic-lock check for edits that arrive with the version the editor loaded. */
public final class Versions {

  private Versions() {}

  /**
   * Refuses the edit (HTTP 409) when the record changed since the caller read it; the JPA
   * {@code @Version} column still guards two edits racing inside the same instant.
   */
  public static void check(RegistryRecord current, Long expectedVersion) {
    if (expectedVersion == null || current.getVersion() != expectedVersion) {
      throw new OptimisticLockException(
          "record " + current.getId() + " is at version " + current.getVersion());
    }
  }
}
