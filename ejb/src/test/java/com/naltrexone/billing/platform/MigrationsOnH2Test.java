package com.naltrexone.billing.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The same migrations build the schema on embedded H2 (the zero-setup run) as on PostgreSQL (the
 * integration tests): every one applies, and the native SQL the application issues works.
 */
class MigrationsOnH2Test {

  private static final String URL =
      "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
          + "DB_CLOSE_DELAY=-1";

  @Test
  void everyMigrationAppliesOnH2InPostgresqlMode() throws Exception {
    MigrateResult result =
        Flyway.configure()
            .dataSource(URL, "sa", "")
            .locations("classpath:db/migration")
            .load()
            .migrate();
    assertTrue(result.success);
    assertTrue(result.migrationsExecuted >= 5, "executed " + result.migrationsExecuted);

    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select nextval('st_control_seq')")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
      // The batch step draws a chunk's ST02 numbers in one statement: one value per row.
      try (PreparedStatement draw = c.prepareStatement(ClaimSubmission.drawSql("st_control_seq"))) {
        draw.setInt(1, 100);
        java.util.List<Long> drawn = new java.util.ArrayList<>();
        try (ResultSet rs = draw.executeQuery()) {
          while (rs.next()) {
            drawn.add(rs.getLong(1));
          }
        }
        assertEquals(
            java.util.stream.LongStream.rangeClosed(2, 101).boxed().toList(),
            drawn.stream().sorted().toList());
      }
      try (ResultSet rs = s.executeQuery("select count(*) from procedure_code")) {
        rs.next();
        assertEquals(3, rs.getInt(1), "J2315, 96372 and G2073 are seeded");
      }
      try (ResultSet rs =
          s.executeQuery(
              "select count(*) from remittance_reason_code where code_set = 'CARC' and denial")) {
        rs.next();
        assertEquals(21, rs.getInt(1), "CARCs that send an amount to the denial queue");
      }
      try (ResultSet rs = s.executeQuery("select name from job_lock order by name")) {
        java.util.List<String> locks = new java.util.ArrayList<>();
        while (rs.next()) {
          locks.add(rs.getString(1));
        }
        assertEquals(java.util.List.of("claim-submission", "payment-follow-up"), locks);
      }
    }
  }
}
