package com.naltrexone.billing.authorizations.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.util.logging.Logger;

/**
 * Every night at 00:20 (server time), approvals whose span has ended are marked EXPIRED. Not a
 * persistent timer: missing a night only delays the status (the lapse alerts do not wait for it),
 * and running it on several instances is harmless (a status already moved is not moved again).
 */
@Stateless
public class AuthorizationExpiry {

  private static final Logger LOG = Logger.getLogger(AuthorizationExpiry.class.getName());

  @EJB Authorizations authorizations;

  @Schedule(hour = "0", minute = "20", persistent = false, info = "authorization-expiry")
  void nightly() {
    int expired = authorizations.expireEnded();
    if (expired > 0) {
      LOG.info(() -> expired + " authorizations expired");
    }
  }
}
