package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SitrepJsonTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  private static InvalidDataException failure(String json, Class<?> type) {
    return org.assertj.core.api.Assertions
        .catchThrowableOfType(InvalidDataException.class, () -> JSON.read(json, type));
  }

  @Test
  void anIntegralNumberWrittenAsADecimalIsTheSameInteger() {
    assertThat(JSON.read("{\"lower\": 19.0, \"qualifier\": \"at-least\"}", UncertainCount.class))
        .isEqualTo(UncertainCount.atLeast(19));
    assertThat(JSON.read("{\"lower\": 1e2, \"qualifier\": \"at-least\"}", UncertainCount.class))
        .isEqualTo(UncertainCount.atLeast(100));
    assertThat(failure("{\"lower\": 19.5, \"qualifier\": \"at-least\"}", UncertainCount.class)
        .getMessage()).startsWith("$.lower: must be an integer, found a number with a fraction");
    assertThat(failure("{\"lower\": 1e19, \"qualifier\": \"at-least\"}", UncertainCount.class)
        .getMessage()).startsWith("$.lower: must be an integer");
  }

  @Test
  void aClaimOnItsOwnIsWrittenByItsValueAndBlankTextIsRefused() {
    dev.sitrep.core.provenance.Claim<?> claim = dev.sitrep.core.provenance.Claim.of(
        dev.sitrep.core.identity.Ref.<State>of("state/rus"),
        dev.sitrep.core.provenance.Attribution.of(
            dev.sitrep.core.identity.Ref.of("source/x"), dev.sitrep.core.provenance.Hedge.STATED));
    String json = JSON.write(claim);
    assertThat(json).isEqualTo("{\"value\":\"state/rus\",\"attribution\":"
        + "{\"source\":\"source/x\",\"hedge\":\"stated\"}}");
    assertThat(JSON.write(JSON.read(json, dev.sitrep.core.provenance.Claim.class)))
        .isEqualTo(json);
    assertThat(failure(json.replace("state/rus", "\\u00a0"),
        dev.sitrep.core.provenance.Claim.class).getMessage()).startsWith("$.value: must not be blank");
  }

  @Test
  void typesAreTheFamiliesTheirVariantsAndEveryOtherTypeItReadsAndWrites() {
    assertThat(SitrepJson.types()).contains(Actor.class, State.class, UncertainCount.class,
        EntityId.class, dev.sitrep.core.airspace.AirspaceIncident.class,
        dev.sitrep.core.dossier.Dossier.class);
    assertThat(SitrepJson.types()).doesNotContain(String.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SitrepJson.types().add(String.class))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void writesTheReadmeExample() {
    String json = JSON.write(UncertainCount.atLeast(19).withPhrase("at least nineteen"));
    assertThat(json).isEqualTo("{\"lower\":19,\"qualifier\":\"at-least\",\"phrase\":\"at least nineteen\"}");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedWithPathLineAndColumn() {
    InvalidDataException e = failure("{\"start\":\"2025-09-12\",\"end\":\"2025-09-10\"}",
        Period.class);
    assertThat(e.path()).isEqualTo("$.end");
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).as("where the offending value starts").hasValue(29);
    assertThat(e.getMessage()).isEqualTo(
        "$.end: must not be before start (start=2025-09-12, end=2025-09-10) (line 1, column 29)");
  }

  @Test
  void aDayInItsOwnZoneAndHowLongItLastedAreReadAndRefusedWithTheirPath() {
    Period closure = JSON.read("{\"start\":\"2025-09-10[Europe/Warsaw]\",\"end\":"
        + "\"2025-09-10[Europe/Warsaw]\",\"duration\":{\"lower\":\"PT0S\",\"best\":\"PT4H\","
        + "\"qualifier\":\"about\",\"phrase\":\"for about four hours\"}}", Period.class);
    assertThat(closure.start().zone()).contains(ZoneId.of("Europe/Warsaw"));
    assertThat(closure.duration().orElseThrow().best()).contains(Duration.ofHours(4));
    assertThat(failure("{\"start\":\"2025-09-10[Europe/Warsw]\"}", Period.class).getMessage())
        .startsWith("$.start: must name a time zone known to the JDK");
    assertThat(failure("{\"start\":\"2025-09-10T04:00Z\",\"end\":\"2025-09-10T04:50Z\","
        + "\"duration\":{\"lower\":\"PT1H\",\"qualifier\":\"at-least\"}}", Period.class)
        .getMessage()).startsWith("$.duration: must fit the period: at least PT1H, but from"
            + " 2025-09-10T04:00Z to 2025-09-10T04:50Z lasts at most PT50M");
  }

  @Test
  void readFromBytesOrALineTheRuleIsPlacedAtItsValueAndFromAStreamAtItsObject() {
    byte[] period = "{\"start\":\"2025-09-12\",\"end\":\"2025-09-10\"}"
        .getBytes(StandardCharsets.UTF_8);
    InvalidDataException fromBytes = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidDataException.class, () -> JSON.read(period, Period.class));
    assertThat(fromBytes.column()).hasValue(29);
    InvalidDataException fromStream = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidDataException.class,
        () -> JSON.read(new java.io.ByteArrayInputStream(period), Period.class));
    assertThat(fromStream.path()).isEqualTo("$.end");
    assertThat(fromStream.column()).as("a stream is read once: the object's start").hasValue(1);
    java.util.List<BadLine> bad = new java.util.ArrayList<>();
    byte[] lines = ("{\"start\":\"2025-09-12\"}\n" + new String(period, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
    try (JsonLinesReader<Period> read = JSON.readLines(new java.io.ByteArrayInputStream(lines),
        Period.class, bad::add)) {
      read.forEachRemaining(p -> { });
    }
    assertThat(bad).extracting(b -> b.error().getMessage()).containsExactly("$.end: must not be"
        + " before start (start=2025-09-12, end=2025-09-10) (line 2, column 29)");
  }

  @Test
  void aMissingPropertyIsPlacedAtItsObjectsStartFromBytesAndFromAStream() {
    String json = "{\n \"platform\": \"drone\",\n \"count\": {\n  \"phrase\": \"some\"\n }\n}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    int column = json.split("\n")[2].indexOf('{') + 1;
    for (InvalidDataException e : new InvalidDataException[] {
        org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDataException.class,
            () -> JSON.read(bytes, dev.sitrep.core.airspace.Intrusion.class)),
        org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDataException.class,
            () -> JSON.read(new java.io.ByteArrayInputStream(bytes),
                dev.sitrep.core.airspace.Intrusion.class))}) {
      assertThat(e.path()).startsWith("$.count.");
      assertThat(e.rule()).isEqualTo("is required but missing");
      assertThat(e.line()).hasValue(3);
      assertThat(e.column()).hasValue(column);
    }
  }

  @Test
  void aNestedRuleNamesTheWireSpellingOfTheAttribute() {
    InvalidDataException e = failure(
        "{\"state\":\"state/pol\",\"flight_information_region\":\"epww\"}", Airspace.class);
    assertThat(e.path()).isEqualTo("$.flight_information_region");
    assertThat(e.rule()).contains("four capital letters");
  }

  @Test
  void aPlaceThatSaysNotWhereItLiesIsRefusedAtTheRulesProperty() {
    assertThat(failure("{\"name\":\"the border\",\"country\":\"state/pol\","
        + "\"border_states\":[\"state/pol\",\"state/blr\"],\"precision\":\"area\"}",
        Place.class).path()).isEqualTo("$.border_states");
    assertThat(failure("{\"name\":\"somewhere\",\"country\":null,\"precision\":\"area\"}",
        Place.class).path()).isEqualTo("$.area_kind");
    assertThat(failure("{\"name\":\"at sea\",\"area_kind\":\"sea\",\"precision\":\"country\"}",
        Place.class).path()).isEqualTo("$.precision");
    assertThat(failure("{\"state\":null}", Airspace.class).path()).isEqualTo("$.state");
  }

  @Test
  void aWrongKindOfValueNamesThePathAndWhatWasFound() {
    InvalidDataException e = failure("{\n  \"lower\": \"19\",\n  \"qualifier\": \"at-least\"\n}",
        UncertainCount.class);
    assertThat(e.path()).isEqualTo("$.lower");
    assertThat(e.rule()).isEqualTo("must be an integer, found a string");
    assertThat(e.line()).hasValue(2);
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    InvalidDataException e = failure("{\"lower\":19}", UncertainCount.class);
    assertThat(e.path()).isEqualTo("$.qualifier");
    assertThat(e.rule()).contains("required");
  }

  @Test
  void unknownPropertiesAreRefusedWhenStrictAndSkippedWhenLenient() {
    String json = "{\"lower\":19,\"qualifier\":\"at-least\",\"confidence\":{\"x\":[1,2]}}";
    InvalidDataException e = failure(json, UncertainCount.class);
    assertThat(e.path()).isEqualTo("$.confidence");
    assertThat(e.rule()).startsWith("unknown property 'confidence'");
    UncertainCount read = SitrepJson.builder().lenient(true).build()
        .read(json, UncertainCount.class);
    assertThat(read).isEqualTo(UncertainCount.atLeast(19));
  }

  @Test
  void duplicateKeysTrailingDataAndEmptyInputAreRefused() {
    assertThat(failure("{\"lower\":1,\"lower\":2,\"qualifier\":\"at-least\"}",
        UncertainCount.class).rule()).contains("duplicate key");
    assertThat(failure("{\"lower\":1,\"qualifier\":\"at-least\"} {}", UncertainCount.class)
        .rule()).contains("trailing data");
    assertThat(failure("", UncertainCount.class).rule()).contains("empty input");
    assertThat(failure("   ", UncertainCount.class).rule()).contains("empty input");
  }

  @Test
  void nonNumbersAndNullsAreRefused() {
    assertThat(failure("{\"lat\":NaN,\"lon\":0}", dev.sitrep.core.geo.GeoPoint.class).rule())
        .contains("well-formed");
    assertThat(failure("{\"lower\":null,\"qualifier\":\"at-least\"}", UncertainCount.class).rule())
        .isEqualTo("must be an integer, found null");
  }

  @Test
  void theTypeMayStandAnywhereButMustBeKnown() {
    State belarus = StateCatalogue.get("BLR");
    String typeLast = JSON.write(belarus).replace("\"type\":\"state\",", "")
        .replaceFirst("}$", ",\"type\":\"state\"}");
    assertThat(typeLast).doesNotStartWith("{\"type\"");
    assertThat(JSON.read(typeLast, Actor.class)).isEqualTo(belarus);
    InvalidDataException missing = failure("{\"id\":\"state/blr\"}", Actor.class);
    assertThat(missing.path()).isEqualTo("$.type");
    assertThat(missing.rule()).startsWith("is required but missing; expected one of state,");
    assertThat(failure("{\"type\":\"militia\",\"id\":\"x/y\"}", Actor.class).rule())
        .isEqualTo("unknown type 'militia'; expected one of state, person, organization, collective");
  }

  @Test
  void readingAVariantChecksItsType() {
    State belarus = StateCatalogue.get("BLR");
    assertThat(JSON.read(JSON.write(belarus), State.class)).isEqualTo(belarus);
    assertThat(failure(JSON.write(belarus), Person.class).rule()).contains("Person");
  }

  @Test
  void unknownVocabularyCodesSurviveARoundTrip() {
    Organization militia = Organization.builder().id(EntityId.of("org/wagner"))
        .name("Wagner Group").kind(OrganizationKind.of("private-military-company")).build();
    Actor read = JSON.read(JSON.write(militia), Actor.class);
    assertThat(((Organization) read).kind().code()).isEqualTo("private-military-company");
    assertThat(read).isEqualTo(militia);
  }

  @Test
  void limitsAreEnforced() {
    SitrepJson small = SitrepJson.builder()
        .limits(new ReadLimits(4, 10, 5, 1_000)).build();
    assertThat(catchInvalid(() -> small.read("{\"lower\":1,\"qualifier\":\"at-least\",\"phrase\":\"at least one, they say\"}", UncertainCount.class)).rule())
        .contains("String value length");
    assertThat(catchInvalid(() -> small.read("{\"lower\":1234567,\"qualifier\":\"at-least\"}", UncertainCount.class)).rule())
        .contains("Number value length");
    SitrepJson smallLenient = SitrepJson.builder().lenient(true)
        .limits(new ReadLimits(4, 10, 5, 1_000)).build();
    assertThat(catchInvalid(() -> smallLenient.read("{\"skip\":[[[[[[]]]]]]}", UncertainCount.class))
        .rule()).contains("nesting depth");
    assertThat(catchInvalid(() -> small.read(
        ("{\"lower\":1,\"qualifier\":\"at-least\"}" + " ".repeat(2_000)).getBytes(StandardCharsets.UTF_8),
        UncertainCount.class)).rule()).contains("Document length");
  }

  @Test
  void outputIsDeterministic() {
    State poland = StateCatalogue.get("PL");
    assertThat(JSON.writeBytes(poland)).isEqualTo(JSON.writeBytes(StateCatalogue.get("POL")));
  }

  private static InvalidDataException catchInvalid(Runnable read) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDataException.class,
        read::run);
  }
}
