package com.naltrexone.billing.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The unpacked Payara Server (domain1) driven like an operator would: start with an environment,
 * deploy the EAR, kill -9, start again, stop. For black-box system tests only.
 */
final class PayaraServer {

  private final Path home = Path.of(System.getProperty("payara.home"));
  private final Map<String, String> environment;

  PayaraServer(Map<String, String> environment) {
    this.environment = environment;
  }

  /**
   * A server that will run the application on a new, empty PostgreSQL database of this name
   * (dropped first if it exists), without demo data, schedule or inbound polling.
   */
  static PayaraServer onFreshDatabase(String database) throws java.sql.SQLException {
    dropDatabase(database);
    try (java.sql.Connection c = TestDatabase.connect("postgres");
        java.sql.Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
    Map<String, String> env = new java.util.HashMap<>();
    env.put(
        "BILLING_DB_URL",
        "jdbc:postgresql://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/"
            + database
            // e.g. -Dit.db.url-params=?reWriteBatchedInserts=true, to measure a driver setting
            + System.getProperty("it.db.url-params", ""));
    env.put("BILLING_DB_USER", System.getProperty("it.db.admin-user"));
    env.put("BILLING_DB_PASSWORD", System.getProperty("it.db.password"));
    env.put("BILLING_ADMIN_INITIAL_PASSWORD", ApiClient.adminPassword());
    env.put("BILLING_DEMO_DATA", "false");
    env.put("BILLING_SUBMISSION_ENABLED", "false");
    env.put("BILLING_INBOUND_POLL", "false");
    return new PayaraServer(env);
  }

  /**
   * A server that will run the application as the README's run command does, on its built-in
   * default database (embedded H2 in the domain's {@code data} directory, deleted first), with demo
   * data: no database setting at all, so the defaults in microprofile-config.properties are what
   * runs.
   */
  static PayaraServer onEmbeddedH2WithDemoData() throws IOException {
    PayaraServer server = new PayaraServer(new java.util.HashMap<>());
    Path data = server.home.resolve("glassfish/domains/domain1/data");
    if (Files.isDirectory(data)) {
      try (var files = Files.list(data)) {
        for (Path f :
            files.filter(f -> f.getFileName().toString().startsWith("billing")).toList()) {
          Files.delete(f);
        }
      }
    }
    server.environment.put("BILLING_DB_URL", null);
    server.environment.put("BILLING_DB_USER", null);
    server.environment.put("BILLING_DB_PASSWORD", null);
    server.environment.put("BILLING_ADMIN_INITIAL_PASSWORD", ApiClient.adminPassword());
    server.environment.put("BILLING_DEMO_DATA", "true");
    server.environment.put("BILLING_SUBMISSION_ENABLED", "false");
    server.environment.put("BILLING_INBOUND_POLL", "false");
    return server;
  }

  /** {@link #onFreshDatabase}, started, the EAR deployed and ready. */
  static PayaraServer runningOnFreshDatabase(String database) throws Exception {
    PayaraServer server = onFreshDatabase(database);
    server.start();
    server.deploy(new File(System.getProperty("ear.file")));
    server.awaitReady();
    return server;
  }

  static void dropDatabase(String database) throws java.sql.SQLException {
    try (java.sql.Connection c = TestDatabase.connect("postgres");
        java.sql.Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  void start() {
    asadmin("start-domain", "domain1");
  }

  private byte[] originalDomainXml;

  /**
   * Runs the next start with this maximum heap (e.g. "256m") instead of the domain's 512m; {@link
   * #stop()} puts the domain's configuration back as it was.
   */
  void maxHeap(String size) throws IOException {
    maxHeap(size, List.of());
  }

  /** As {@link #maxHeap(String)}, with more JVM options (e.g. "-XX:+UseParallelGC"). */
  void maxHeap(String size, List<String> options) throws IOException {
    Path domainXml = home.resolve("glassfish/domains/domain1/config/domain.xml");
    if (originalDomainXml == null) {
      originalDomainXml = Files.readAllBytes(domainXml);
    }
    String xml = new String(originalDomainXml, java.nio.charset.StandardCharsets.UTF_8);
    if (!xml.contains("<jvm-options>-Xmx512m</jvm-options>")) {
      throw new IllegalStateException("domain.xml has no -Xmx512m option to replace");
    }
    Files.writeString(
        domainXml,
        xml.replace(
            "<jvm-options>-Xmx512m</jvm-options>",
            "<jvm-options>-Xmx"
                + size
                + "</jvm-options>"
                + options.stream()
                    .map(o -> "<jvm-options>" + o + "</jvm-options>")
                    .collect(java.util.stream.Collectors.joining())));
  }

  /** Deploys the EAR as {@code billing}, replacing whatever an earlier run left deployed. */
  void deploy(File ear) {
    undeployQuietly();
    // An interrupted earlier run can leave the expanded directories behind without the
    // registration; Payara would then deploy from the empty directory.
    Path domain = home.resolve("glassfish/domains/domain1");
    for (Path stale :
        List.of(
            domain.resolve("applications/billing"),
            domain.resolve("generated/ejb/billing"),
            domain.resolve("generated/jsp/billing"),
            domain.resolve("generated/xml/billing"))) {
      deleteRecursively(stale);
    }
    asadmin("deploy", "--name", "billing", ear.getAbsolutePath());
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Undeploys, then stops the domain, so the next test starts from an empty domain. */
  void stop() {
    undeployQuietly();
    asadmin("stop-domain", "domain1");
    if (originalDomainXml != null) {
      try {
        Files.write(home.resolve("glassfish/domains/domain1/config/domain.xml"), originalDomainXml);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private void undeployQuietly() {
    try {
      asadmin("undeploy", "billing");
    } catch (IllegalStateException nothingDeployed) {
      // fine: nothing was deployed
    }
  }

  /** kill -9 of the server JVM: no shutdown hook, no flush, like a power cut. */
  void kill() throws IOException, InterruptedException {
    Path pidFile = home.resolve("glassfish/domains/domain1/config/pid");
    String pid = Files.readString(pidFile).trim();
    Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + pid + " failed");
    }
    ProcessHandle.of(Long.parseLong(pid))
        .ifPresent(p -> p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join());
    Files.deleteIfExists(pidFile);
  }

  /** Waits until the application's readiness check answers UP. */
  void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:8080/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("billing-database")) {
          return;
        }
      } catch (IOException notYet) {
        // server still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the application did not become ready in 120 s");
  }

  private void asadmin(String... arguments) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                home.resolve("glassfish/modules/admin-cli.jar").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            pb.environment().remove(name); // the application's own default
          } else {
            pb.environment().put(name, value);
          }
        });
    try {
      Process p = pb.start();
      if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
