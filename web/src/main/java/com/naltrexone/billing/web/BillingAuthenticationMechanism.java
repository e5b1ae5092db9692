package com.naltrexone.billing.web;

import com.naltrexone.billing.security.boundary.PasswordHashing;
import com.naltrexone.billing.security.control.CredentialChanges;
import com.naltrexone.billing.security.control.VerifiedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * One mechanism, two front doors (Jakarta Security 3 allows one mechanism per application):
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every request, no session is created (TLS in production); a
 *       missing or wrong credential gets 401 with {@code WWW-Authenticate}.
 *   <li>the staff UI: form login ({@code login.xhtml} calls {@code SecurityContext.authenticate});
 *       the login is remembered in the HTTP session; an anonymous visit to a protected page is
 *       redirected to the login page.
 * </ul>
 *
 * Users, PBKDF2 hashes and roles come from the database identity store defined here.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/billing",
    callerQuery = "select password_hash from app_user where username = ? and active = true",
    groupsQuery =
        "select r.role from app_user_role r join app_user u on u.id = r.user_id"
            + " where u.username = ? and u.active = true",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATIONS,
      PasswordHashing.SALT,
      PasswordHashing.KEY
    })
public class BillingAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "Basic realm=\"naltrexone-billing\", charset=\"UTF-8\"";
  static final String FAILURES = "authentication.failures";
  private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

  /** The caller's roles, kept in the HTTP session at form login (see {@link #resume}). */
  static final String SESSION_GROUPS = BillingAuthenticationMechanism.class.getName() + ".groups";

  /** {@link CredentialChanges#now} at form login. */
  static final String SESSION_LOGIN = BillingAuthenticationMechanism.class.getName() + ".login";

  @Inject IdentityStoreHandler identityStores;
  @Inject MetricRegistry metrics;
  @Inject VerifiedCredentials verified;
  @Inject CredentialChanges changes;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return formLogin(credential, context);
    }
    Principal remembered = request.getUserPrincipal();
    if (remembered != null) {
      return resume(request, remembered, context);
    }
    if (isApi(request)) {
      return basic(request, response, context);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    return context.doNothing();
  }

  private AuthenticationStatus formLogin(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      failed();
      return AuthenticationStatus.SEND_FAILURE;
    }
    context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
    var session = context.getRequest().getSession();
    session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
    session.setAttribute(SESSION_LOGIN, changes.now(result.getCallerPrincipal().getName()));
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * A request of a logged-in session: the caller and the roles kept at login are handed to the
   * container explicitly. (With the principal alone, Payara 6 sometimes resolved no roles when
   * several sessions of one user sent requests at the same moment, and the page answered 403:
   * WorklistLoadSystemIT's 50 sessions saw it on about 2 % of requests.)
   */
  private AuthenticationStatus resume(
      HttpServletRequest request, Principal principal, HttpMessageContext context)
      throws AuthenticationException {
    var session = request.getSession(false);
    if (session != null
        && session.getAttribute(SESSION_LOGIN) instanceof Long login
        && changes.changedSince(principal.getName(), login)) {
      // The user's password, roles or active flag changed since this login: log in again.
      session.invalidate();
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    if (session != null && session.getAttribute(SESSION_GROUPS) instanceof Set<?> kept) {
      Set<String> groups = new HashSet<>();
      kept.forEach(g -> groups.add(String.valueOf(g)));
      return context.notifyContainerAboutLogin(principal, groups);
    }
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
      return AuthenticationStatus.SUCCESS;
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException(e);
    }
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential credential = parseBasic(request.getHeader("Authorization"));
    if (credential != null) {
      String user = credential.getCaller();
      String password = credential.getPasswordAsString();
      // Read first: a remembered verification counts only under the credentials the user has now,
      // whichever instance changed them.
      long credentials = changes.now(user);
      var remembered = verified.lookup(user, password, credentials);
      if (remembered.isPresent()) {
        return context.notifyContainerAboutLogin(remembered.get());
      }
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        verified.remember(user, password, credentials, result);
        return context.notifyContainerAboutLogin(result);
      }
      verified.forget(user);
      failed();
      return challenge(response, context);
    }
    return context.isProtected() ? challenge(response, context) : context.doNothing();
  }

  /** Counted as {@code authentication_failures_total} at Payara's {@code /metrics}. */
  private void failed() {
    metrics.counter(FAILURES).inc();
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", REALM);
    return context.responseUnauthorized();
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api");
  }

  /** Returns the credential of an {@code Authorization: Basic} header, or null when absent/bad. */
  static UsernamePasswordCredential parseBasic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
