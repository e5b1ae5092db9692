package com.naltrexone.billing.web;

import com.naltrexone.billing.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * What the logged-in person's roles let the screens show. The server-side rules are the security
 * constraints in web.xml (claims and submissions pages for billers and administrators); this only
 * hides links and panels a role could not open anyway.
 */
@Named
@RequestScoped
public class StaffAccess {

  @Inject SecurityContext security;

  /** Claims, worklists, submissions: billers and administrators (as the REST API). */
  public boolean isBilling() {
    return security.isCallerInRole(Role.BILLER_NAME) || security.isCallerInRole(Role.ADMIN_NAME);
  }

  /**
   * May move an authorization and record the payer's decision (as {@code POST
   * /authorizations/{id}/status} and {@code /decision}): coordinators, billers, administrators.
   */
  public boolean isAuthorizationWork() {
    return isPaPackets();
  }

  /** May print a PA packet (a disclosure to the payer): coordinators, billers, administrators. */
  public boolean isPaPackets() {
    return security.isCallerInRole(Role.PA_COORDINATOR_NAME) || isBilling();
  }
}
