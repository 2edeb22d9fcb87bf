package dev.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.datasets.Dataset;
import dev.sitrep.datasets.DatasetReader;
import dev.sitrep.io.BadLine;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reads and writes generated files of events on Spark in local mode, with two threads. */
class EventFilesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final String NOT_JSON = "not json";
  /** The datasets module's fixtures, read where they are (the tests run in the module's folder). */
  private static final Path DATASETS_FIXTURES = Path.of("../datasets/src/test/resources/fixtures");
  private static final String ENDS_BEFORE_START = "{\"type\":\"meeting\",\"id\":\"meeting/a\","
      + "\"title\":\"A\",\"when\":{\"start\":\"2025-09-12\",\"end\":\"2025-09-10\"}}";
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("sitrep-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1") // loopback only
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true") // timestamps collected as Instants
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /**
   * Writes the events to three files, with a line that is not JSON and a blank line after the
   * 5th event of each and an event that ends before it starts after the 40th.
   *
   * @return the bad lines written, "file-uri line-number" to what their rule says
   */
  private static Map<String, String> write(List<Event> events, Path dir) throws IOException {
    Map<String, String> bad = new HashMap<>();
    int per = events.size() / 3;
    for (int f = 0; f < 3; f++) {
      Path file = dir.resolve("events-" + f + ".jsonl");
      List<String> lines = new ArrayList<>();
      for (Event e : events.subList(f * per, f == 2 ? events.size() : (f + 1) * per)) {
        if (lines.size() == 5) {
          lines.add(NOT_JSON);
          bad.put(file.toUri() + " " + lines.size(), "must be well-formed JSON");
          lines.add("");
        }
        if (lines.size() == 42) {
          lines.add(ENDS_BEFORE_START);
          bad.put(file.toUri() + " " + lines.size(), "must not be before start");
        }
        lines.add(JSON.write(e));
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
    return bad;
  }

  private static List<Event> events() {
    List<Event> events = new ArrayList<>(Samples.of(Generators.airspaceIncidents(), 300));
    events.addAll(Samples.of(Generators.events(), 150));
    return events;
  }

  @Test
  void readsEveryGoodLineAndReportsEveryBadOneAndAnswersAQuery(@TempDir Path dir)
      throws IOException {
    List<Event> events = events();
    Map<String, String> bad = write(events, dir);

    EventDatasets read = EventFiles.read(spark, dir.toString());
    read.all().persist();
    Map<String, Row> rows = read.events().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("json"), Function.identity(), (a, b) -> a));
    assertThat(read.events().count()).isEqualTo(events.size());
    Map<String, String> badRead = read.badLines().collectAsList().stream().collect(
        Collectors.toMap(r -> Path.of(URI.create(r.getAs("file"))).toUri() + " "
            + r.<Long>getAs("line"), r -> r.<String>getAs("rule")));
    assertThat(badRead.keySet()).isEqualTo(bad.keySet());
    bad.forEach((line, rule) -> assertThat(badRead.get(line)).contains(rule));
    for (Event e : events) {
      Row row = rows.get(JSON.write(e));
      assertThat(row).as(e.id().value()).isNotNull();
      assertThat(row.<String>getAs("id")).isEqualTo(e.id().value());
      assertThat(row.<String>getAs("title")).isEqualTo(e.title());
      assertThat(row.<Instant>getAs("start_earliest"))
          .isEqualTo(e.when().map(w -> micros(w.start().earliest())).orElse(null));
      assertThat(row.<Instant>getAs("end_latest"))
          .isEqualTo(e.when().flatMap(w -> w.end()).map(t -> micros(t.latest())).orElse(null));
      assertThat(row.<Row>getList(row.fieldIndex("places"))).extracting(p -> p.get(0) + " "
              + p.get(p.fieldIndex("latitude")) + " " + p.get(p.fieldIndex("longitude")))
          .isEqualTo(e.places().stream().map(p -> p.name() + " "
              + p.point().map(x -> x.lat()).orElse(null) + " "
              + p.point().map(x -> x.lon()).orElse(null)).collect(Collectors.toList()));
      assertThat(row.<String>getList(row.fieldIndex("actors"))).isEqualTo(
          Dossier.actorsInvolvedIn(e).stream().map(EntityId::value).collect(Collectors.toList()));
      assertThat(row.getList(row.fieldIndex("attributions")))
          .extracting(a -> ((Row) a).<String>getAs("hedge"))
          .isEqualTo(e.attributions().stream().map(a -> Columns.code(a.hedge()))
              .collect(Collectors.toList()));
      if (e instanceof AirspaceIncident) {
        AirspaceIncident i = (AirspaceIncident) e;
        assertThat(row.<String>getAs("type")).isEqualTo("airspace-incident");
        assertThat(row.<String>getAs("violated_state"))
            .isEqualTo(i.violatedState().map(s -> s.id().value()).orElse(null));
        List<Row> intrusions = row.<Row>getList(row.fieldIndex("counts")).stream()
            .filter(c -> c.<String>getAs("path").matches("intrusions\\[\\d+\\]\\.count"))
            .collect(Collectors.toList());
        assertThat(row.<Row>getList(row.fieldIndex("counts")))
            .extracting(c -> c.<String>getAs("path")).as("every count the incident holds")
            .containsExactlyInAnyOrderElementsOf(countPaths(i));
        assertThat(intrusions).extracting(c -> List.of(c.<Long>getAs("lower"),
                c.isNullAt(c.fieldIndex("upper")) ? -1L : c.<Long>getAs("upper")))
            .isEqualTo(i.intrusions().stream().map(Intrusion::count).map(n -> List.of(n.lower(),
                n.upper().isPresent() ? n.upper().getAsLong() : -1L)).collect(Collectors.toList()));
      }
    }

    // incidents per violated state per month, by SQL, against the same count over the events
    read.events().createOrReplaceTempView("events");
    Map<String, Long> answer = spark.sql("SELECT violated_state, year(start_earliest) AS y, "
            + "month(start_earliest) AS m, count(*) AS incidents FROM events "
            + "WHERE type = 'airspace-incident' AND violated_state IS NOT NULL "
            + "AND start_earliest IS NOT NULL GROUP BY violated_state, y, m")
        .collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0) + " " + r.getInt(1) + "-" + r.getInt(2),
            r -> r.getLong(3)));
    Map<String, Long> expected = events.stream()
        .filter(e -> e instanceof AirspaceIncident).map(e -> (AirspaceIncident) e)
        .filter(i -> i.violatedState().isPresent() && i.when().isPresent())
        .collect(Collectors.groupingBy(i -> {
          var start = i.when().get().start().earliest().atOffset(ZoneOffset.UTC);
          return i.violatedState().get().id().value() + " " + start.getYear() + "-"
              + start.getMonthValue();
        }, Collectors.counting()));
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(answer).isEqualTo(expected);
    read.all().unpersist();
  }

  @Test
  void theSchemaSaysWhatEveryColumnHolds() {
    for (StructField field : EventColumns.schema().fields()) {
      assertThat(field.getComment().isDefined()).as(field.name()).isTrue();
    }
    assertThat(EventColumns.schema().fieldNames()).startsWith("id", "type", "title");
    assertThat(BadLineColumns.schema().fieldNames())
        .containsExactly("file", "line", "path", "rule", "message");
  }

  @Test
  void writesEventsBackAsSitrepJsonLinesInPartFiles(@TempDir Path dir) throws IOException {
    List<Event> events = events();
    Files.createDirectories(dir.resolve("in"));
    write(events, dir.resolve("in"));
    EventFiles.write(EventFiles.read(spark, dir.resolve("in").toString()).events(),
        dir.resolve("out").toString());

    List<String> lines;
    try (Stream<Path> parts = Files.list(dir.resolve("out"))) {
      List<Path> files = parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .collect(Collectors.toList());
      assertThat(files).isNotEmpty();
      lines = new ArrayList<>();
      for (Path p : files) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(lines).containsExactlyInAnyOrderElementsOf(
        events.stream().map(JSON::write).collect(Collectors.toList()));
    assertThat(lines.stream().map(l -> JSON.read(l, Event.class)).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(events);
  }

  @Test
  void aLongRunOfBadLinesIsReportedLineByLineAndTheGoodLinesAfterItAreKept(@TempDir Path dir)
      throws IOException {
    List<Event> events = Samples.of(Generators.events(), 3);
    List<String> lines = new ArrayList<>();
    lines.add(JSON.write(events.get(0)));
    for (int i = 0; i < 20_000; i++) {
      lines.add(i % 2 == 0 ? NOT_JSON : ENDS_BEFORE_START);
    }
    lines.add(JSON.write(events.get(1)));
    lines.add(JSON.write(events.get(2)));
    Files.write(dir.resolve("run.jsonl"), lines, StandardCharsets.UTF_8);

    EventDatasets read = EventFiles.read(spark, dir.toString());
    assertThat(read.events().select("id").collectAsList()).extracting(r -> r.getString(0))
        .containsExactly(events.stream().map(e -> e.id().value()).toArray(String[]::new));
    assertThat(read.badLines().count()).isEqualTo(20_000);
    assertThat(read.badLines().where("line = 20001").select("path").first().getString(0))
        .isEqualTo("$.when.end");
  }

  /**
   * A dataset's fixture (rows written to its codebook, from the datasets module's tests) with a bad
   * row after them, read in Spark, gives the events and the bad rows that the dataset's own reader
   * gives, line for line.
   */
  @ParameterizedTest
  @EnumSource(value = EventFormat.class, names = {"PLOVER", "ACLED", "UCDP_GED"})
  void aDatasetsRowsAreReadAsItsOwnReaderReadsThem(EventFormat format, @TempDir Path dir)
      throws IOException {
    Dataset dataset = Dataset.valueOf(format.name());
    String fixture = Map.of(EventFormat.PLOVER, "plover.jsonl", EventFormat.ACLED, "acled.csv",
        EventFormat.UCDP_GED, "ucdp-ged.csv").get(format);
    List<String> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(DATASETS_FIXTURES.resolve(fixture))) {
      rows.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
    }
    rows.add(format == EventFormat.PLOVER ? NOT_JSON : rows.get(0)); // the header as a row: bad
    Path file = dir.resolve(fixture);
    Files.write(file, rows, StandardCharsets.UTF_8);

    List<String> expected = new ArrayList<>();
    List<BadLine> expectedBad = new ArrayList<>();
    try (DatasetReader reader = dataset.reader(Files.newInputStream(file), expectedBad::add)) {
      reader.forEachRemaining(r -> expected.add(JSON.write(r.event())));
    }
    assertThat(expected).as("events in the fixture").isNotEmpty();
    assertThat(expectedBad).extracting(BadLine::lineNumber).contains((long) rows.size());

    EventDatasets read = EventFiles.read(spark, format, false, file.toString());
    assertThat(read.events().select("json").collectAsList()).extracting(r -> r.getString(0))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(read.badLines().select("line", "rule").collectAsList())
        .extracting(r -> r.getLong(0) + " " + r.getString(1))
        .containsExactlyInAnyOrderElementsOf(expectedBad.stream()
            .map(b -> b.lineNumber() + " " + b.error().rule()).collect(Collectors.toList()));
  }

  private static Instant micros(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** @return the path of every count an incident holds, found apart from EventColumns */
  private static List<String> countPaths(AirspaceIncident e) {
    List<String> paths = new java.util.ArrayList<>();
    for (int i = 0; i < e.impacts().size(); i++) {
      paths.add("impacts[" + i + "].count");
    }
    e.occurrences().ifPresent(n -> paths.add("occurrences"));
    for (int i = 0; i < e.intrusions().size(); i++) {
      paths.add("intrusions[" + i + "].count");
      for (int j = 0; j < e.intrusions().get(i).transits().size(); j++) {
        if (e.intrusions().get(i).transits().get(j).count().isPresent()) {
          paths.add("intrusions[" + i + "].transits[" + j + "].count");
        }
      }
    }
    for (int i = 0; i < e.responses().size(); i++) {
      if (e.responses().get(i).count().isPresent()) {
        paths.add("responses[" + i + "].count");
      }
    }
    for (int i = 0; i < e.consequences().size(); i++) {
      if (e.consequences().get(i).count().isPresent()) {
        paths.add("consequences[" + i + "].count");
      }
      if (e.consequences().get(i).occurrences().isPresent()) {
        paths.add("consequences[" + i + "].occurrences");
      }
    }
    return paths;
  }
}
