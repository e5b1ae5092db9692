package com.naltrexone.billing.it;

import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A system test's own Payara server on its own fresh PostgreSQL database, started and deployed
 * before the class's tests and stopped (the database dropped) after them: {@code @RegisterExtension
 * static final OwnServer own = new OwnServer("billing_x");}.
 */
final class OwnServer implements BeforeAllCallback, AfterAllCallback {

  private final String database;
  private PayaraServer server;
  private ApiClient admin;

  OwnServer(String database) {
    this.database = database;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = PayaraServer.runningOnFreshDatabase(database);
    admin =
        ApiClient.as(new URL("http://localhost:8080/billing/"), "admin", ApiClient.adminPassword());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) {
      server.stop();
    }
    PayaraServer.dropDatabase(database);
  }

  PayaraServer server() {
    return server;
  }

  ApiClient admin() {
    return admin;
  }

  long count(String query) throws Exception {
    return SystemTests.count(database, query);
  }
}
