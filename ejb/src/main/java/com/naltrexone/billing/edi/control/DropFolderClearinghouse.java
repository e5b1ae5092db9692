package com.naltrexone.billing.edi.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The clearinghouse as three local directories, the default transport: something else (a
 * clearinghouse agent, an operator, a mounted share) carries files between them and the partner.
 *
 * <p>Sending writes to a hidden {@code .<name>.<random>.part} file in the outbound directory,
 * forces it to disk, checks its size and only then gives it its final name in one atomic step (a
 * hard link, which fails rather than replace an existing file; where links are not supported, an
 * existence check and an atomic rename). So a reader sees either no file or the whole file, and a
 * crash leaves at most a {@code .part} file, which listings ignore and later sends delete once it
 * is an hour old.
 */
public class DropFolderClearinghouse implements Clearinghouse {

  static final String PREFIX = "billing.clearinghouse.";
  static final Duration STALE_PART_AGE = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(DropFolderClearinghouse.class.getName());
  private static final DateTimeFormatter ARCHIVE_SUFFIX =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /** The three directories; they are created on first use. */
  public record Settings(Path outboundDir, Path inboundDir, Path archiveDir) {

    public Settings {
      Objects.requireNonNull(outboundDir, "outboundDir");
      Objects.requireNonNull(inboundDir, "inboundDir");
      Objects.requireNonNull(archiveDir, "archiveDir");
    }

    /**
     * Reads {@code billing.clearinghouse.outbound-dir}, {@code .inbound-dir} and {@code
     * .archive-dir}; each defaults to a directory under {@link #defaultRoot}.
     */
    public static Settings from(Function<String, Optional<String>> config) {
      Path root = defaultRoot(config);
      return new Settings(
          dir(config, "outbound-dir", root.resolve("outbound")),
          dir(config, "inbound-dir", root.resolve("inbound")),
          dir(config, "archive-dir", root.resolve("archive")));
    }

    /**
     * {@code ${com.sun.aas.instanceRoot}/edi} inside Payara (the domain directory, next to the H2
     * database and logs), else {@code ${java.io.tmpdir}/naltrexone-billing/edi}.
     */
    static Path defaultRoot(Function<String, Optional<String>> config) {
      return config
          .apply("com.sun.aas.instanceRoot")
          .filter(s -> !s.isBlank())
          .map(s -> Path.of(s, "edi"))
          .orElseGet(
              () -> Path.of(System.getProperty("java.io.tmpdir"), "naltrexone-billing", "edi"));
    }

    private static Path dir(Function<String, Optional<String>> config, String key, Path fallback) {
      return config.apply(PREFIX + key).filter(s -> !s.isBlank()).map(Path::of).orElse(fallback);
    }
  }

  private final Settings settings;
  private final Clock clock;

  public DropFolderClearinghouse(Settings settings) {
    this(settings, Clock.systemUTC());
  }

  public DropFolderClearinghouse(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void send(OutboundFile file) throws ClearinghouseException {
    Path dir = ensureDirectory(settings.outboundDir(), "outbound");
    String name = file.name();
    Path target = dir.resolve(name);
    if (Files.exists(target)) {
      throw refusedDuplicate(name, dir);
    }
    deleteStaleParts(dir);
    Path part =
        dir.resolve("." + name + "." + UUID.randomUUID() + ClearinghouseFileNames.PART_SUFFIX);
    try {
      writeAndForce(part, file.content());
      verifySize(part, file.size(), name);
      publish(part, target, name, dir);
      forceDirectory(dir);
      verifySize(target, file.size(), name);
    } catch (IOException e) {
      throw new ClearinghouseException("cannot write " + name + " to " + dir + ": " + reason(e), e);
    } finally {
      deleteQuietly(part);
    }
    LOG.info(() -> "Sent " + name + " (" + file.size() + " bytes) to " + dir);
  }

  private static void writeAndForce(Path part, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void verifySize(Path path, long expected, String name)
      throws IOException, ClearinghouseException {
    long actual = Files.size(path);
    if (actual != expected) {
      throw new ClearinghouseException(
          "size check failed for " + name + ": wrote " + expected + " bytes, found " + actual);
    }
  }

  /** Gives the finished part file its final name without ever replacing an existing file. */
  private static void publish(Path part, Path target, String name, Path dir)
      throws IOException, ClearinghouseException {
    try {
      Files.createLink(target, part);
      return;
    } catch (FileAlreadyExistsException e) {
      throw refusedDuplicate(name, dir);
    } catch (UnsupportedOperationException | IOException linkNotPossible) {
      // Some file systems (SMB shares, some FUSE mounts) have no hard links: check and rename.
    }
    if (Files.exists(target)) {
      throw refusedDuplicate(name, dir);
    }
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private static ClearinghouseException refusedDuplicate(String name, Path dir) {
    return new FileAlreadyThereException(
        "refused to send " + name + ": a file of that name is already in " + dir);
  }

  /** Makes the new directory entry durable too (POSIX); not possible everywhere, so best effort. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; the file itself is already forced.
    }
  }

  private void deleteStaleParts(Path dir) {
    Instant cutOff = clock.instant().minus(STALE_PART_AGE);
    try (DirectoryStream<Path> parts =
        Files.newDirectoryStream(dir, "*" + ClearinghouseFileNames.PART_SUFFIX)) {
      for (Path part : parts) {
        if (Files.getLastModifiedTime(part).toInstant().isBefore(cutOff)) {
          LOG.warning(() -> "Deleting unfinished file left by an earlier send: " + part);
          Files.deleteIfExists(part);
        }
      }
    } catch (IOException e) {
      LOG.warning(() -> "Cannot clean unfinished files in " + dir + ": " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + path + ": " + e.getMessage());
    }
  }

  @Override
  public List<InboundFile> inbound() throws ClearinghouseException {
    Path dir = ensureDirectory(settings.inboundDir(), "inbound");
    List<InboundFile> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path path : entries) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith(ClearinghouseFileNames.PART_SUFFIX)) {
          continue;
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
          continue;
        }
        if (!ClearinghouseFileNames.isValid(name)) {
          LOG.warning(() -> "Ignoring inbound file with a name we do not accept: " + path);
          continue;
        }
        files.add(
            new InboundFile(
                name,
                attributes.size(),
                attributes.lastModifiedTime().toInstant(),
                () -> Files.newInputStream(path)));
      }
    } catch (IOException e) {
      throw new ClearinghouseException(
          "cannot list inbound directory " + dir + ": " + reason(e), e);
    }
    files.sort(Comparator.comparing(InboundFile::lastModified).thenComparing(InboundFile::name));
    return files;
  }

  @Override
  public void markProcessed(InboundFile file) throws ClearinghouseException {
    Path inboundDir = ensureDirectory(settings.inboundDir(), "inbound");
    Path archiveDir = ensureDirectory(settings.archiveDir(), "archive");
    String name = ClearinghouseFileNames.requireValid(file.name());
    Path source = inboundDir.resolve(name);
    if (!Files.isRegularFile(source)) {
      throw new ClearinghouseException(
          "cannot archive "
              + name
              + ": it is no longer in "
              + inboundDir
              + " (already processed?)");
    }
    try {
      Path target = archiveTarget(archiveDir, name);
      try {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // Archive on another file system: copy then delete (never replaces an existing file).
        Files.move(source, target);
      }
      forceDirectory(archiveDir);
      forceDirectory(inboundDir);
      LOG.info(() -> "Archived inbound " + name + " as " + target);
    } catch (NoSuchFileException e) {
      throw new ClearinghouseException(
          "cannot archive " + name + ": it is no longer in " + inboundDir + " (already processed?)",
          e);
    } catch (IOException e) {
      throw new ClearinghouseException(
          "cannot move " + name + " from " + inboundDir + " to " + archiveDir + ": " + reason(e),
          e);
    }
  }

  private Path archiveTarget(Path archiveDir, String name) {
    Path target = archiveDir.resolve(name);
    if (!Files.exists(target)) {
      return target;
    }
    String stamped = name + "." + ARCHIVE_SUFFIX.format(clock.instant());
    target = archiveDir.resolve(stamped);
    for (int i = 1; Files.exists(target); i++) {
      target = archiveDir.resolve(stamped + "-" + i);
    }
    return target;
  }

  private static Path ensureDirectory(Path dir, String role) throws ClearinghouseException {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ClearinghouseException(
          "cannot create " + role + " directory " + dir + ": " + reason(e), e);
    }
  }

  /** The exception type matters for file errors: the message is often just the path. */
  private static String reason(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

  @Override
  public String describe() {
    return "drop folder (outbound "
        + settings.outboundDir()
        + ", inbound "
        + settings.inboundDir()
        + ", archive "
        + settings.archiveDir()
        + ")";
  }

  Settings settings() {
    return settings;
  }
}
