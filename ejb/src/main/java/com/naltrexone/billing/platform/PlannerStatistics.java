package com.naltrexone.billing.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Refreshes PostgreSQL's planner statistics of tables a batch has just grown. PostgreSQL plans a
 * query from what it last learnt of a table's columns; a table that grew from nothing to tens of
 * thousands of rows inside one run (the nightly submission's claim build) is then joined by hash
 * over every row instead of looked up by its index. The claim build measured this: with 40,000
 * claims the page query for the patients' other claims took 33 ms at first and up to 191 ms later,
 * on a database whose autovacuum is off (this project's CI database; where autovacuum is on it
 * analyses on its own, but only about a minute later). {@code ANALYZE} reads a sample of at most
 * 30,000 rows per table (the default statistics target): about a tenth of a second for the five
 * claim tables at 100,000 claims.
 *
 * <p>On H2 (the zero-setup database of one machine's demo) it does nothing.
 */
@Stateless
public class PlannerStatistics {

  private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());
  private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /**
   * {@code ANALYZE} of {@code tables} on PostgreSQL, outside any transaction; a failure is logged
   * and ignored (statistics only make queries faster, never right or wrong).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void refresh(List<String> tables) {
    if (tables.isEmpty() || !tables.stream().allMatch(t -> TABLE.matcher(t).matches())) {
      throw new IllegalArgumentException("table names: " + tables);
    }
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement s = c.createStatement()) {
        s.execute("analyze " + String.join(", ", tables));
      }
    } catch (SQLException e) {
      LOG.warning("Planner statistics of " + tables + " not refreshed: " + e.getMessage());
      return;
    }
    LOG.fine(
        () ->
            "Planner statistics of "
                + tables
                + " refreshed in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
