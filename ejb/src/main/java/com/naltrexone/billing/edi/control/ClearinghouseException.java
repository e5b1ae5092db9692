package com.naltrexone.billing.edi.control;

/**
 * A file could not be delivered to or collected from the clearinghouse. Checked on purpose: a
 * transport failure is expected now and then (a full disk, an SFTP server down), and the caller
 * decides what it means for the claims in the file, usually "try again on the next run".
 *
 * <p>Messages name the file, the directory or user@host:port and what failed; never file content or
 * a password.
 */
public class ClearinghouseException extends Exception {

  public ClearinghouseException(String message) {
    super(message);
  }

  public ClearinghouseException(String message, Throwable cause) {
    super(message, cause);
  }
}
