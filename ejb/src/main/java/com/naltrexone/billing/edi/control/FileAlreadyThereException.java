package com.naltrexone.billing.edi.control;

/**
 * The clearinghouse already holds a file of this name. Our outbound names carry the interchange
 * control number, which is never reused, so this means an earlier attempt delivered it: the
 * submission treats it as sent rather than sending the claims a second time.
 */
public class FileAlreadyThereException extends ClearinghouseException {

  public FileAlreadyThereException(String message) {
    super(message);
  }
}
