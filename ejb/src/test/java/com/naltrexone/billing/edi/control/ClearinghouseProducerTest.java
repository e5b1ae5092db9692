package com.naltrexone.billing.edi.control;

import static com.naltrexone.billing.edi.control.DropFolderClearinghouseTest.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClearinghouseProducerTest {

  private static final Map<String, String> SFTP =
      Map.of(
          "billing.clearinghouse.transport", "sftp",
          "billing.clearinghouse.sftp.host", "sftp.example.test",
          "billing.clearinghouse.sftp.user", "clinic42",
          "billing.clearinghouse.sftp.password", "pa55-w0rd!",
          "billing.clearinghouse.sftp.known-hosts-file", "/etc/billing/known_hosts");

  @Test
  void dropFolderIsTheDefault() {
    Clearinghouse clearinghouse =
        ClearinghouseProducer.create(
            config(Map.of("com.sun.aas.instanceRoot", "/srv/domain1")), Clock.systemUTC());

    DropFolderClearinghouse folder = assertInstanceOf(DropFolderClearinghouse.class, clearinghouse);
    assertEquals(Path.of("/srv/domain1/edi/outbound"), folder.settings().outboundDir());
    assertTrue(clearinghouse.describe().startsWith("drop folder"), clearinghouse.describe());
  }

  @Test
  void sftpIsChosenByTransportWithDefaultsForTheRest() {
    Clearinghouse clearinghouse = ClearinghouseProducer.create(config(SFTP), Clock.systemUTC());

    SftpClearinghouse sftp = assertInstanceOf(SftpClearinghouse.class, clearinghouse);
    SftpClearinghouse.Settings settings = sftp.settings();
    assertEquals(22, settings.port());
    assertEquals("outbound", settings.outboundPath());
    assertEquals("inbound", settings.inboundPath());
    assertEquals("archive", settings.archivePath());
    assertEquals(Duration.ofSeconds(30), settings.timeout());
    assertEquals(Optional.of(Path.of("/etc/billing/known_hosts")), settings.knownHostsFile());
    assertEquals(
        "SFTP clinic42@sftp.example.test:22 (outbound outbound, inbound inbound, archive archive)",
        clearinghouse.describe());
    assertFalse(settings.toString().contains("pa55-w0rd!"), settings.toString());
  }

  @Test
  void sftpWithoutHostKeyVerificationIsRefused() {
    Map<String, String> values = new HashMap<>(SFTP);
    values.remove("billing.clearinghouse.sftp.known-hosts-file");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClearinghouseProducer.create(config(values), Clock.systemUTC()));
    assertTrue(e.getMessage().contains("known-hosts-file"), e.getMessage());
  }

  @Test
  void sftpWithoutCredentialsIsRefused() {
    Map<String, String> values = new HashMap<>(SFTP);
    values.remove("billing.clearinghouse.sftp.password");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClearinghouseProducer.create(config(values), Clock.systemUTC()));
    assertTrue(e.getMessage().contains("private-key-file"), e.getMessage());
  }

  @Test
  void badPortIsRefusedNamingTheKey() {
    Map<String, String> values = new HashMap<>(SFTP);
    values.put("billing.clearinghouse.sftp.port", "twenty-two");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClearinghouseProducer.create(config(values), Clock.systemUTC()));
    assertTrue(e.getMessage().contains("billing.clearinghouse.sftp.port"), e.getMessage());
  }

  @Test
  void unknownTransportIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ClearinghouseProducer.create(
                    config(Map.of("billing.clearinghouse.transport", "ftp")), Clock.systemUTC()));
    assertTrue(e.getMessage().contains("'ftp'"), e.getMessage());
  }
}
