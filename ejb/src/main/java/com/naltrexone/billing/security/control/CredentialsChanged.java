package com.naltrexone.billing.security.control;

/** A user's password, roles or active flag changed: what was verified for them is stale. */
public record CredentialsChanged(String username) {}
