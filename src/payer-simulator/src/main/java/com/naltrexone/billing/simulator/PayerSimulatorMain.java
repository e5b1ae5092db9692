package com.naltrexone.billing.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Demo loop: watches an outbound directory for our 837 files and writes the payer's answers into an
 * inbound directory as {@code <file>.999}, {@code <file>.277} and {@code <file>.835}.
 *
 * <pre>java ... PayerSimulatorMain OUTBOUND_DIR INBOUND_DIR [--once] [--interval-ms N]</pre>
 *
 * A file counts as answered once its {@code .999} (or, for a file that is not X12, a hidden {@code
 * .<file>.unreadable} marker) exists in the inbound directory, so restarts do not answer twice and
 * the outbound directory is never modified. Answers are written to a hidden temporary name and then
 * moved into place atomically. Hidden files and {@code *.tmp} / {@code *.part} are ignored (a
 * sender still writing). Logs file names and counts, never content.
 */
public final class PayerSimulatorMain {

  private static final Logger LOG = Logger.getLogger(PayerSimulatorMain.class.getName());

  private final Path outbound;
  private final Path inbound;
  private final PayerSimulator simulator;

  PayerSimulatorMain(Path outbound, Path inbound, PayerSimulator simulator) {
    this.outbound = outbound;
    this.inbound = inbound;
    this.simulator = simulator;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 2) {
      System.err.println(
          "usage: PayerSimulatorMain OUTBOUND_DIR INBOUND_DIR [--once] [--interval-ms N]");
      System.exit(2);
    }
    List<String> options = List.of(args).subList(2, args.length);
    boolean once = options.contains("--once");
    int index = options.indexOf("--interval-ms");
    long interval = index >= 0 ? Long.parseLong(options.get(index + 1)) : 2000;
    Path out = Path.of(args[0]);
    Path in = Path.of(args[1]);
    Files.createDirectories(out);
    Files.createDirectories(in);
    long seed = (System.currentTimeMillis() / 1000) % 900_000_000L + 1;
    PayerSimulatorMain main =
        new PayerSimulatorMain(out, in, new PayerSimulator(Clock.systemDefaultZone(), seed));
    LOG.info(() -> "payer simulator watching " + out + " -> " + in);
    do {
      main.pollOnce();
      if (!once) {
        Thread.sleep(interval);
      }
    } while (!once);
  }

  /** Answers every new file once; returns how many files were answered. */
  int pollOnce() throws IOException {
    int answered = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(outbound)) {
      files =
          list.filter(Files::isRegularFile).filter(PayerSimulatorMain::candidate).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (Files.exists(inbound.resolve(name + ".999"))
          || Files.exists(inbound.resolve("." + name + ".unreadable"))) {
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        PayerSimulator.Answers answers = simulator.answer(in);
        // 835 and 277 first: the .999 marks the file as answered
        write(name + ".835", answers.remittance835());
        write(name + ".277", answers.ack277());
        write(name + ".999", answers.ack999());
        answered++;
        LOG.info(
            () ->
                "answered %s: 999%s%s"
                    .formatted(
                        name,
                        answers.ack277() == null ? "" : ", 277CA",
                        answers.remittance835() == null ? "" : ", 835"));
      } catch (IllegalArgumentException e) {
        LOG.warning(() -> "not answered (not a readable 837): " + name);
        // nothing to acknowledge; the hidden marker stops retries
        Files.writeString(inbound.resolve("." + name + ".unreadable"), "");
      }
    }
    return answered;
  }

  private static boolean candidate(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
  }

  private void write(String name, byte[] content) throws IOException {
    if (content == null) {
      return;
    }
    Path temp = inbound.resolve("." + name + ".tmp");
    Files.write(temp, content);
    Files.move(
        temp,
        inbound.resolve(name),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
