package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Each command run in-process: exit codes, output and error text. */
class CommandsTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path fixture(String name) throws Exception {
    Path p = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void helpOfEveryCommandHasExamplesAndExitCodes() {
    for (String command : new String[] {"validate", "convert", "stats"}) {
      assertThat(run(command, "--help")).isZero();
      assertThat(out.toString()).contains("Examples:", "Exit codes:");
    }
  }

  @Test
  void convertsAcledToSitrepJsonWhichValidates() throws Exception {
    Path csv = fixture("events.acled.csv");
    Path json = dir.resolve("events.json");
    assertThat(run("convert", csv.toString(), json.toString())).isEqualTo(Main.BAD_DATA);
    assertThat(err.toString()).contains("events.acled.csv:5: event_date: must be a date",
        "4 events read, 4 written, 1 bad rows");
    assertThat(run("validate", json.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("0 problems");
    assertThat(run("stats", json.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("events: 4", "general-event/assault: 1",
        "general-event/protest: 2", "period: 2025-09-01T00:00:00Z to");
  }

  @Test
  void convertsToStixAndBackWithTheSameEvents() throws Exception {
    Path csv = fixture("events.acled.csv");
    Path json = dir.resolve("events.json");
    Path stix = dir.resolve("events.stix.json");
    Path back = dir.resolve("back.json");
    run("convert", csv.toString(), json.toString());
    assertThat(run("convert", json.toString(), stix.toString())).isEqualTo(Main.OK);
    assertThat(Files.readString(stix)).containsPattern("\"type\":\\s*\"bundle\"")
        .contains("\"spec_version\"");
    assertThat(run("convert", stix.toString(), back.toString())).isEqualTo(Main.OK);
    assertThat(err.toString()).contains("4 events read");
    assertThat(run("validate", back.toString())).isEqualTo(Main.OK);
    assertThat(Files.readString(back)).isEqualTo(Files.readString(json));
  }

  @Test
  void convertsThroughGzipAndReportsWhatIsLost() throws Exception {
    Path csv = fixture("events.acled.csv");
    Path ged = dir.resolve("events.ucdp.csv.gz");
    run("convert", csv.toString(), ged.toString());
    assertThat(err.toString()).contains("could not carry:",
        "type_of_violence: 'protest/demo' is no organized violence; event skipped (2)",
        "4 events read, 1 written");
    assertThat(Files.size(ged)).isPositive();
  }

  @Test
  void validateSaysWhereJsonLinesAreBadAndStopsPrintingAtMaxErrors() throws Exception {
    Path jsonl = dir.resolve("events.jsonl");
    Files.writeString(jsonl, "{\"type\":\"nope\"}\n[]\n{}\n");
    assertThat(run("validate", "--max-errors", "1", jsonl.toString())).isEqualTo(Main.BAD_DATA);
    assertThat(err.toString()).contains("events.jsonl:1: ", "3 errors (2 not shown");
  }

  /**
   * @return sitrep JSON Lines of 3,000 lines, more than one chunk for the decoding threads: an
   *     event converted from the ACLED fixture, and a bad line at lines 4, 704, 1404, 2104, 2804
   */
  private Path manyLines() throws Exception {
    Path converted = dir.resolve("converted.jsonl");
    run("convert", fixture("events.acled.csv").toString(), converted.toString());
    String event = Files.readAllLines(converted).get(0);
    clear();
    Path jsonl = dir.resolve("events.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      lines.append(i % 700 == 3 ? "{\"type\":\"nope\"}" : event).append('\n');
    }
    Files.writeString(jsonl, lines);
    return jsonl;
  }

  private void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  /** @return what the command printed, after running it with 1 and with 4 decoding threads */
  private String sameWithOneThreadAndFour(int code, String... args) {
    String[] one = new String[args.length + 2];
    one[0] = args[0];
    one[1] = "--threads";
    System.arraycopy(args, 1, one, 3, args.length - 1);
    one[2] = "1";
    clear();
    assertThat(run(one)).isEqualTo(code);
    String printed = out + "|" + err;
    one[2] = "4";
    clear();
    assertThat(run(one)).isEqualTo(code);
    assertThat(out + "|" + err).isEqualTo(printed);
    return printed;
  }

  @Test
  void validateSaysTheSameWithADecodingThreadPerProcessorAsWithOne() throws Exception {
    Path jsonl = manyLines();
    assertThat(sameWithOneThreadAndFour(Main.BAD_DATA, "validate", "-q", jsonl.toString()))
        .contains("events.jsonl:4: ", "events.jsonl:704: ", "2995 events, 5 bad lines");
    assertThat(run("validate", "--threads", "0", jsonl.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--threads must be at least 1, was 0");
  }

  @Test
  void convertAndStatsDecodeJsonLinesOnThreadsWithTheSameResults() throws Exception {
    Path jsonl = manyLines();
    Path geojson = dir.resolve("events.geojson");
    assertThat(sameWithOneThreadAndFour(Main.BAD_DATA, "convert", jsonl.toString(),
        geojson.toString())).contains("events.jsonl:704: ",
        "2995 events read, 2995 written, 5 bad rows");
    assertThat(sameWithOneThreadAndFour(Main.BAD_DATA, "stats", "-q", jsonl.toString()))
        .contains("events: 2995", "events.jsonl:2804: ");
    clear();
    assertThat(run("stats", "--threads", "0", jsonl.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--threads must be at least 1, was 0");
  }

  @Test
  void convertRefusesToWriteOverItsInputAndLeavesOutputAsItWasWhenItFails() throws Exception {
    Path csv = fixture("events.acled.csv");
    String before = Files.readString(csv);
    assertThat(run("convert", csv.toString(), csv.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("IN and OUT are the same file");
    assertThat(Files.readString(csv)).isEqualTo(before);
    Path notDossier = dir.resolve("not.json");
    Files.writeString(notDossier, "[]");
    Path json = dir.resolve("kept.json");
    Files.writeString(json, "what was there");
    clear();
    assertThat(run("convert", notDossier.toString(), json.toString())).isEqualTo(Main.BAD_DATA);
    assertThat(Files.readString(json)).isEqualTo("what was there");
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void convertCountsTheEventsADossierKeeps() throws Exception {
    Path once = dir.resolve("once.jsonl");
    run("convert", fixture("events.acled.csv").toString(), once.toString());
    Path twice = dir.resolve("twice.jsonl");
    Files.writeString(twice, Files.readString(once) + Files.readString(once));
    clear();
    assertThat(run("convert", twice.toString(), dir.resolve("twice.json").toString()))
        .isEqualTo(Main.OK);
    assertThat(err.toString()).contains("events.id: an event with the id of an earlier one;"
        + " dropped (4)", "8 events read, 4 written, 0 bad rows");
  }

  @Test
  void convertKeepsOutsPermissionsAndWritesThroughALink() throws Exception {
    Path real = dir.resolve("real.jsonl");
    Files.writeString(real, "old");
    Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions
        .fromString("rw-rw-r--"));
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
    Path csv = fixture("events.acled.csv");
    assertThat(run("convert", csv.toString(), link.toString())).isEqualTo(Main.BAD_DATA);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("\"type\"");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(real))).isEqualTo("rw-rw-r--");
    Path longName = dir.resolve("e".repeat(240) + ".jsonl");
    assertThat(run("convert", csv.toString(), longName.toString())).isEqualTo(Main.BAD_DATA);
    assertThat(Files.size(longName)).isPositive();
  }

  @Test
  void aFileThatCannotBeReadOrWrittenSaysWhy() throws Exception {
    Path csv = fixture("events.acled.csv");
    assertThat(run("convert", dir.resolve("nosuch.acled.csv").toString(), "x.json"))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("nosuch.acled.csv to x.json: no such file or directory");
    clear();
    assertThat(run("convert", csv.toString(), dir.resolve("no/dir/x.json").toString()))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("x.json: no such file or directory");
    clear();
    assertThat(run("stats", "--from", "acled", dir.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("cannot be read").doesNotContain("Exception");
  }

  @Test
  void validateChecksEveryFileAndRefusesOtherFormats() throws Exception {
    Path json = dir.resolve("events.json");
    run("convert", fixture("events.acled.csv").toString(), json.toString());
    Path stix = dir.resolve("events.stix.json");
    run("convert", json.toString(), stix.toString());
    clear();
    assertThat(run("validate", dir.resolve("nosuch.json").toString(), stix.toString(),
        json.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("nosuch.json: cannot be read: no such file",
        "events.stix.json: cannot be validated: it is STIX 2.1, a bundle, not sitrep JSON",
        "3 files, 2 not read: no errors");
    assertThat(out.toString()).contains("events.json: ").contains("0 problems");
    clear();
    assertThat(run("validate", "--max-errors", "-1", json.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--max-errors must be at least 0, was -1");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    assertThat(run("convert", "a.txt", "b.json")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("cannot tell the format of 'a.txt'");
    clear();
    assertThat(run("stats", "a.json", "--from", "nope")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--from: unknown format 'nope'; one of json, jsonl")
        .doesNotContain("Exception");
    clear();
    assertThat(run("stats", "a.geojson")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("geojson can be written, not read");
  }
}
