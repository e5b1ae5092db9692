package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.audit.boundary.AuditLog;
import com.naltrexone.billing.audit.entity.AuditEntry;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.SchemaMigration;
import com.naltrexone.billing.security.boundary.Users;
import com.naltrexone.billing.security.control.CredentialChanges;
import com.naltrexone.billing.security.entity.AppUser;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton, deployed as built on Payara Server against PostgreSQL: schema by Flyway,
 * users with PBKDF2 hashes, roles, audit, problem+json errors, health, OpenAPI and metrics.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(FoundationIT.class);
  }

  @EJB Users users;
  @EJB AuditLog auditLog;
  @Inject CredentialChanges changes;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void flywayBuiltTheSchemaOnPostgresql() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from flyway_schema_history where success and version = '1'")) {
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
      rs.next();
      assertEquals(1, rs.getInt(1));
    }
  }

  @Test
  void createdUserIsAuditedAndStoresOnlyAPbkdf2Hash() throws Exception {
    String name = unique("clin");
    AppUser user = users.create(name, "a-long-password-1", Set.of(Role.CLINICIAN));

    List<AuditEntry> audit = auditLog.forEntity("AppUser", user.getId());
    assertEquals(1, audit.size());
    assertEquals("user.created", audit.get(0).getAction());

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select password_hash from app_user where id = " + user.getId())) {
      rs.next();
      String hash = rs.getString(1);
      assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), "hash format: " + hash);
      assertFalse(hash.contains("a-long-password-1"));
    }
  }

  /**
   * A UI session ends when its user's password, roles or active flag changed after its login,
   * whichever instance of a deployment group made the change: the check reads the database, so a
   * change another instance made (here: straight in PostgreSQL, no event on this server) counts.
   */
  @Test
  void aUserChangedOnAnyInstanceEndsTheSessionsThatLoggedInBefore() throws Exception {
    String name = unique("sess");
    AppUser user = users.create(name, "a-long-password-1", Set.of(Role.BILLER));
    long atLogin = changes.now(name);
    assertTrue(atLogin >= 0, "an active user has a number");
    assertFalse(changes.changedSince(name, atLogin), "nothing changed yet");

    users.grant(user.getId(), Set.of(Role.CLINICIAN));
    assertTrue(changes.changedSince(name, atLogin), "roles changed on this instance");
    long afterGrant = changes.now(name);
    assertFalse(changes.changedSince(name, afterGrant), "a login after the change stays");

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertEquals(
          1,
          s.executeUpdate(
              "update app_user set credentials_version = credentials_version + 1"
                  + " where username = '"
                  + name
                  + "'"));
    }
    // this instance keeps what it read for billing.security.credentials-check-seconds (2 s)
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!changes.changedSince(name, afterGrant) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(changes.changedSince(name, afterGrant), "changed on another instance");

    long beforeDeactivation = changes.now(name);
    users.deactivate(user.getId());
    assertTrue(changes.changedSince(name, beforeDeactivation), "deactivated");
    assertEquals(CredentialChanges.NO_ACTIVE_USER, changes.now(name));
    assertTrue(changes.changedSince("nobody-" + name, 0), "an unknown user never stays");
  }

  @Test
  void duplicateUserIsRefusedAndNothingIsWritten() {
    String name = unique("dup");
    users.create(name, "a-long-password-1", Set.of(Role.BILLER));
    long before = users.count();
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () -> users.create(name, "a-long-password-2", Set.of(Role.BILLER)));
    assertEquals("username", e.violations().get(0).field());
    assertEquals(before, users.count());
  }

  @Test
  @RunAsClient
  void apiRequiresAuthenticationAndTheRightRole(@ArquillianResource URL base) {
    HttpResponse<String> anonymous = ApiClient.anonymous(base).get("api/users");
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

    assertEquals(401, ApiClient.as(base, "admin", "wrong-password").get("api/users").statusCode());

    ApiClient admin = ApiClient.as(base, "admin", ApiClient.adminPassword());
    String biller = unique("bill");
    HttpResponse<String> created =
        admin.post(
            "api/users",
            "{\"username\":\""
                + biller
                + "\",\"password\":\"biller-pass-1\",\"roles\":[\"BILLER\"]}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/users/"));
    assertFalse(created.body().contains("biller-pass-1"));

    ApiClient asBiller = ApiClient.as(base, biller, "biller-pass-1");
    HttpResponse<String> forbidden = asBiller.get("api/users");
    assertEquals(403, forbidden.statusCode());
    assertEquals(
        "application/problem+json", forbidden.headers().firstValue("Content-Type").orElse(""));
    HttpResponse<String> me = asBiller.get("api/users/me");
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("\"roles\":[\"BILLER\"]"), me.body());
  }

  /**
   * The API remembers a verified password for 30 s, but only under the credentials the user has now
   * in the database: a role taken away on another instance of the group (here: straight in
   * PostgreSQL, no event on this server) counts at the very next request.
   */
  @Test
  @RunAsClient
  void aRoleTakenAwayOnAnotherInstanceEndsTheApisRememberedLogin(@ArquillianResource URL base)
      throws Exception {
    String biller = ApiClient.newUser(base, "BILLER");
    ApiClient asBiller = ApiClient.as(base, biller, ApiClient.NEW_USER_PASSWORD);
    assertEquals(200, asBiller.get("api/claims?status=HELD&max=1").statusCode());
    assertEquals(200, asBiller.get("api/claims?status=HELD&max=1").statusCode(), "remembered");

    try (Connection c = TestDatabase.connect(System.getProperty("it.db.name"));
        PreparedStatement role =
            c.prepareStatement(
                "update app_user_role set role = 'CLINICIAN'"
                    + " where user_id = (select id from app_user where username = ?)");
        PreparedStatement bump =
            c.prepareStatement(
                "update app_user set credentials_version = credentials_version + 1"
                    + " where username = ?")) {
      role.setString(1, biller);
      assertEquals(1, role.executeUpdate());
      bump.setString(1, biller);
      assertEquals(1, bump.executeUpdate());
    }
    // within billing.security.credentials-check-seconds (2 s) of the change
    int status = 200;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (status != 403 && System.nanoTime() < deadline) {
      status = asBiller.get("api/claims?status=HELD&max=1").statusCode();
      if (status != 403) {
        Thread.sleep(200);
      }
    }
    assertEquals(403, status, "the remembered BILLER login no longer counts");
  }

  @Test
  @RunAsClient
  void badInputIsA400ProblemNamingEachField(@ArquillianResource URL base) {
    ApiClient admin = ApiClient.as(base, "admin", ApiClient.adminPassword());

    HttpResponse<String> invalid =
        admin.post("api/users", "{\"username\":\"\",\"password\":\"short\",\"roles\":[]}");
    assertEquals(400, invalid.statusCode());
    assertEquals(
        "application/problem+json", invalid.headers().firstValue("Content-Type").orElse(""));
    assertTrue(invalid.body().contains("\"field\":\"username\""), invalid.body());
    assertTrue(invalid.body().contains("\"field\":\"password\""), invalid.body());
    assertTrue(invalid.body().contains("\"field\":\"roles\""), invalid.body());

    HttpResponse<String> unknownRole =
        admin.post(
            "api/users", "{\"username\":\"zed\",\"password\":\"long-enough-1\",\"roles\":[\"X\"]}");
    assertEquals(400, unknownRole.statusCode());
    assertTrue(unknownRole.body().contains("use one of BILLER"), unknownRole.body());

    HttpResponse<String> malformed = admin.post("api/users", "{not json");
    assertEquals(400, malformed.statusCode());
    assertFalse(malformed.body().contains("Exception"), malformed.body());

    HttpResponse<String> missing = admin.get("api/users/987654321");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("does not exist"), missing.body());
  }

  @Test
  @RunAsClient
  void healthOpenApiAndMetricsAreServedByPayara(@ArquillianResource URL base) {
    ApiClient server = ApiClient.anonymous(ApiClient.serverRoot(base));

    HttpResponse<String> ready = server.get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"billing-database\""), ready.body());
    assertTrue(ready.body().contains("\"database\":\"PostgreSQL\""), ready.body());

    HttpResponse<String> openapi = server.get("openapi");
    assertEquals(200, openapi.statusCode());
    for (String path :
        List.of(
            "/api/users",
            "/api/patients",
            "/api/patients/{id}/coverages",
            "/api/patients/{patientId}/consents",
            "/api/patients/{patientId}/disclosures",
            "/api/payers",
            "/api/providers",
            "/api/locations",
            "/api/drugs",
            "/api/procedure-codes",
            "/api/prescriptions",
            "/api/doses",
            "/api/audit",
            "/api/claims",
            "/api/submissions",
            "/api/interchanges/{id}",
            "/api/edi/inbound",
            "/api/authorizations",
            "/api/authorizations/{id}/packet",
            "/api/authorizations/alerts",
            "/api/remittances",
            "/api/denials",
            "/api/provider-ledger")) {
      assertTrue(
          openapi.body().contains("\"" + path + "\""), path + " missing from the OpenAPI document");
    }
    assertTrue(openapi.body().contains("Naltrexone Billing API"));

    ApiClient.as(base, "admin", "not-the-password").get("api/users/me");
    HttpResponse<String> metrics = server.get("metrics?scope=application", "text/plain");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("authentication_failures_total"), metrics.body());
  }
}
