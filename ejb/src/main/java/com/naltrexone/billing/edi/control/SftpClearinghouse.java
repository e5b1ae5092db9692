package com.naltrexone.billing.edi.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHFsyncExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The clearinghouse over SFTP (Apache MINA SSHD client). Every call opens its own connection and
 * closes it again: slower than a pooled session, but there is no idle connection to go stale
 * between nightly runs and nothing to shut down.
 *
 * <p>The server's host key is always verified, against an OpenSSH {@code known_hosts} file or an
 * explicit SHA-256 fingerprint; with neither configured nothing connects. Uploads go to {@code
 * <name>.part}, are fsynced where the server offers {@code fsync@openssh.com}, size-checked, then
 * renamed; SFTP's rename fails rather than replace an existing file.
 */
public class SftpClearinghouse implements Clearinghouse {

  static final String PREFIX = "billing.clearinghouse.sftp.";

  private static final Logger LOG = Logger.getLogger(SftpClearinghouse.class.getName());
  private static final DateTimeFormatter ARCHIVE_SUFFIX =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * Connection settings. Exactly one of {@code password} and {@code privateKeyFile} authenticates
   * (both may be set: the key is offered first); at least one of {@code knownHostsFile} and {@code
   * hostKeyFingerprint} verifies the server. {@link #toString()} leaves the secrets out.
   */
  public record Settings(
      String host,
      int port,
      String user,
      Optional<String> password,
      Optional<Path> privateKeyFile,
      Optional<String> privateKeyPassphrase,
      Optional<Path> knownHostsFile,
      Optional<String> hostKeyFingerprint,
      String outboundPath,
      String inboundPath,
      String archivePath,
      Duration timeout) {

    public Settings {
      require(host, "host");
      require(user, "user");
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(PREFIX + "port must be 1-65535, was " + port);
      }
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(privateKeyFile, "privateKeyFile");
      Objects.requireNonNull(privateKeyPassphrase, "privateKeyPassphrase");
      Objects.requireNonNull(knownHostsFile, "knownHostsFile");
      Objects.requireNonNull(hostKeyFingerprint, "hostKeyFingerprint");
      if (password.isEmpty() && privateKeyFile.isEmpty()) {
        throw new IllegalArgumentException(
            "set " + PREFIX + "password or " + PREFIX + "private-key-file");
      }
      if (knownHostsFile.isEmpty() && hostKeyFingerprint.isEmpty()) {
        throw new IllegalArgumentException(
            "set "
                + PREFIX
                + "known-hosts-file (or "
                + PREFIX
                + "host-key-fingerprint): the server's key is always verified");
      }
      outboundPath = directory(outboundPath, "outbound-path");
      inboundPath = directory(inboundPath, "inbound-path");
      archivePath = directory(archivePath, "archive-path");
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(PREFIX + "timeout-seconds must be positive");
      }
    }

    /** Reads the {@code billing.clearinghouse.sftp.*} keys; see the README for defaults. */
    public static Settings from(Function<String, Optional<String>> config) {
      Function<String, Optional<String>> value =
          key -> config.apply(PREFIX + key).map(String::trim).filter(s -> !s.isEmpty());
      return new Settings(
          value.apply("host").orElse(null),
          value.apply("port").map(s -> parseInt(s, "port")).orElse(22),
          value.apply("user").orElse(null),
          // Passwords are taken as given: spaces may be part of them.
          config.apply(PREFIX + "password").filter(s -> !s.isEmpty()),
          value.apply("private-key-file").map(Path::of),
          config.apply(PREFIX + "private-key-passphrase").filter(s -> !s.isEmpty()),
          value.apply("known-hosts-file").map(Path::of),
          value.apply("host-key-fingerprint"),
          value.apply("outbound-path").orElse("outbound"),
          value.apply("inbound-path").orElse("inbound"),
          value.apply("archive-path").orElse("archive"),
          Duration.ofSeconds(
              value.apply("timeout-seconds").map(s -> parseInt(s, "timeout-seconds")).orElse(30)));
    }

    String endpoint() {
      return user + "@" + host + ":" + port;
    }

    @Override
    public String toString() {
      return "SftpClearinghouse.Settings["
          + endpoint()
          + ", auth "
          + (privateKeyFile.isPresent() ? "key " + privateKeyFile.get() : "password")
          + ", outbound "
          + outboundPath
          + ", inbound "
          + inboundPath
          + ", archive "
          + archivePath
          + ", timeout "
          + timeout.toSeconds()
          + "s]";
    }

    private static void require(String value, String key) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("set " + PREFIX + key);
      }
    }

    private static String directory(String path, String key) {
      require(path, key);
      String trimmed = path.strip();
      while (trimmed.length() > 1 && trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      return trimmed;
    }

    private static int parseInt(String value, String key) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PREFIX + key + " must be a whole number", e);
      }
    }
  }

  private final Settings settings;
  private final Clock clock;

  public SftpClearinghouse(Settings settings) {
    this(settings, Clock.systemUTC());
  }

  public SftpClearinghouse(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void send(OutboundFile file) throws ClearinghouseException {
    String name = file.name();
    String target = remote(settings.outboundPath(), name);
    String part = target + ClearinghouseFileNames.PART_SUFFIX;
    byte[] content = file.content();
    try (Connection connection = connect()) {
      SftpClient sftp = connection.sftp();
      if (exists(sftp, target)) {
        throw new FileAlreadyThereException(
            "refused to send "
                + name
                + ": a file of that name is already in "
                + settings.outboundPath()
                + " on "
                + settings.endpoint());
      }
      step("upload " + name + " to " + part, () -> upload(sftp, part, content));
      long uploaded = step("check size of " + part, () -> sftp.stat(part).getSize());
      if (uploaded != content.length) {
        deleteQuietly(sftp, part);
        throw new ClearinghouseException(
            "size check failed for "
                + name
                + " on "
                + settings.endpoint()
                + ": wrote "
                + content.length
                + " bytes, server has "
                + uploaded);
      }
      step(
          "rename " + part + " to " + target,
          () -> {
            sftp.rename(part, target);
            return null;
          });
      long published = step("check size of " + target, () -> sftp.stat(target).getSize());
      if (published != content.length) {
        throw new ClearinghouseException(
            "size check failed for "
                + name
                + " on "
                + settings.endpoint()
                + " after rename: "
                + published
                + " bytes, expected "
                + content.length);
      }
    }
    LOG.info(
        () ->
            "Sent "
                + name
                + " ("
                + content.length
                + " bytes) to "
                + settings.endpoint()
                + ":"
                + settings.outboundPath());
  }

  private static Void upload(SftpClient sftp, String part, byte[] content) throws IOException {
    try (CloseableHandle handle =
        sftp.open(part, OpenMode.Write, OpenMode.Create, OpenMode.Truncate)) {
      int chunk = 32 * 1024;
      for (int offset = 0; offset < content.length; offset += chunk) {
        sftp.write(handle, offset, content, offset, Math.min(chunk, content.length - offset));
      }
      OpenSSHFsyncExtension fsync = sftp.getExtension(OpenSSHFsyncExtension.class);
      if (fsync != null && fsync.isSupported()) {
        fsync.fsync(handle);
      }
    }
    return null;
  }

  @Override
  public List<InboundFile> inbound() throws ClearinghouseException {
    List<InboundFile> files = new ArrayList<>();
    try (Connection connection = connect()) {
      SftpClient sftp = connection.sftp();
      Iterable<DirEntry> entries =
          step("list " + settings.inboundPath(), () -> listDirectory(sftp, settings.inboundPath()));
      for (DirEntry entry : entries) {
        String name = entry.getFilename();
        Attributes attributes = entry.getAttributes();
        if (name.startsWith(".")
            || name.endsWith(ClearinghouseFileNames.PART_SUFFIX)
            || !attributes.isRegularFile()) {
          continue;
        }
        if (!ClearinghouseFileNames.isValid(name)) {
          LOG.warning(
              () ->
                  "Ignoring inbound file with a name we do not accept in "
                      + settings.inboundPath()
                      + " on "
                      + settings.endpoint()
                      + ": "
                      + name);
          continue;
        }
        Instant modified =
            attributes.getModifyTime() == null
                ? Instant.EPOCH
                : attributes.getModifyTime().toInstant();
        String path = remote(settings.inboundPath(), name);
        files.add(new InboundFile(name, attributes.getSize(), modified, () -> download(path)));
      }
    }
    files.sort(Comparator.comparing(InboundFile::lastModified).thenComparing(InboundFile::name));
    return files;
  }

  private static List<DirEntry> listDirectory(SftpClient sftp, String path) throws IOException {
    List<DirEntry> all = new ArrayList<>();
    try (CloseableHandle directory = sftp.openDir(path)) {
      for (List<DirEntry> batch = sftp.readDir(directory);
          batch != null;
          batch = sftp.readDir(directory)) {
        all.addAll(batch);
      }
    }
    return all;
  }

  /** A stream over one remote file that holds its own connection and closes it with the stream. */
  private InputStream download(String path) throws IOException {
    Connection connection;
    try {
      connection = connect();
    } catch (ClearinghouseException e) {
      throw new IOException(e.getMessage(), e);
    }
    try {
      InputStream in = connection.sftp().read(path);
      return new FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            connection.close();
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw new IOException(
          "cannot download " + path + " from " + settings.endpoint() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void markProcessed(InboundFile file) throws ClearinghouseException {
    String name = ClearinghouseFileNames.requireValid(file.name());
    String source = remote(settings.inboundPath(), name);
    try (Connection connection = connect()) {
      SftpClient sftp = connection.sftp();
      if (!exists(sftp, source)) {
        throw new ClearinghouseException(
            "cannot archive "
                + name
                + ": it is no longer in "
                + settings.inboundPath()
                + " on "
                + settings.endpoint()
                + " (already processed?)");
      }
      String target = remote(settings.archivePath(), name);
      if (exists(sftp, target)) {
        String stamped = target + "." + ARCHIVE_SUFFIX.format(clock.instant());
        target = stamped;
        for (int i = 1; exists(sftp, target); i++) {
          target = stamped + "-" + i;
        }
      }
      String archived = target;
      step(
          "move " + source + " to " + archived,
          () -> {
            sftp.rename(source, archived);
            return null;
          });
      LOG.info(() -> "Archived inbound " + name + " as " + archived + " on " + settings.endpoint());
    }
  }

  @Override
  public String describe() {
    return "SFTP "
        + settings.endpoint()
        + " (outbound "
        + settings.outboundPath()
        + ", inbound "
        + settings.inboundPath()
        + ", archive "
        + settings.archivePath()
        + ")";
  }

  Settings settings() {
    return settings;
  }

  private boolean exists(SftpClient sftp, String path) throws ClearinghouseException {
    try {
      sftp.stat(path);
      return true;
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        return false;
      }
      throw failure("check " + path, e);
    } catch (IOException e) {
      throw failure("check " + path, e);
    }
  }

  private static void deleteQuietly(SftpClient sftp, String path) {
    try {
      sftp.remove(path);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + path + ": " + e.getMessage());
    }
  }

  @FunctionalInterface
  private interface SftpStep<T> {
    T run() throws IOException;
  }

  private <T> T step(String what, SftpStep<T> step) throws ClearinghouseException {
    try {
      return step.run();
    } catch (IOException e) {
      throw failure(what, e);
    }
  }

  private ClearinghouseException failure(String what, Exception e) {
    return new ClearinghouseException(
        "SFTP " + settings.endpoint() + ": cannot " + what + ": " + e.getMessage(), e);
  }

  private static String remote(String directory, String name) {
    return directory.endsWith("/") ? directory + name : directory + "/" + name;
  }

  /** An SSH client, its authenticated session and the SFTP channel, closed together. */
  private record Connection(SshClient client, ClientSession session, SftpClient sftp)
      implements AutoCloseable {
    @Override
    public void close() {
      for (AutoCloseable closeable : new AutoCloseable[] {sftp, session}) {
        if (closeable != null) {
          try {
            closeable.close();
          } catch (Exception e) {
            LOG.fine(() -> "Error while closing SFTP connection: " + e);
          }
        }
      }
      client.stop();
    }
  }

  private Connection connect() throws ClearinghouseException {
    Duration timeout = settings.timeout();
    AtomicBoolean hostKeyRejected = new AtomicBoolean();
    ServerKeyVerifier verifier = serverKeyVerifier();
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(
        (session, address, key) -> {
          boolean accepted = verifier.verifyServerKey(session, address, key);
          hostKeyRejected.set(!accepted);
          return accepted;
        });
    // Only our settings count: not the server account's ~/.ssh/config, nor its default keys.
    client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
    client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
    // A session with no traffic for this long is closed, so a hung server fails the call.
    CoreModuleProperties.IDLE_TIMEOUT.set(client, timeout.multipliedBy(2));
    CoreModuleProperties.AUTH_TIMEOUT.set(client, timeout);
    client.start();
    ClientSession session = null;
    String stage = "connect";
    try {
      session =
          client
              .connect(settings.user(), settings.host(), settings.port())
              .verify(timeout)
              .getSession();
      stage = "authenticate";
      if (settings.privateKeyFile().isPresent()) {
        FileKeyPairProvider keys = new FileKeyPairProvider(settings.privateKeyFile().get());
        settings
            .privateKeyPassphrase()
            .map(FilePasswordProvider::of)
            .ifPresent(keys::setPasswordFinder);
        session.setKeyIdentityProvider(keys);
      }
      if (settings.password().isPresent()) {
        session.addPasswordIdentity(settings.password().get());
      }
      session.auth().verify(timeout);
      stage = "open the SFTP channel";
      SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
      return new Connection(client, session, sftp);
    } catch (IOException | RuntimeException e) {
      new Connection(client, session, null).close();
      String reason =
          hostKeyRejected.get()
              ? "the server's host key does not match "
                  + settings
                      .knownHostsFile()
                      .map(p -> "known-hosts-file " + p)
                      .orElse("host-key-fingerprint")
              : describeCause(e);
      throw new ClearinghouseException(
          "SFTP " + settings.endpoint() + ": cannot " + stage + ": " + reason, e);
    }
  }

  /** The innermost message; MINA wraps the interesting part (refused, reset, unknown host). */
  private static String describeCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
      return "host name does not resolve";
    }
    if (root instanceof ConnectException) {
      return "connection refused (" + root.getMessage() + ")";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("No more authentication methods")) {
      return "the server rejected the user or credentials";
    }
    if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
      message = message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return message;
  }

  private ServerKeyVerifier serverKeyVerifier() {
    if (settings.knownHostsFile().isPresent()) {
      Path knownHosts = settings.knownHostsFile().get();
      if (!Files.isReadable(knownHosts)) {
        LOG.warning(
            () -> "Known hosts file " + knownHosts + " is not readable: every key is rejected");
      }
      // Unknown hosts go to the delegate (reject); a changed key is rejected by default too.
      return new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts);
    }
    String expected = settings.hostKeyFingerprint().orElseThrow();
    return (session, address, key) -> matches(expected, key, address);
  }

  private static boolean matches(String expected, PublicKey key, Object address) {
    String actual = KeyUtils.getFingerPrint(key);
    boolean match = expected.equals(actual);
    if (!match) {
      LOG.warning(
          () -> "Rejected host key " + actual + " from " + address + ": expected " + expected);
    }
    return match;
  }
}
