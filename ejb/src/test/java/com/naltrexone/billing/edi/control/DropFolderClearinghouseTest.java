package com.naltrexone.billing.edi.control;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropFolderClearinghouseTest {

  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.089Z");

  @TempDir Path root;

  private Path outbound;
  private Path inbound;
  private Path archive;
  private DropFolderClearinghouse clearinghouse;

  @BeforeEach
  void setUp() {
    outbound = root.resolve("out");
    inbound = root.resolve("in");
    archive = root.resolve("archive");
    clearinghouse =
        new DropFolderClearinghouse(
            new DropFolderClearinghouse.Settings(outbound, inbound, archive),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void sentFileIsCompleteUnderItsFinalNameWithNothingElseLeftBehind() throws Exception {
    byte[] content = randomBytes(300_000);

    clearinghouse.send(new OutboundFile("837P_000000123.x12", content));

    assertEquals(List.of("837P_000000123.x12"), names(outbound));
    assertArrayEquals(content, Files.readAllBytes(outbound.resolve("837P_000000123.x12")));
  }

  @Test
  void sentFileIsNotListedAsInbound() throws Exception {
    clearinghouse.send(new OutboundFile("a.x12", "ISA*00~".getBytes(US_ASCII)));

    assertEquals(List.of(), clearinghouse.inbound());
  }

  @Test
  void emptyFileCanBeSent() throws Exception {
    clearinghouse.send(new OutboundFile("empty.x12", new byte[0]));

    assertEquals(0, Files.size(outbound.resolve("empty.x12")));
  }

  @Test
  void fileOfTheSameNameIsNeverOverwritten() throws Exception {
    clearinghouse.send(new OutboundFile("a.x12", "first".getBytes(US_ASCII)));

    ClearinghouseException e =
        assertThrows(
            FileAlreadyThereException.class,
            () -> clearinghouse.send(new OutboundFile("a.x12", "second".getBytes(US_ASCII))));

    assertTrue(e.getMessage().contains("a.x12"), e.getMessage());
    assertFalse(e.getMessage().contains("second"), "no file content in messages");
    assertEquals("first", Files.readString(outbound.resolve("a.x12"), US_ASCII));
    assertEquals(List.of("a.x12"), names(outbound), "no .part file left behind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "..",
        "../escape.x12",
        "dir/file.x12",
        "dir\\file.x12",
        "/etc/passwd",
        ".hidden",
        "file.part",
        "with space.x12",
        "semi;colon",
        "caf\u00e9.x12",
        "tab\t.x12"
      })
  void unsafeNamesAreRefused(String name) {
    assertThrows(IllegalArgumentException.class, () -> new OutboundFile(name, new byte[] {1}));
  }

  @Test
  void overlongNamesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new OutboundFile("a".repeat(201), new byte[] {1}));
  }

  @Test
  void outboundContentCannotBeChangedAfterConstruction() throws Exception {
    byte[] content = "ISA".getBytes(US_ASCII);
    OutboundFile file = new OutboundFile("a.x12", content);
    content[0] = 'X';
    file.content()[1] = 'X';

    clearinghouse.send(file);

    assertEquals("ISA", Files.readString(outbound.resolve("a.x12"), US_ASCII));
    assertEquals("OutboundFile[a.x12, 3 bytes]", file.toString());
  }

  @Test
  void stalePartFilesAreDeletedAndFreshOnesKept() throws Exception {
    Files.createDirectories(outbound);
    Path stale = Files.writeString(outbound.resolve(".old.x12.1.part"), "half");
    Files.setLastModifiedTime(stale, FileTime.from(NOW.minusSeconds(2 * 3600)));
    Path fresh = Files.writeString(outbound.resolve(".busy.x12.2.part"), "half");
    Files.setLastModifiedTime(fresh, FileTime.from(NOW.minusSeconds(60)));

    clearinghouse.send(new OutboundFile("new.x12", new byte[] {1}));

    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(fresh), "another send may still be writing it");
  }

  @Test
  void unwritableOutboundDirectoryFailsWithTheDirectoryNamed() throws Exception {
    Path notADirectory = Files.writeString(root.resolve("file"), "x");
    DropFolderClearinghouse broken =
        new DropFolderClearinghouse(
            new DropFolderClearinghouse.Settings(notADirectory, inbound, archive));

    ClearinghouseException e =
        assertThrows(
            ClearinghouseException.class,
            () -> broken.send(new OutboundFile("a.x12", "secret-content".getBytes(US_ASCII))));

    assertTrue(e.getMessage().contains(notADirectory.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("secret-content"));
  }

  @Test
  void inboundListsCompleteFilesOldestFirstAndIgnoresTheRest() throws Exception {
    Files.createDirectories(inbound);
    write(inbound.resolve("835_b.x12"), "B", 300);
    write(inbound.resolve("999_a.x12"), "A", 100);
    write(inbound.resolve("277CA_c.x12"), "CC", 200);
    write(inbound.resolve("835_a.x12"), "A2", 300);
    write(inbound.resolve(".hidden.x12"), "H", 50);
    write(inbound.resolve("partial.x12.part"), "P", 50);
    write(inbound.resolve("bad name.x12"), "N", 50);
    Files.createDirectory(inbound.resolve("subdir"));

    List<InboundFile> files = clearinghouse.inbound();

    assertEquals(
        List.of("999_a.x12", "277CA_c.x12", "835_a.x12", "835_b.x12"),
        files.stream().map(InboundFile::name).toList());
    assertEquals(2, files.get(1).size());
    assertEquals(Instant.ofEpochSecond(1_700_000_200), files.get(1).lastModified());
    assertArrayEquals("CC".getBytes(US_ASCII), files.get(1).readAllBytes());
  }

  @Test
  void inboundOnAMissingDirectoryCreatesItAndFindsNothing() throws Exception {
    assertEquals(List.of(), clearinghouse.inbound());
    assertTrue(Files.isDirectory(inbound));
  }

  @Test
  void markProcessedMovesTheFileToTheArchiveExactlyOnce() throws Exception {
    Files.createDirectories(inbound);
    write(inbound.resolve("835_1.x12"), "ISA*835~", 100);
    InboundFile file = clearinghouse.inbound().get(0);

    clearinghouse.markProcessed(file);

    assertEquals(List.of(), clearinghouse.inbound());
    assertEquals(List.of("835_1.x12"), names(archive));
    assertEquals("ISA*835~", Files.readString(archive.resolve("835_1.x12")));

    ClearinghouseException e =
        assertThrows(ClearinghouseException.class, () -> clearinghouse.markProcessed(file));
    assertTrue(e.getMessage().contains("already processed"), e.getMessage());
    assertEquals(List.of("835_1.x12"), names(archive));
  }

  @Test
  void archivedNameThatExistsGetsATimestampSuffix() throws Exception {
    Files.createDirectories(inbound);
    Files.createDirectories(archive);
    Files.writeString(archive.resolve("999.x12"), "earlier");
    Files.writeString(archive.resolve("999.x12.20250304T050607089Z"), "earlier too");
    write(inbound.resolve("999.x12"), "again", 100);

    clearinghouse.markProcessed(clearinghouse.inbound().get(0));

    assertEquals("earlier", Files.readString(archive.resolve("999.x12")));
    assertEquals("again", Files.readString(archive.resolve("999.x12.20250304T050607089Z-1")));
  }

  @Test
  void fileThatChangedSinceListingIsNotReadAsComplete() throws Exception {
    Files.createDirectories(inbound);
    write(inbound.resolve("835.x12"), "ISA*short~", 100);
    InboundFile file = clearinghouse.inbound().get(0);
    Files.writeString(inbound.resolve("835.x12"), "ISA*longer-now~");

    ClearinghouseException e = assertThrows(ClearinghouseException.class, file::readAllBytes);
    assertTrue(e.getMessage().contains("835.x12"), e.getMessage());
  }

  @Test
  void defaultDirectoriesAreUnderThePayaraInstanceRoot() {
    DropFolderClearinghouse.Settings settings =
        DropFolderClearinghouse.Settings.from(
            config(Map.of("com.sun.aas.instanceRoot", "/srv/payara/domains/domain1")));

    assertEquals(Path.of("/srv/payara/domains/domain1/edi/outbound"), settings.outboundDir());
    assertEquals(Path.of("/srv/payara/domains/domain1/edi/inbound"), settings.inboundDir());
    assertEquals(Path.of("/srv/payara/domains/domain1/edi/archive"), settings.archiveDir());
  }

  @Test
  void defaultDirectoriesOutsidePayaraAreUnderTheTemporaryDirectory() {
    DropFolderClearinghouse.Settings settings =
        DropFolderClearinghouse.Settings.from(config(Map.of()));

    assertEquals(
        Path.of(System.getProperty("java.io.tmpdir"), "naltrexone-billing", "edi", "outbound"),
        settings.outboundDir());
  }

  @Test
  void configuredDirectoriesWin() {
    DropFolderClearinghouse.Settings settings =
        DropFolderClearinghouse.Settings.from(
            config(
                Map.of(
                    "com.sun.aas.instanceRoot", "/srv/payara",
                    "billing.clearinghouse.outbound-dir", "/data/out",
                    "billing.clearinghouse.inbound-dir", "/data/in",
                    "billing.clearinghouse.archive-dir", "/data/archive")));

    assertEquals(
        new DropFolderClearinghouse.Settings(
            Path.of("/data/out"), Path.of("/data/in"), Path.of("/data/archive")),
        settings);
  }

  static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  private static void write(Path path, String content, long epochSecond) throws IOException {
    Files.writeString(path, content, US_ASCII);
    Files.setLastModifiedTime(
        path, FileTime.from(Instant.ofEpochSecond(1_700_000_000 + epochSecond)));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }
}
