package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: no PHI in any log line during the whole suite. Runs last (its own failsafe execution,
 * after the Arquillian and the system tests) and reads every log file the test server wrote,
 * looking for what the suite's synthetic patients carry: their names, birth date, record numbers,
 * member ids, diagnosis codes, and raw X12 segments (which hold all of those).
 */
class ServerLogHygieneCheck {

  /** Each pattern with what it would mean if it matched. */
  private static final List<Pattern> PHI =
      List.of(
          Pattern.compile("\\b(SMITH|ALEX|APIPATIENT|UITEST|ROBIN)\\b"),
          Pattern.compile("O''Brien"),
          Pattern.compile("\\b(1980-02-29|1984-03-12)\\b"),
          Pattern.compile("\\bUI-[0-9A-F]{8}\\b"),
          Pattern.compile("\\b(CLM|API|BIG|TYP|INJ|CRASH)-[0-9A-Za-z]{3,}"),
          Pattern.compile("\\b(MEM|REJ277|DENY)\\d+\\b"),
          Pattern.compile("\\bF1[0-9]\\.\\d{1,3}\\b"),
          Pattern.compile("\\b(ISA|GS|ST|CLM|NM1|SV1|CLP|SVC|CAS|BPR)\\*[^\\s]"));

  @Test
  void noLogLineCarriesPatientDataOrRawX12() throws IOException {
    Path logs =
        Path.of(System.getProperty("payara.home", "target/payara6"))
            .resolve("glassfish/domains/domain1/logs");
    List<Path> files;
    try (Stream<Path> s = Files.list(logs)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("server.log")).toList();
    }
    long lines = 0;
    boolean sawTheApplication = false;
    List<String> leaks = new ArrayList<>();
    for (Path file : files) {
      List<String> content = read(file);
      lines += content.size();
      for (String line : content) {
        sawTheApplication |= line.contains("com.naltrexone.billing");
        for (Pattern p : PHI) {
          Matcher m = p.matcher(line);
          if (m.find() && leaks.size() < 20) {
            leaks.add(file.getFileName() + ": '" + m.group() + "' in: " + abbreviate(line));
          }
        }
      }
    }
    // After the whole suite the log is long; after one system test alone (a benchmark run with
    // -Dit.test) it is short but still the application's.
    long expected = arquillianTestsRan() ? 1000 : 1;
    assertTrue(lines > expected && sawTheApplication, "the suite's server log was read: " + files);
    assertTrue(leaks.isEmpty(), "PHI or raw X12 in the server log:\n" + String.join("\n", leaks));
  }

  /** Whether the Arquillian execution ran any test (its failsafe summary says how many). */
  private static boolean arquillianTestsRan() throws IOException {
    Path summary = Path.of("target", "failsafe-reports", "failsafe-summary.xml");
    if (!Files.exists(summary)) {
      return true;
    }
    String xml = Files.readString(summary, StandardCharsets.UTF_8);
    Matcher completed = Pattern.compile("<completed>(\\d+)</completed>").matcher(xml);
    Matcher skipped = Pattern.compile("<skipped>(\\d+)</skipped>").matcher(xml);
    return !completed.find()
        || Integer.parseInt(completed.group(1))
            > (skipped.find() ? Integer.parseInt(skipped.group(1)) : 0);
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
