package com.naltrexone.billing.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Test-only seeding of patients, payers and disclosure rows by SQL, until the registry boundaries
 * exist. In the container pass a connection from the application's data source; from a
 * {@code @RunAsClient} test use the overloads without one, which connect to the test database. (A
 * WAR component cannot inject the persistence unit of the EJB module, so this is JDBC, not JPA.)
 * Ids come from {@code registry_seq} directly: a {@code nextval} reserves the whole pre-allocation
 * block ending at it, so EclipseLink never hands out the same id. Every call makes a new, uniquely
 * keyed record.
 */
final class SqlSeed {

  private SqlSeed() {}

  static long patient(Connection c) throws SQLException {
    return insert(
        c,
        "insert into patient (id, mrn, first_name, last_name, birth_date, sex, address_line1,"
            + " city, state, zip, version) values (nextval('registry_seq'), ?, 'Test', 'Patient',"
            + " date '1980-01-01', 'F', '1 Elm St', 'Springfield', 'IL', '62702', 1) returning id",
        unique("MRN"));
  }

  static long payer(Connection c) throws SQLException {
    return insert(
        c,
        "insert into payer (id, name, payer_id_837, payer_id_835, claim_filing_indicator,"
            + " pa_required_injection, pa_required_oral, requires_jz_jw, ndc_unit,"
            + " timely_filing_days, accepts_frequency_7, pa_approval_days, pa_unit_limit,"
            + " pa_unit_period_days, version) values (nextval('registry_seq'), 'Test Health Plan',"
            + " ?, ?, 'CI', true, false, true, 'UN', 180, true, 180, 380, 28, 1) returning id",
        unique("P"),
        unique("P"));
  }

  static long patient() {
    try (Connection c = TestDatabase.connect(TestDatabase.name())) {
      return patient(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long payer() {
    try (Connection c = TestDatabase.connect(TestDatabase.name())) {
      return payer(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A disclosure log row, as the outbound features will write them. */
  static void disclosure(
      long patient, long payer, long consent, String reference, String disclosedAt) {
    try (Connection c = TestDatabase.connect(TestDatabase.name());
        PreparedStatement s =
            c.prepareStatement(
                "insert into disclosure_log (id, patient_id, payer_id, consent_id, what,"
                    + " reference, disclosed_at, actor) values (nextval('registry_seq'), ?, ?, ?,"
                    + " 'CLAIM_837', ?, cast(? as timestamp), 'it')")) {
      s.setLong(1, patient);
      s.setLong(2, payer);
      s.setLong(3, consent);
      s.setString(4, reference);
      s.setString(5, disclosedAt);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long insert(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
