package com.naltrexone.billing.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the PostgreSQL database the tests deploy against before the first test (so Payara finds
 * it when the EAR deploys) and drops it after the last one. Connection facts come from the {@code
 * it.db.*} system properties the build passes in.
 */
public class TestDatabase implements LauncherSessionListener {

  public static String name() {
    return System.getProperty("it.db.name", "billing_it");
  }

  public static Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", System.getProperty("it.db.admin-user", "postgres"));
    props.setProperty("password", System.getProperty("it.db.password", "postgres"));
    String url =
        "jdbc:postgresql://"
            + System.getProperty("it.db.host", "127.0.0.1")
            + ":"
            + System.getProperty("it.db.port", "5432")
            + "/"
            + database;
    return DriverManager.getConnection(url, props);
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("payara.home") == null) {
      return; // not a failsafe run of this module
    }
    execute("drop database if exists " + name() + " with (force)");
    execute("create database " + name());
    emptyDropFolder();
  }

  /** A new database restarts the control numbers, so files from an earlier run must go too. */
  private static void emptyDropFolder() {
    java.nio.file.Path edi =
        java.nio.file.Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/edi");
    if (!java.nio.file.Files.exists(edi)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(edi)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (System.getProperty("payara.home") == null) {
      return;
    }
    execute("drop database if exists " + name() + " with (force)");
  }

  private static void execute(String sql) {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL must answer at "
              + System.getProperty("it.db.host")
              + ":"
              + System.getProperty("it.db.port")
              + " (run .ci/run, which starts it): "
              + e.getMessage(),
          e);
    }
  }
}
