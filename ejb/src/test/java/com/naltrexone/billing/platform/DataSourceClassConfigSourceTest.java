package com.naltrexone.billing.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DataSourceClassConfigSourceTest {

  @Test
  void postgresqlUrlPicksThePostgresqlDataSource() {
    assertEquals(
        "org.postgresql.ds.PGSimpleDataSource",
        DataSourceClassConfigSource.classFor("jdbc:postgresql://127.0.0.1:5432/billing"));
  }

  @Test
  void h2UrlPicksTheH2DataSource() {
    assertEquals(
        "org.h2.jdbcx.JdbcDataSource",
        DataSourceClassConfigSource.classFor("jdbc:h2:file:/tmp/billing;MODE=PostgreSQL"));
  }

  @Test
  void otherDriversMustBeNamedExplicitly() {
    assertNull(DataSourceClassConfigSource.classFor("jdbc:mariadb://localhost/billing"));
  }
}
