package com.naltrexone.billing.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code billing.db.datasource-class} from the JDBC URL, so that setting {@code
 * BILLING_DB_URL} alone switches between H2 and PostgreSQL. Its ordinal is below every other
 * source: an explicit setting always wins.
 */
public class DataSourceClassConfigSource implements ConfigSource {

  static final String KEY = "billing.db.datasource-class";
  static final String URL_KEY = "billing.db.url";

  private static final Map<String, String> CLASS_BY_URL_PREFIX =
      Map.of(
          "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource",
          "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource");

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    if (!KEY.equals(propertyName)) {
      return null;
    }
    return ConfigProvider.getConfig()
        .getOptionalValue(URL_KEY, String.class)
        .map(DataSourceClassConfigSource::classFor)
        .orElse(null);
  }

  static String classFor(String url) {
    return CLASS_BY_URL_PREFIX.entrySet().stream()
        .filter(e -> url.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  @Override
  public int getOrdinal() {
    return 1;
  }

  @Override
  public String getName() {
    return "billing-datasource-class-from-url";
  }
}
