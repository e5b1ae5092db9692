package com.naltrexone.billing.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's native SQL on embedded H2 (the zero-setup run; the browser test runs it on
 * PostgreSQL): every query parses and binds, and the aging groups a seeded open claim by payer and
 * bucket with the payments taken off.
 */
class DashboardQueriesOnH2Test {

  private static final String URL =
      "jdbc:h2:mem:dashboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
          + "DB_CLOSE_DELAY=-1";
  private static final Date TODAY = Date.valueOf(LocalDate.of(2026, 3, 1));

  @BeforeAll
  static void migrate() {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /**
   * JPA's numbered parameters ({@code ?1}) as JDBC's ({@code ?}): each query uses them in order.
   */
  private static PreparedStatement prepare(Connection c, String jpaSql) throws SQLException {
    return c.prepareStatement(jpaSql.replaceAll("\\?\\d+", "?"));
  }

  @Test
  void theAgingGroupsAnOpenClaimsBalanceByPayerAndBucket() throws Exception {
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        Statement s = c.createStatement()) {
      // Only the payer and the claim matter here, not the patient, coverage and dose it names.
      s.execute("set referential_integrity false");
      s.execute(
          "insert into payer (id, name, payer_id_837, payer_id_835, claim_filing_indicator,"
              + " pa_required_injection, pa_required_oral, requires_jz_jw, ndc_unit,"
              + " timely_filing_days, accepts_frequency_7, pa_approval_days, pa_unit_limit,"
              + " pa_unit_period_days, version) values (1, 'ACME', 'A1', 'A1', 'CI', false, false,"
              + " true, 'UN', 365, true, 180, 380, 28, 1)");
      s.execute(
          "insert into claim (id, patient_id, coverage_id, payer_id, dose_id,"
              + " patient_control_number, frequency, service_date, place_of_service, total_charge,"
              + " status, created_at, version) values (7, 2, 3, 1, 6, 'P7', '1', date"
              + " '2026-01-15', '57', 1665.00, 'DENIED', current_timestamp, 1)");
    }
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        PreparedStatement q = prepare(c, BillingDashboard.agingSql(4))) {
      int i = 1;
      for (LocalDate start :
          com.naltrexone.billing.reporting.control.ReportMath.bucketStarts(TODAY.toLocalDate())) {
        q.setDate(i++, Date.valueOf(start));
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals("ACME", rs.getString(2));
        assertEquals(1, rs.getInt(3), "45 days old: 31-60");
        assertEquals(new BigDecimal("1665.00"), rs.getBigDecimal(4).setScale(2));
        assertEquals(1, rs.getLong(5));
        assertEquals(false, rs.next());
      }
    }
  }

  @Test
  void theRateInjectionAndCostQueriesParseAndBindOnH2() throws Exception {
    try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
      for (String sql :
          new String[] {BillingDashboard.ADJUDICATED_SQL, BillingDashboard.DENIED_BY_CARC_SQL}) {
        try (PreparedStatement q = prepare(c, sql)) {
          q.setDate(1, TODAY);
          q.executeQuery().close();
        }
      }
      for (String sql :
          new String[] {BillingDashboard.INJECTIONS_GIVEN_SQL, BillingDashboard.PATIENT_COST_SQL}) {
        try (PreparedStatement q = prepare(c, sql)) {
          q.setDate(1, TODAY);
          q.setDate(2, TODAY);
          q.executeQuery().close();
        }
      }
      try (PreparedStatement q = prepare(c, BillingDashboard.approvalsSql(12))) {
        for (int i = 1; i <= 12 * BillingDashboard.APPROVAL_SUMS.length * 2; i++) {
          q.setDate(i, TODAY);
        }
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          assertEquals(36, rs.getMetaData().getColumnCount());
        }
      }
    }
  }
}
