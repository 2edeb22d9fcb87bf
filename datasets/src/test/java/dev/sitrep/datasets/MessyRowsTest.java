package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.event.Event;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.io.BadLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files as they come from the field and from other tools: every bad value a bad row that names its
 * column or property and the rule, never another exception; a failure to read, an
 * {@link UncheckedIOException}.
 */
class MessyRowsTest {
  private static final String PLOVER = "{\"id\":\"p-1\",\"date\":\"2025-09-10\","
      + "\"actor\":[{\"code\":\"RUS\"}],\"event\":[\"ASSAULT\"]%s}";

  private final List<BadLine> bad = new ArrayList<>();

  private List<EventRecord> read(Dataset dataset, byte[] bytes) {
    return FixturesTest.readAll(dataset, new ByteArrayInputStream(bytes), bad);
  }

  private List<EventRecord> read(Dataset dataset, String text) {
    return read(dataset, text.getBytes(StandardCharsets.UTF_8));
  }

  /** @return a PLOVER line, the fixture's smallest event with {@code more} properties */
  private static String plover(String more) {
    return PLOVER.formatted(more.isEmpty() ? "" : "," + more);
  }

  /** @return the ACLED fixture's header and first row, each as a line */
  private static String[] acled() throws IOException {
    try (InputStream in = FixturesTest.fixture("acled.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      return new String[] {lines[0], lines[1]};
    }
  }

  @Test
  void aPloverEndDateOfNullIsNoEndDate() {
    assertThat(read(Dataset.PLOVER, plover("\"enddate\":null") + "\n" + plover("")))
        .extracting(r -> r.event().when()).containsOnly(
            read(Dataset.PLOVER, plover("")).get(0).event().when());
    assertThat(bad).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "dead":1e400                              | dead: must be a count from 0 to 9007199254740991, was 1E+400
      "dead":1e20                               | dead: must be a count from 0 to 9007199254740991, was 1E+20
      "dead":-3                                 | dead: must be a count from 0 to 9007199254740991, was -3
      "dead":"more than 9007199254740991"       | dead: must be a count that sitrep holds, was 'more than 9007199254740991'
      "size":[1]                                | size: must be an object of counts
      "cite_info":[1]                           | cite_info: must be an object: title, url, publication
      "event_loc":{"country_code":"UKR","geonameid":[1,2]} | event_loc.geonameid: must be a GeoNames id, a whole number or its text, was [1,2]
      "event_loc":{"country_code":"UKR","lat":"0x1p3","lon":"30.1"} | event_loc.lat: must be a decimal number, was "0x1p3"
      "event_loc":{"country_code":"UKR","lat":49.9} | event_loc.lon: must be given with event_loc.lat
      "event_loc":{"country_code":"UKR","lat":1e400,"lon":30} | event_loc.lat: must be in [-90, 90], was Infinity
      "event_loc":{"country_code":"UKR","geonameid":" "} | event_loc.geonameid: must not be blank
      "date":"0000-01-01"                       | date: must lie between the years 0001 and 9999
      """)
  void aPloverValueOfAnotherShapeIsABadRowNamingIt(String property, String message) {
    assertThat(read(Dataset.PLOVER, plover(property))).isEmpty();
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(1);
      assertThat(b.error()).hasMessageContaining(message);
    });
  }

  @Test
  void aPloverNumberIsKeptExactlyAsWrittenAndACoordinateMayBeText() {
    Event e = read(Dataset.PLOVER, plover("\"quad_code\":1e400,\"score\":1.50,"
        + "\"event_loc\":{\"country_code\":\"UKR\",\"lat\":\"49.9\",\"lon\":30.1}")).get(0).event();
    assertThat(bad).isEmpty();
    assertThat(e.extensions()).containsEntry(PloverMapping.PREFIX + "quad_code",
        JsonValue.of(new BigDecimal("1e400")));
    assertThat(e.extensions()).containsEntry(PloverMapping.PREFIX + "score",
        JsonValue.of(new BigDecimal("1.50")));
    assertThat(e.places().get(0).point()).contains(GeoPoint.of(49.9, 30.1));
  }

  @Test
  void aPloverLineThatIsNotUtf8IsABadRowAndReadingGoesOn() {
    byte[] first = (plover("") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = (plover("\"event_text\":\"Kharkiv, caf\u00e9\"") + "\n" + plover(""))
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = Arrays.copyOf(first, first.length + latin1.length);
    System.arraycopy(latin1, 0, bytes, first.length, latin1.length);
    assertThat(read(Dataset.PLOVER, bytes)).hasSize(2);
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(2);
      assertThat(b.error()).hasMessageContaining("is not UTF-8");
    });
  }

  @Test
  void blankLinesAnywhereInACsvArePassedOverHoweverMany() throws IOException {
    String[] acled = acled();
    List<EventRecord> rows = read(Dataset.ACLED,
        "\n" + acled[0] + "\n" + "\n".repeat(100_000) + acled[1] + "\n\n");
    assertThat(bad).isEmpty();
    assertThat(rows).hasSize(1);
  }

  @Test
  void anEmptyCsvIsABadFileNotOneOfNoEvents() {
    for (String text : new String[] {"", "\n\n"}) {
      bad.clear();
      assertThat(read(Dataset.UCDP_GED, text)).isEmpty();
      assertThat(bad).singleElement().satisfies(b -> assertThat(b.error())
          .hasMessageContaining("must begin with a header of the codebook's columns"));
    }
  }

  @Test
  void aCsvHeaderWithEmptyOrRepeatedNamesCountsItsCellsAndReportsThem() throws IOException {
    String[] acled = acled();
    String csv = acled[0] + ",,,notes\n" + acled[1] + ",,,again\n";
    try (DatasetReader r = Dataset.ACLED.reader(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), bad::add)) {
      assertThat(r.next().event().description()).isEqualTo(
          FixtureRows.read(Dataset.ACLED, "acled.csv", Map.of()).event().description());
      assertThat(r.hasNext()).isFalse();
      assertThat(r.report().losses()).extracting(Loss::toString).anySatisfy(l -> assertThat(l)
          .contains("notes", "a column whose name an earlier column has; passed over"));
    }
    assertThat(bad).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      latitude   | 0x1p3               | latitude: must be a decimal number, was '0x1p3'
      longitude  | 30.1d               | longitude: must be a decimal number, was '30.1d'
      fatalities | 9223372036854775807 | fatalities: must be a whole number from 0 to 9007199254740991
      event_date | 0000-01-01          | event_date: must lie between the years 0001 and 9999, was 0
      """)
  void anAcledCellOutsideItsFormIsABadRowNamingTheColumn(String column, String cell,
      String message) {
    assertThatThrownBy(() -> FixtureRows.read(Dataset.ACLED, "acled.csv", Map.of(column, cell)))
        .hasMessageContaining(message);
  }

  @Test
  void aUcdpDayBeyondTheYearsSitrepHoldsIsABadRowNamingTheColumn() {
    assertThatThrownBy(() -> FixtureRows.read(Dataset.UCDP_GED, "ucdp-ged.csv",
        Map.of("date_start", "0000-01-01", "date_end", "0000-01-01")))
        .hasMessageContaining("date_start: must lie between the years 0001 and 9999");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      in a cell          | Kharkiv | Kharkiv caf\u00e9 | 2
      at a row's start   | UKR90001 | \u00c3x          | 2
      """)
  void bytesThatAreNotUtf8EndACsvAsABadRowWithItsLine(String where, String cell,
      String latin1, int line) throws IOException {
    String[] acled = acled();
    byte[] bytes = (acled[0] + "\n" + acled[1].replace(cell, latin1) + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(read(Dataset.ACLED, bytes)).isEmpty();
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(line);
      assertThat(b.error()).hasMessageContaining("is not UTF-8")
          .hasMessageContaining("reading stopped here");
    });
  }

  @Test
  void aCsvWhoseFirstBytesAreNoTextIsABadRowNotAFailureToRead() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3, '\n', '"', 'a'};
    assertThat(read(Dataset.ACLED, bytes)).isEmpty();
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(1);
      assertThat(b.error()).hasMessageContaining("reading stopped here");
    });
  }

  @Test
  void aFailureToWriteIsAnUncheckedIoExceptionForEveryDataset() {
    List<EventRecord> records = FixturesTest.readAll(Dataset.PLOVER,
        FixturesTest.fixture("plover.jsonl"), bad);
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("no space left on device");
      }
    };
    for (Dataset d : Dataset.values()) {
      assertThatThrownBy(() -> {
        try (DatasetWriter w = d.writer(full)) {
          records.forEach(w::write);
        }
      }).as(d.name()).isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("no space left on device");
    }
  }

  @Test
  void aFailureToReadIsAnUncheckedIoExceptionForEveryDataset() throws IOException {
    Map<Dataset, String> fixtures = Map.of(Dataset.ACLED, "acled.csv",
        Dataset.UCDP_GED, "ucdp-ged.csv", Dataset.PLOVER, "plover.jsonl");
    for (Dataset d : Dataset.values()) {
      String text;
      try (InputStream in = FixturesTest.fixture(fixtures.get(d))) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String rows = d == Dataset.PLOVER ? text : text.substring(text.indexOf('\n') + 1);
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write((text + rows.repeat(200)).getBytes(StandardCharsets.UTF_8));
      }
      byte[] truncated = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
      assertThatThrownBy(() -> FixturesTest.readAll(d,
          new GZIPInputStream(new ByteArrayInputStream(truncated)), bad))
          .as(d.name()).isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Unexpected end of ZLIB input stream");
    }
  }
}
