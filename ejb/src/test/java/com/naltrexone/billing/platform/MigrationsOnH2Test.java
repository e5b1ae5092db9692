package com.naltrexone.billing.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.ClaimSubmission;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

  /**
   * Every sequence an entity draws ids from hands EclipseLink whole blocks on H2 from its very
   * first value: the increment equals the generator's allocationSize, and the first value is at
   * least that size (EclipseLink takes the block {@code value - size + 1 .. value} and refuses one
   * that starts below 1, "sequence setup incorrectly"). V14 raised two increments to 500; on H2,
   * unlike PostgreSQL, the first value after such a change still comes from the old increment, and
   * the zero-setup run failed to start until V15.
   */
  @Test
  void everyEntitySequenceHandsOutWholeBlocksFromTheFirstValue() throws Exception {
    Map<String, Integer> sizes = new TreeMap<>();
    for (Class<?> entity : entityClasses()) {
      for (SequenceGenerator g : generators(entity)) {
        Integer before = sizes.put(g.sequenceName(), g.allocationSize());
        assertTrue(
            before == null || before == g.allocationSize(),
            g.sequenceName() + ": generators disagree on allocationSize (" + entity + ")");
      }
    }
    assertTrue(sizes.keySet().containsAll(List.of("claim_seq", "remittance_seq")), "" + sizes);

    String url = URL.replace("mem:migrations", "mem:sequences");
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      for (Map.Entry<String, Integer> e : sizes.entrySet()) {
        long first = nextval(s, e.getKey());
        long second = nextval(s, e.getKey());
        assertEquals((long) e.getValue(), second - first, e.getKey() + " increment");
        assertTrue(
            first - e.getValue() + 1 >= 1,
            e.getKey() + " first value " + first + " is below its block size " + e.getValue());
      }
    }
  }

  private static long nextval(Statement s, String sequence) throws Exception {
    try (ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<SequenceGenerator> generators(Class<?> type) {
    List<SequenceGenerator> found = new ArrayList<>();
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      if (t.getAnnotation(SequenceGenerator.class) != null) {
        found.add(t.getAnnotation(SequenceGenerator.class));
      }
      for (Field f : t.getDeclaredFields()) {
        if (f.getAnnotation(SequenceGenerator.class) != null) {
          found.add(f.getAnnotation(SequenceGenerator.class));
        }
      }
    }
    return found;
  }

  /** Every class compiled from src/main/java (the directory Patient.class was loaded from). */
  private static List<Class<?>> entityClasses() throws Exception {
    Path root =
        Path.of(
            com.naltrexone.billing.patients.entity.Patient.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, MigrationsOnH2Test.class.getClassLoader());
        if (type.getAnnotation(Entity.class) != null
            || type.getAnnotation(MappedSuperclass.class) != null) {
          classes.add(type);
        }
      }
    }
    assertTrue(classes.size() > 20, "found only " + classes);
    return classes;
  }
}
