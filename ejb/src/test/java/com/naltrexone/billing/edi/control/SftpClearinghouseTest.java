package com.naltrexone.billing.edi.control;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the SFTP adapter against an in-process MINA SSHD server on a random local port. */
class SftpClearinghouseTest {

  private static final String USER = "billing";
  private static final String PASSWORD = "correct-horse-battery";
  private static final String HOST = "127.0.0.1";

  private static KeyPair hostKey;
  private static KeyPair clientKey;
  private static SshServer server;
  private static Path serverRoot;

  @TempDir static Path sharedTemp;

  @TempDir Path temp;

  private Path outbound;
  private Path inbound;
  private Path archive;

  @BeforeAll
  static void startServer() throws Exception {
    hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    clientKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    serverRoot = Files.createDirectories(sharedTemp.resolve("sftp-root"));
    server = SshServer.setUpDefaultServer();
    server.setHost(HOST);
    server.setPort(0);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    server.setPasswordAuthenticator(
        (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    server.setPublickeyAuthenticator(
        (user, key, session) ->
            USER.equals(user) && KeyUtils.compareKeys(key, clientKey.getPublic()));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot));
    server.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (server != null) {
      server.stop(true);
    }
  }

  @BeforeEach
  void cleanServerDirectories() throws IOException {
    outbound = recreate(serverRoot.resolve("to-clearinghouse"));
    inbound = recreate(serverRoot.resolve("from-clearinghouse"));
    archive = recreate(serverRoot.resolve("archive"));
  }

  @Test
  void uploadedFileIsByteIdenticalAndNoPartFileRemains() throws Exception {
    byte[] content = DropFolderClearinghouseTest.randomBytes(250_000);

    clearinghouse(settings()).send(new OutboundFile("837P_000000123.x12", content));

    assertEquals(List.of("837P_000000123.x12"), names(outbound));
    assertArrayEquals(content, Files.readAllBytes(outbound.resolve("837P_000000123.x12")));
  }

  @Test
  void remoteFileOfTheSameNameIsNeverOverwritten() throws Exception {
    Files.writeString(outbound.resolve("a.x12"), "first");

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () ->
                clearinghouse(settings())
                    .send(new OutboundFile("a.x12", "second".getBytes(US_ASCII))));

    assertTrue(e.getMessage().contains("a.x12"), e.getMessage());
    assertEquals("first", Files.readString(outbound.resolve("a.x12")));
  }

  @Test
  void inboundFilesAreListedOldestFirstDownloadedAndArchivedOnce() throws Exception {
    write(inbound.resolve("835_2.x12"), "ISA*second~", 200);
    write(inbound.resolve("999_1.x12"), "ISA*first~", 100);
    write(inbound.resolve("835_3.x12.part"), "ISA*partial", 50);
    write(inbound.resolve(".hidden"), "x", 50);
    Files.createDirectory(inbound.resolve("subdir"));
    Clearinghouse clearinghouse = clearinghouse(settings());

    List<InboundFile> files = clearinghouse.inbound();

    assertEquals(List.of("999_1.x12", "835_2.x12"), files.stream().map(InboundFile::name).toList());
    assertEquals(10, files.get(0).size());
    assertArrayEquals("ISA*first~".getBytes(US_ASCII), files.get(0).readAllBytes());
    assertArrayEquals("ISA*second~".getBytes(US_ASCII), files.get(1).readAllBytes());

    clearinghouse.markProcessed(files.get(0));

    assertEquals(
        List.of("835_2.x12"), clearinghouse.inbound().stream().map(InboundFile::name).toList());
    assertEquals(List.of("999_1.x12"), names(archive));
    assertThrows(ClearinghouseException.class, () -> clearinghouse.markProcessed(files.get(0)));
    assertEquals(List.of("999_1.x12"), names(archive));
  }

  @Test
  void archivedNameThatExistsGetsATimestampSuffix() throws Exception {
    Files.writeString(archive.resolve("999.x12"), "earlier");
    write(inbound.resolve("999.x12"), "again", 100);
    Clearinghouse clearinghouse = clearinghouse(settings());

    clearinghouse.markProcessed(clearinghouse.inbound().get(0));

    assertEquals("earlier", Files.readString(archive.resolve("999.x12")));
    List<String> archived = names(archive);
    assertEquals(2, archived.size(), archived.toString());
    assertTrue(archived.get(1).matches("999\\.x12\\.\\d{8}T\\d{9}Z"), archived.toString());
  }

  @Test
  void wrongPasswordNamesHostAndPortButNotThePassword() {
    String wrong = "not-the-password-42";
    SftpClearinghouse.Settings settings =
        settings(Optional.of(wrong), Optional.empty(), Optional.empty(), fingerprint(hostKey));

    ClearinghouseException e =
        assertThrows(ClearinghouseException.class, () -> clearinghouse(settings).inbound());

    assertTrue(e.getMessage().contains(HOST + ":" + server.getPort()), e.getMessage());
    assertTrue(e.getMessage().contains("rejected the user or credentials"), e.getMessage());
    assertFalse(e.getMessage().contains(wrong), e.getMessage());
    assertFalse(clearinghouse(settings).describe().contains(wrong));
    assertFalse(settings.toString().contains(wrong));
  }

  @Test
  void serverThatIsDownFailsWithHostAndPort() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SftpClearinghouse.Settings settings = withPort(settings(), closedPort);

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () -> clearinghouse(settings).send(new OutboundFile("a.x12", new byte[] {1})));

    assertTrue(e.getMessage().contains(HOST + ":" + closedPort), e.getMessage());
    assertTrue(e.getMessage().contains("cannot connect: connection refused"), e.getMessage());
  }

  @Test
  void hostKeyListedInKnownHostsIsAccepted() throws Exception {
    Path knownHosts = knownHosts(hostKey);

    clearinghouse(
            settings(
                Optional.of(PASSWORD), Optional.empty(), Optional.of(knownHosts), Optional.empty()))
        .send(new OutboundFile("a.x12", new byte[] {1, 2, 3}));

    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(outbound.resolve("a.x12")));
  }

  @Test
  void hostKeyThatDoesNotMatchKnownHostsIsRejected() throws Exception {
    KeyPair impostor = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    Path knownHosts = knownHosts(impostor);

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () ->
                clearinghouse(
                        settings(
                            Optional.of(PASSWORD),
                            Optional.empty(),
                            Optional.of(knownHosts),
                            Optional.empty()))
                    .send(new OutboundFile("a.x12", new byte[] {1})));

    assertTrue(e.getMessage().contains(HOST + ":" + server.getPort()), e.getMessage());
    assertTrue(
        e.getMessage().contains("host key does not match known-hosts-file " + knownHosts),
        e.getMessage());
    assertEquals(List.of(), names(outbound));
  }

  @Test
  void hostMissingFromKnownHostsIsRejected() throws Exception {
    Path knownHosts = temp.resolve("empty_known_hosts");
    Files.writeString(knownHosts, "");

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () ->
                clearinghouse(
                        settings(
                            Optional.of(PASSWORD),
                            Optional.empty(),
                            Optional.of(knownHosts),
                            Optional.empty()))
                    .inbound());
    assertTrue(e.getMessage().contains("host key does not match"), e.getMessage());
    assertEquals("", Files.readString(knownHosts), "an unknown key is never added");
  }

  @Test
  void hostKeyWithAnotherFingerprintIsRejected() throws Exception {
    KeyPair impostor = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () ->
                clearinghouse(
                        settings(
                            Optional.of(PASSWORD),
                            Optional.empty(),
                            Optional.empty(),
                            fingerprint(impostor)))
                    .inbound());
    assertTrue(e.getMessage().contains("host-key-fingerprint"), e.getMessage());
  }

  @Test
  void privateKeyFileAuthenticatesWithoutAPassword() throws Exception {
    Path keyFile = temp.resolve("id_ecdsa");
    try (OutputStream out = Files.newOutputStream(keyFile)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "billing", null, out);
    }

    clearinghouse(
            settings(
                Optional.empty(), Optional.of(keyFile), Optional.empty(), fingerprint(hostKey)))
        .send(new OutboundFile("by-key.x12", new byte[] {7}));

    assertArrayEquals(new byte[] {7}, Files.readAllBytes(outbound.resolve("by-key.x12")));
  }

  @Test
  void missingRemoteDirectoryFailsWithItsName() throws Exception {
    Files.delete(outbound);

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () -> clearinghouse(settings()).send(new OutboundFile("a.x12", new byte[] {1})));

    assertTrue(e.getMessage().contains("to-clearinghouse"), e.getMessage());
  }

  private static SftpClearinghouse clearinghouse(SftpClearinghouse.Settings settings) {
    return new SftpClearinghouse(settings);
  }

  private static SftpClearinghouse.Settings settings() {
    return settings(
        Optional.of(PASSWORD), Optional.empty(), Optional.empty(), fingerprint(hostKey));
  }

  private static SftpClearinghouse.Settings settings(
      Optional<String> password,
      Optional<Path> keyFile,
      Optional<Path> knownHosts,
      Optional<String> fingerprint) {
    return new SftpClearinghouse.Settings(
        HOST,
        server.getPort(),
        USER,
        password,
        keyFile,
        Optional.empty(),
        knownHosts,
        fingerprint,
        "to-clearinghouse",
        "/from-clearinghouse/",
        "archive",
        Duration.ofSeconds(10));
  }

  private static SftpClearinghouse.Settings withPort(SftpClearinghouse.Settings s, int port) {
    return new SftpClearinghouse.Settings(
        s.host(),
        port,
        s.user(),
        s.password(),
        s.privateKeyFile(),
        s.privateKeyPassphrase(),
        s.knownHostsFile(),
        s.hostKeyFingerprint(),
        s.outboundPath(),
        s.inboundPath(),
        s.archivePath(),
        s.timeout());
  }

  private static Optional<String> fingerprint(KeyPair key) {
    return Optional.of(KeyUtils.getFingerPrint(key.getPublic()));
  }

  private Path knownHosts(KeyPair key) throws IOException {
    Path file = temp.resolve("known_hosts");
    Files.writeString(
        file,
        "["
            + HOST
            + "]:"
            + server.getPort()
            + " "
            + PublicKeyEntry.toString(key.getPublic())
            + "\n");
    return file;
  }

  private static Path recreate(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static void write(Path path, String content, long seconds) throws IOException {
    Files.writeString(path, content, US_ASCII);
    Files.setLastModifiedTime(path, FileTime.from(Instant.ofEpochSecond(1_700_000_000 + seconds)));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
