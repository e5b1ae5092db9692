package com.naltrexone.billing.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's one data source and the schema migrations that run on it at deployment.
 *
 * <p>The data source is defined by the application, so the same EAR runs on embedded H2 or on
 * PostgreSQL: driver class, URL and credentials come from MicroProfile Config ({@code
 * billing.db.*}, environment {@code BILLING_DB_*}). There is deliberately one persistence unit:
 * Payara opens every unit's database at deployment.
 *
 * <p>The pool validates a connection before lending it, at most every 5 s per connection, with
 * {@code Connection.isValid}, a round trip to the database (PostgreSQL and H2 both answer it).
 * "auto-commit" validation does not touch the network on PostgreSQL's driver: after a database
 * restart it passes a connection the database has closed until a statement fails on it (EclipseLink
 * retries such a read outside a transaction, nothing retries a transaction). CI once answered 500
 * to a run started right after {@code DatabaseRestartSystemIT}'s restart (its cause turned out to
 * be the batch job repository, see docs/reliability.md). Not on every lend: that round trip on
 * every request was part of what cost the worklist load test throughput (docs/benchmarks.md). When
 * one connection fails validation, the pool closes all of them.
 *
 * <p>Flyway runs the same migrations ({@code db/migration}) on both databases before any other
 * startup bean touches the schema.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "${MPCONFIG=billing.db.datasource-class}",
    url = "${MPCONFIG=billing.db.url}",
    user = "${MPCONFIG=billing.db.user}",
    password = "${MPCONFIG=billing.db.password}",
    minPoolSize = 0,
    maxPoolSize = 40,
    initialPoolSize = 0,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/billing";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, database "
                + result.database
                + ")");
  }
}
