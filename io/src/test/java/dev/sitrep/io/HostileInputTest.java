package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.quantity.UncertainCount;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case is refused quickly, with the one documented exception, in bounded memory. */
class HostileInputTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final SitrepJson LENIENT = SitrepJson.builder().lenient(true).build();

  private static InvalidDataException refused(SitrepJson json, String text, Class<?> type) {
    long start = System.nanoTime();
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> json.read(text, type));
    assertThat(e).as("refused: %s", text.length() > 80 ? text.substring(0, 80) : text).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    return e;
  }

  @Test
  void nestingFarBeyondTheLimit() {
    String deep = "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(refused(LENIENT, deep, Dossier.class).rule()).contains("nesting depth");
    assertThat(refused(JSON, "[".repeat(100_000), Dossier.class).rule())
        .isEqualTo("must be an object, found an array");
  }

  @Test
  void aStringANumberAndADocumentBeyondTheLimits() {
    SitrepJson small = SitrepJson.builder().limits(new ReadLimits(16, 100, 10, 10_000)).build();
    assertThat(refused(small, "{\"title\":\"" + "x".repeat(1_000) + "\"}", Dossier.class).rule())
        .contains("String value length");
    assertThat(refused(small, "{\"lower\":" + "9".repeat(50) + ",\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).contains("Number value length");
    assertThat(refused(small, "{\"schema_version\":\"1\"}" + " ".repeat(20_000),
        Dossier.class).rule()).contains("Document length");
    byte[] big = ("{\"schema_version\":\"1\"}" + " ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
    assertThat(catchThrowableOfType(InvalidDataException.class, () -> small.read(big,
        Dossier.class)).rule()).contains("Document length");
  }

  /** Extension values and elements of unknown types are read as any value: within the limits. */
  @Test
  void extensionValuesAndUnknownElementsWithinTheLimits() {
    SitrepJson small = SitrepJson.builder().limits(new ReadLimits(16, 100, 10, 10_000)).build();
    String person = "{\"type\":\"person\",\"id\":\"p\",\"name\":\"X\",\"x_a\":";
    assertThat(refused(JSON, person + "[".repeat(100_000) + "]".repeat(100_000) + "}",
        Actor.class).rule()).contains("nesting depth");
    assertThat(refused(small, person + "{\"a\":".repeat(20) + "1" + "}".repeat(21),
        Actor.class).rule()).contains("nesting depth");
    assertThat(refused(small, person + "\"" + "x".repeat(1_000) + "\"}", Actor.class).rule())
        .contains("String value length");
    assertThat(refused(small, person + "9".repeat(50) + "}", Actor.class).rule())
        .contains("Number value length");
    assertThat(refused(small, person + "0.000001e-99}", Actor.class).rule())
        .contains("at most 10 characters");
    assertThat(refused(JSON, person + "1e9999999999}", Actor.class).rule())
        .isEqualTo("must be a number with an exponent between -2147483647 and 2147483647");
    StringBuilder members = new StringBuilder(person + "{");
    for (int i = 0; i < 2_000; i++) {
      members.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    assertThat(refused(small, members + "}}", Actor.class).rule()).contains("Document length");
    String unknown = "{\"schema_version\":\"1\",\"events\":[{\"type\":\"cyber-attack\","
        + "\"id\":\"event/x\",\"raw\":";
    assertThat(refused(LENIENT, unknown + "[".repeat(100_000) + "]".repeat(100_000) + "}]}",
        Dossier.class).rule()).contains("nesting depth");
    assertThat(refused(LENIENT, unknown + "{\"k\":1,\"k\":1}}]}", Dossier.class).rule())
        .contains("duplicate key");
  }

  @Test
  void aNumberBeyondALong() {
    assertThat(refused(JSON, "{\"lower\":92233720368547758070,\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).startsWith("must be an integer between");
    assertThat(refused(JSON, "{\"lower\":1.5,\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).isEqualTo("must be an integer, found a number with a fraction");
    assertThat(refused(JSON, "{\"lower\":1e999999999,\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).startsWith("must be an integer between");
    assertThat(refused(JSON, "{\"lower\":1e-999999999,\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).isEqualTo("must be an integer, found a number with a fraction");
    assertThat(refused(JSON, "{\"lower\":1e309100790338,\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).startsWith("must be an integer between");
    // exponents beyond BigDecimal's, read as what they are: a fraction, zero
    assertThat(refused(JSON, "{\"lower\":-2.5e-9999999999,\"qualifier\":\"unknown\"}",
        UncertainCount.class).rule()).isEqualTo("must be an integer, found a number with a fraction");
    assertThat(JSON.read("{\"lower\":0.0e9999999999,\"qualifier\":\"unknown\"}",
        UncertainCount.class)).isEqualTo(UncertainCount.unknown());
  }

  @Test
  void duplicateKeysAndTrailingData() {
    InvalidDataException twice = refused(JSON,
        "{\"schema_version\":\"1\",\n\"schema_version\":\"1\"}", Dossier.class);
    assertThat(twice.path()).isEqualTo("$.schema_version");
    assertThat(twice.rule()).contains("duplicate key");
    assertThat(twice.line()).hasValue(2);
    assertThat(refused(JSON, "{\"schema_version\":\"1\"}]", Dossier.class).rule())
        .contains("well-formed");
    assertThat(refused(JSON, "{\"schema_version\":\"1\"}{}", Dossier.class).rule())
        .contains("trailing data");
  }

  @Test
  void escapedPropertyNamesAreReadLikePlainOnes() {
    String plain = "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"X\"}";
    String escaped = "{\"\\u0074ype\":\"person\",\"i\\u0064\":\"person/x\",\"name\":\"X\"}";
    Actor expected = JSON.read(plain, Actor.class);
    assertThat(JSON.read(escaped, Actor.class)).isEqualTo(expected);
    assertThat(JSON.read(escaped.getBytes(StandardCharsets.UTF_8), Actor.class))
        .isEqualTo(expected);
    assertThat(refused(JSON, escaped.replace("}", ",\"\\u0069d\":\"person/y\"}"),
        Actor.class).rule()).contains("duplicate key");
  }

  @Test
  void duplicateKeysAreRefusedInLenientModeToo() {
    String actor = "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"X\"";
    assertThat(refused(LENIENT, actor + ",\"type\":\"state\"}", Actor.class).path())
        .isEqualTo("$.type");
    assertThat(refused(JSON, actor + ",\"type\":\"state\"}", Actor.class).rule())
        .contains("duplicate key");
    InvalidDataException unknownTwice =
        refused(LENIENT, actor + ",\"note\":1,\"note\":2}", Actor.class);
    assertThat(unknownTwice.path()).isEqualTo("$.note");
    assertThat(unknownTwice.rule()).contains("duplicate key");
    InvalidDataException inSkipped =
        refused(LENIENT, actor + ",\"future\":[{\"k\":1,\"k\":2}]}", Actor.class);
    assertThat(inSkipped.path()).isEqualTo("$.future[0].k");
    assertThat(inSkipped.rule()).contains("duplicate key");
    InvalidDataException inSkippedType = refused(LENIENT, "{\"schema_version\":\"1\","
        + "\"actors\":[{\"type\":\"future-kind\",\"id\":\"a\",\"id\":\"b\"}]}", Dossier.class);
    assertThat(inSkippedType.path()).isEqualTo("$.actors[0].id");
    assertThat(refused(LENIENT, "{\"schema_version\":\"1\",\"actors\":[{\"type\":\"future-kind\","
        + "\"type\":\"state\"}]}", Dossier.class).rule()).contains("duplicate key");
    assertThat(refused(JSON, "{\"type\":\"nope\",\"a\":1,\"a\":2}", Actor.class).rule())
        .contains("duplicate key");
    assertThat(LENIENT.readWithReport(actor + ",\"note\":1,\"other\":2}", Actor.class).skipped())
        .containsExactly("$.note: unknown property 'note'", "$.other: unknown property 'other'");
  }

  @Test
  void invalidUtf8() {
    byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
        '"', '}'};
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> JSON.read(bytes, Dossier.class));
    assertThat(e.rule()).contains("UTF-8");
  }

  @Test
  void notANumberAndInfinity() {
    for (String n : new String[] {"NaN", "Infinity", "-Infinity", "+Infinity"}) {
      assertThat(refused(JSON, "{\"lat\":" + n + ",\"lon\":0}",
          dev.sitrep.core.geo.GeoPoint.class).rule()).contains("well-formed");
    }
  }

  @Test
  void controlCharactersInStrings() {
    assertThat(refused(JSON, "{\"schema_version\":\"1\",\"title\":\"a\u0001b\"}",
        Dossier.class).rule()).contains("CTRL-CHAR");
    assertThat(refused(JSON, "{\"schema_version\":\"1\",\"title\":\"a\nb\"}",
        Dossier.class).rule()).contains("CTRL-CHAR");
  }

  @Test
  void emptyInput() {
    assertThat(refused(JSON, "", Dossier.class).rule()).contains("empty input");
    assertThat(catchThrowableOfType(InvalidDataException.class,
        () -> JSON.read(new byte[0], Dossier.class)).rule()).contains("empty input");
  }

  @Test
  void aByteOrderMarkAnywhereButTheStartIsRefused() {
    assertThat(refused(JSON, " \uFEFF{\"schema_version\":\"1\"}", Dossier.class)).isNotNull();
    assertThat(JSON.read("\uFEFF{\"schema_version\":\"1\"}", Dossier.class).schemaVersion())
        .isEqualTo("1");
  }

  @Test
  void aValueOfTheWrongKindAtEveryLevel() {
    String[] wrong = {"null", "true", "1", "\"x\"", "[]", "{}"};
    String belarus = JSON.write(StateCatalogue.get("BY"));
    String[] slots = {"%s",
        "{\"schema_version\":%s}",
        "{\"schema_version\":\"1\",\"actors\":%s}",
        "{\"schema_version\":\"1\",\"actors\":[%s]}",
        "{\"schema_version\":\"1\",\"actors\":[" + belarus.replace("\"name\":\"Belarus\"",
            "\"name\":%s") + "]}",
        "{\"schema_version\":\"1\",\"actors\":[" + belarus.replace("\"external_ids\":[",
            "\"external_ids\":[%s,") + "]}"};
    String[] right = {"{}", "\"x\"", "[]", "{}", "\"x\"", "{}"};
    for (int i = 0; i < slots.length; i++) {
      for (String w : wrong) {
        String text = String.format(slots[i], w);
        if (w.equals(right[i]) || w.equals("null") && i == 2) {
          continue; // the right kind of value, if not a valid one, tested elsewhere; or null for
          // the optional list of actors, which is the same as leaving it out
        }
        InvalidDataException e = refused(JSON, text, Dossier.class);
        assertThat(e.path()).startsWith("$");
      }
    }
  }

  @Test
  void lenientReadingSkipsUnknownPropertiesKeepsUnknownTypesAndSaysWhat() {
    String belarus = JSON.write(StateCatalogue.get("BY"));
    String text = "{\"schema_version\":\"1\",\"editor\":{\"name\":\"x\"},\"actors\":[" + belarus
        + ",{\"type\":\"militia\",\"id\":\"militia/x\",\"nested\":{\"a\":[1,{\"b\":2}]}},"
        + "{\"type\":\"militia\",\"nested\":{}}," + belarus.replace("state/blr", "state/blr-2")
        + "]}";
    assertThat(refused(JSON, text, Dossier.class).rule()).startsWith("unknown property 'editor'");
    ReadResult<Dossier> read = LENIENT.readWithReport(text, Dossier.class);
    assertThat(read.value().actors()).extracting(Actor::name)
        .containsExactly("Belarus", "militia", "Belarus");
    assertThat(read.skipped()).containsExactly("$.editor: unknown property 'editor'",
        "$.actors[1]: unknown type 'militia', kept as it is",
        "$.actors[2]: unknown type 'militia'");
    assertThat(refused(LENIENT, "{\"type\":\"militia\",\"id\":\"x/y\"}", Actor.class).path())
        .isEqualTo("$.type");
  }

  @Test
  void anotherMajorSchemaVersionIsRefusedAndAMinorOneRead() {
    InvalidDataException e = refused(LENIENT, "{\"schema_version\":\"2\"}", Dossier.class);
    assertThat(e.path()).isEqualTo("$.schema_version");
    assertThat(e.rule()).isEqualTo("must be 1 or 1.x, the format this sitrep reads, was '2'");
    assertThat(JSON.read("{\"schema_version\":\"1.3\"}", Dossier.class).schemaVersion())
        .isEqualTo("1.3");
  }

  @Test
  void aLenientReadOfMillionsOfUnknownPropertiesStaysInBoundedMemory() {
    String[] printed = BoundedRun.run("512m", 120, "unknown-properties", "3400000").split("\n");
    assertThat(printed[0]).as("listed, and one count").isEqualTo("101");
    assertThat(printed[1]).isEqualTo("$: 3399900 more unknown properties");
  }

  @Test
  void theLenientReportListsAHundredThenCountsByPlace() {
    StringBuilder actors = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      actors.append(i == 0 ? "" : ",").append("{\"type\":\"militia\",\"id\":\"m/").append(i)
          .append("\"}");
    }
    ReadResult<Dossier> read = LENIENT.readWithReport("{\"schema_version\":\"1\",\"x\":1,"
        + "\"actors\":[" + actors + "],\"y\":2}", Dossier.class);
    assertThat(read.skipped()).hasSize(102);
    assertThat(read.skipped().get(0)).isEqualTo("$.x: unknown property 'x'");
    assertThat(read.skipped().get(99))
        .isEqualTo("$.actors[98]: unknown type 'militia', kept as it is");
    assertThat(read.skipped().subList(100, 102)).containsExactly(
        "$.actors[*]: 51 more unknown types kept as they are", "$: 1 more unknown properties");
  }

  @Test
  void theParallelReaderOnEightThreadsReadsLinesOf30MegabytesIn256MegabytesOfHeap() {
    assertThat(BoundedRun.run("256m", 120, "long-lines", "8", "30", "8")).isEqualTo("8");
  }

  @Test
  void everyEchoedValueIsShortened() {
    String name = "n".repeat(999_999);
    InvalidDataException strict = refused(JSON, "{\"" + name + "\":1}", Dossier.class);
    assertThat(strict.getMessage().length()).isLessThan(3_000);
    assertThat(strict.getMessage()).contains("… (999999 characters)");
    InvalidDataException type = refused(JSON, "{\"type\":\"" + name + "\"}", Actor.class);
    assertThat(type.getMessage().length()).isLessThan(3_000);
    ReadResult<Dossier> read = LENIENT.readWithReport("{\"schema_version\":\"1\",\"" + name
        + "\":{\"" + name + "x\":1}}", Dossier.class);
    assertThat(read.skipped().get(0).length()).isLessThan(500);
  }

  @Test
  void theNumberLimitCountsEveryCharacter() {
    String latitude = "52." + "1".repeat(97);
    assertThat(latitude).hasSize(100);
    assertThat(JSON.read("{\"lat\":" + latitude + ",\"lon\":21}", GeoPoint.class).lat())
        .isEqualTo(52.111111111111111);
    InvalidDataException e = refused(JSON, "{\"lat\":-" + latitude + ",\"lon\":21}",
        GeoPoint.class);
    assertThat(e.path()).isEqualTo("$.lat");
    assertThat(e.rule()).isEqualTo(
        "must be a number of at most 100 characters (the read limit), found 101");
    assertThat(e.column()).hasValue(8);
    assertThat(refused(LENIENT, "{\"schema_version\":\"1\",\"x\":[1e" + "1".repeat(99) + "]}",
        Dossier.class).path()).isEqualTo("$.x[0]");
  }

  @Test
  void aReadLimitErrorGivesItsPlace() {
    SitrepJson small = SitrepJson.builder().limits(new ReadLimits(4, 20, 100, 1_000)).build();
    InvalidDataException string = refused(small,
        "{\"schema_version\":\"1\",\n\"title\":\"" + "x".repeat(30) + "\"}", Dossier.class);
    assertThat(string.line()).hasValue(2);
    assertThat(string.column()).isPresent();
    InvalidDataException deep = refused(small, "{\"x\":\n[[[[[1]]]]]}", Dossier.class);
    assertThat(deep.line()).hasValue(2);
    List<BadLine> bad = new ArrayList<>();
    try (JsonLinesReader<Dossier> lines = small.readLines(new ByteArrayInputStream(
        ("{\"schema_version\":\"1\"}\n{\"title\":\"" + "x".repeat(30) + "\"}\n")
            .getBytes(StandardCharsets.UTF_8)), Dossier.class, bad::add)) {
      lines.forEachRemaining(d -> { });
    }
    assertThat(bad).hasSize(1);
    assertThat(bad.get(0).error().getMessage()).matches(".* \\(line 2, column [1-9][0-9]*\\)");
  }

  @Test
  void aLongChainOfSupersedingClaimsIsCheckedInLinearTimeAndALoopRefused() {
    int n = 100_000;
    StringBuilder origin = new StringBuilder();
    for (int i = 0; i < n; i++) {
      origin.append(i == 0 ? "" : ",").append("{\"value\":\"state/rus\",\"attribution\":"
          + "{\"source\":\"source/x\",\"hedge\":\"stated\"},\"id\":\"claim/c-").append(i)
          .append('"').append(i == 0 ? "" : ",\"supersedes\":\"claim/c-" + (i - 1) + "\"")
          .append('}');
    }
    String chain = "{\"platform\":\"drone\",\"count\":{\"lower\":19,\"qualifier\":"
        + "\"at-least\"},\"origin\":[" + origin + "]}";
    long start = System.nanoTime();
    assertThat(JSON.read(chain, Intrusion.class).origin()).hasSize(n);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    String loop = chain.replaceFirst("\"id\":\"claim/c-0\"",
        "\"id\":\"claim/c-0\",\"supersedes\":\"claim/c-" + (n - 1) + "\"");
    InvalidDataException e = refused(JSON, loop, Intrusion.class);
    assertThat(e.path()).isEqualTo("$.origin[0].supersedes");
    assertThat(e.rule()).startsWith("must not form a loop: claim/c-0 -> claim/c-99999 -> ");
    assertThat(e.getMessage().length()).isLessThan(500);
  }
}
