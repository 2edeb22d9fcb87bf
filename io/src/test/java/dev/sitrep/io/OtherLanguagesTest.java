package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Python, JavaScript, jq and pandas write back is read as sitrep wrote it, where it is the
 * same data; what would lose or invent data is refused. {@code OtherLanguagesPropertiesTest}
 * rewrites random documents of every type.
 */
class OtherLanguagesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final SitrepJson PRETTY = SitrepJson.builder().pretty(true).build();

  private static InvalidDataException refused(String json, Class<?> type) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> JSON.read(json, type));
    assertThat(e).as("refused: %s", json).isNotNull();
    return e;
  }

  @Test
  void typeIsReadWhereverItStandsAndErrorsInsideKeepTheirPlace() {
    String dossier = """
        {"actors": [{"name": "Belarus", "alpha2": "BY", "alpha3": "BLR", "id": "state/blr",
                     "type": "state"}],
         "schema_version": "1",
         "events": [{"title": "Zapad 2025",
                     "hosts": ["state/blr"],
                     "status": "completed",
                     "id": "exercise/zapad-2025",
                     "edition": 2019,
                     "when": {"start": "2025-09-12", "end": "2025-09-16"},
                     "type": "military-exercise"}]}""";
    InvalidDataException e = refused(dossier, Dossier.class);
    assertThat(e.path()).isEqualTo("$.events[0].edition");
    assertThat(e.rule()).contains("must be a year the exercise's time overlaps");
    assertThat(e.line()).as("the line of the offending value").hasValue(8);
    assertThat(e.column()).hasValue(25);
    Dossier fixed = JSON.read(dossier.replace("2019", "2025"), Dossier.class);
    assertThat(JSON.read(JSON.write(fixed), Dossier.class)).isEqualTo(fixed);
    assertThat(JSON.write(fixed)).contains("{\"type\":\"military-exercise\",\"id\"");

    InvalidDataException nested = refused(
        "{\"hosts\":[\"state/blr\"],\"id\":\"exercise/x\",\"title\":\"X\",\"status\":\"completed\","
            + "\"strength\":[{\"count\":{\"qualifier\":\"at-least\",\"lower\":-1}}],"
            + "\"type\":\"military-exercise\"}", Event.class);
    assertThat(nested.path()).isEqualTo("$.strength[0].count.lower");
    assertThat(nested.column()).hasValue(128);

    InvalidDataException twice = refused(
        "{\"id\":\"state/blr\",\"type\":\"state\",\"name\":\"Belarus\",\"type\":\"state\"}",
        Actor.class);
    assertThat(twice.path()).isEqualTo("$.type");
    assertThat(twice.rule()).contains("duplicate key");
    assertThat(refused("{\"id\":\"state/blr\",\"name\":\"Belarus\",\"type\":7}", Actor.class)
        .rule()).isEqualTo("must be a string, found a number");
  }

  @Test
  void lenientReadingKeepsAnUnknownTypeWhereverTypeStands() {
    SitrepJson lenient = SitrepJson.builder().lenient(true).build();
    ReadResult<Dossier> read = lenient.readWithReport("{\"schema_version\":\"1\",\"actors\":["
        + "{\"id\":\"militia/x\",\"type\":\"militia\"},"
        + "{\"id\":\"state/blr\",\"name\":\"Belarus\",\"alpha2\":\"BY\",\"alpha3\":\"BLR\","
        + "\"note\":1,\"type\":\"state\"}]}",
        Dossier.class);
    assertThat(read.value().actors()).extracting(Actor::name)
        .containsExactly("militia", "Belarus");
    assertThat(read.skipped()).containsExactly("$.actors[0]: unknown type 'militia', kept as it is",
        "$.actors[1].note: unknown property 'note'");
    assertThat(JSON.write(read.value())).startsWith(
        "{\"schema_version\":\"1\",\"actors\":[{\"type\":\"militia\",\"id\":\"militia/x\"},");
  }

  @Test
  void nullIsAnAbsentOptionalPropertyOrList() {
    Source source = JSON.read("{\"id\":\"source/x\",\"kind\":\"article\",\"title\":null,"
        + "\"authors\":null,\"url\":null}", Source.class);
    assertThat(source.title()).isEmpty();
    assertThat(source.authors()).isEmpty();
    assertThat(JSON.write(source)).isEqualTo("{\"id\":\"source/x\",\"kind\":\"article\"}");
    assertThat(JSON.read("{\"lower\":19,\"best\":null,\"upper\":null,\"qualifier\":\"at-least\","
        + "\"phrase\":null}", UncertainCount.class)).isEqualTo(UncertainCount.atLeast(19));

    InvalidDataException required = refused("{\"id\":null,\"kind\":\"article\"}", Source.class);
    assertThat(required.path()).isEqualTo("$.id");
    assertThat(required.rule()).isEqualTo("must be a string, found null");
    assertThat(refused("{\"id\":\"source/x\",\"kind\":\"article\",\"authors\":[null]}",
        Source.class).path()).isEqualTo("$.authors[0]");
    assertThat(refused("{\"lower\":19,\"best\":null,\"best\":3,\"qualifier\":\"at-least\"}",
        UncertainCount.class).rule()).contains("duplicate key");
    InvalidDataException exact = refused(
        "{\"lower\":19,\"upper\":null,\"qualifier\":\"exactly\"}", UncertainCount.class);
    assertThat(exact.path()).isEqualTo("$.upper");
  }

  @Test
  void integersAreIntegralAndWithinWhatEveryJsonReaderHoldsExactly() {
    assertThat(JSON.read("{\"lower\":19.0,\"best\":190E-1,\"upper\":1.9e1,\"qualifier\":\"exactly\"}",
        UncertainCount.class)).isEqualTo(UncertainCount.exactly(19));
    long max = UncertainCount.MAX;
    assertThat(JSON.read("{\"lower\":" + max + ",\"qualifier\":\"at-least\"}",
        UncertainCount.class).lower()).isEqualTo(max);
    for (String over : List.of(String.valueOf(max + 1), "9007199254740992.0", "1e16",
        String.valueOf(Long.MAX_VALUE), "-9007199254740992")) {
      InvalidDataException e = refused("{\"lower\":" + over + ",\"qualifier\":\"at-least\"}",
          UncertainCount.class);
      assertThat(e.path()).as(over).isEqualTo("$.lower");
      assertThat(e.rule()).as(over).isEqualTo("must be an integer between -9007199254740991 and"
          + " 9007199254740991, which every JSON reader holds exactly (I-JSON)");
    }
    assertThat(refused("{\"lower\":19.5,\"qualifier\":\"at-least\"}", UncertainCount.class)
        .rule()).isEqualTo("must be an integer, found a number with a fraction");
    assertThat(refused("{\"lower\":1.00000000000000000001,\"qualifier\":\"at-least\"}",
        UncertainCount.class).rule()).isEqualTo("must be an integer, found a number with a"
            + " fraction");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void onlyUtf8IsRead(String encoding) {
    String json = JSON.write(UncertainCount.atLeast(19));
    List<byte[]> inputs = new ArrayList<>();
    inputs.add(json.getBytes(Charset.forName(encoding)));
    inputs.add(("\uFEFF" + json).getBytes(Charset.forName(encoding))); // with a byte-order mark
    for (byte[] bytes : inputs) {
      InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
          () -> JSON.read(bytes, UncertainCount.class));
      assertThat(e.getMessage()).isEqualTo(
          "$: must be UTF-8, as I-JSON requires; found " + encoding + " (line 1, column 1)");
      InputStream in = new ByteArrayInputStream(bytes);
      assertThat(catchThrowableOfType(InvalidDataException.class,
          () -> JSON.read(in, UncertainCount.class)).rule()).endsWith("found " + encoding);
      List<BadLine> bad = new ArrayList<>();
      try (JsonLinesReader<UncertainCount> lines = JSON.readLines(
          new ByteArrayInputStream(bytes), UncertainCount.class, bad::add)) {
        assertThat(lines.hasNext()).isFalse();
      }
      assertThat(bad).hasSize(1);
      assertThat(bad.get(0).error().rule()).endsWith("found " + encoding);
    }
    byte[] utf8 = ("\uFEFF" + PRETTY.write(UncertainCount.atLeast(19)))
        .getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(utf8, UncertainCount.class)).isEqualTo(UncertainCount.atLeast(19));
    assertThat(JSON.read(new ByteArrayInputStream(utf8), UncertainCount.class))
        .isEqualTo(UncertainCount.atLeast(19));
  }
}
