package com.naltrexone.billing.platform;

import jakarta.ejb.ApplicationException;

/**
 * The request conflicts with the current state of a record (stale version, already imported, state
 * transition not allowed). Mapped to HTTP 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
