package com.naltrexone.billing.remittance.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Another import stored the same file or payment first (a unique constraint said so while this one
 * was writing): everything this one wrote is rolled back, and the importer asks again, now seeing
 * the other one.
 */
@ApplicationException(rollback = true)
public class ConcurrentImportException extends RuntimeException {

  public ConcurrentImportException(String message) {
    super(message);
  }
}
