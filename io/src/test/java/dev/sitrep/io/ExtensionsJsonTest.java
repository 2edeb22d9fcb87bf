package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.UnrecognizedEvent;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Generators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Extension properties on entities and elements of unknown types: kept through strict and lenient
 * reads, written back the same, in order.
 */
class ExtensionsJsonTest {
  private static final SitrepJson STRICT = SitrepJson.defaults();
  private static final SitrepJson LENIENT = SitrepJson.builder().lenient(true).build();

  @Test
  void extensionsAreKeptInOrderThroughStrictAndLenientReads() {
    qt().withExamples(100).forAll(Generators.dossiers()).checkAssert(d -> {
      String json = STRICT.write(d);
      for (SitrepJson reader : List.of(STRICT, LENIENT)) {
        ReadResult<Dossier> back = reader.readWithReport(json, Dossier.class);
        assertThat(back.value()).isEqualTo(d);
        assertThat(back.skipped()).isEmpty();
        assertThat(STRICT.write(back.value())).isEqualTo(json);
        for (int i = 0; i < d.entities().size(); i++) {
          assertThat(new ArrayList<>(back.value().entities().get(i).extensions().keySet()))
              .containsExactlyElementsOf(d.entities().get(i).extensions().keySet());
        }
      }
    });
  }

  @Test
  void extensionsAreWrittenAfterTheDeclaredPropertiesAsTheyWereRead() {
    String json = "{\"type\":\"person\",\"id\":\"person/x\",\"x_b\":[1.50,{\"z\":null,\"a\":true}],"
        + "\"name\":\"X\",\"org.acled.actor-code\":1e400}";
    Actor person = STRICT.read(json, Actor.class);
    assertThat(person.extensions()).containsExactly(
        Map.entry("x_b", JsonValue.array(List.of(JsonValue.of(new BigDecimal("1.50")),
            JsonValue.object(orderedMap("z", JsonValue.NULL, "a", JsonValue.TRUE))))),
        Map.entry("org.acled.actor-code", JsonValue.of(new BigDecimal("1e400"))));
    assertThat(STRICT.write(person)).isEqualTo("{\"type\":\"person\",\"id\":\"person/x\","
        + "\"name\":\"X\",\"x_b\":[1.50,{\"z\":null,\"a\":true}],\"org.acled.actor-code\":1E+400}");
  }

  @Test
  void otherUnknownPropertiesAreRefusedOrSkippedAsBefore() {
    String json = "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"X\",\"acme_score\":1,"
        + "\"x_acme_score\":2}";
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> STRICT.read(json, Actor.class));
    assertThat(e.path()).isEqualTo("$.acme_score");
    assertThat(e.rule()).startsWith("unknown property 'acme_score'; expected one of")
        .endsWith("or an extension name such as x_acme_score or org.acled.interaction");
    ReadResult<Actor> lenient = LENIENT.readWithReport(json, Actor.class);
    assertThat(lenient.value().extensions()).containsOnlyKeys("x_acme_score");
    assertThat(lenient.skipped()).containsExactly("$.acme_score: unknown property 'acme_score'");
  }

  @Test
  void onlyEntitiesHaveExtensions() {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> STRICT.read(
        "{\"lower\":1,\"qualifier\":\"at-least\",\"x_note\":\"a\"}", UncertainCount.class));
    assertThat(e.rule()).startsWith("unknown property 'x_note'; expected one of lower, best,");
  }

  @Test
  void aRepeatedExtensionOrKeyWithinOneIsADuplicateKey() {
    for (String json : List.of(
        "{\"type\":\"person\",\"id\":\"p\",\"name\":\"X\",\"x_a\":1,\"x_a\":1}",
        "{\"type\":\"person\",\"id\":\"p\",\"name\":\"X\",\"x_a\":{\"k\":1,\"k\":2}}")) {
      for (SitrepJson reader : List.of(STRICT, LENIENT)) {
        assertThat(catchThrowableOfType(InvalidDataException.class,
            () -> reader.read(json, Actor.class)).rule()).contains("duplicate key");
      }
    }
  }

  @Test
  void aNameWithAnUnpairedSurrogateIsRefusedAsNoWriterCouldWriteItBack() {
    String json = "{\"type\":\"person\",\"id\":\"p\",\"name\":\"X\",\"x_a\":{\"\uD83Dk\":1}}";
    for (SitrepJson reader : List.of(STRICT, LENIENT)) {
      InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
          () -> reader.read(json, Actor.class));
      assertThat(e.path()).startsWith("$.x_a.");
      assertThat(e.rule()).contains("an unpaired surrogate");
    }
    assertThat(STRICT.read(json.replace("\uD83Dk", "\uD83D\uDE81"), Actor.class)
        .extensions()).containsKey("x_a");
  }

  @Test
  void elementsOfUnknownTypesAreKeptByALenientReadAndWrittenBackUnchanged() {
    qt().withExamples(100).forAll(Generators.dossiersWithUnrecognized()).checkAssert(d -> {
      String json = STRICT.write(d);
      ReadResult<Dossier> back = LENIENT.readWithReport(json, Dossier.class);
      assertThat(back.value()).isEqualTo(d);
      assertThat(STRICT.write(back.value())).isEqualTo(json);
      List<String> kept = new ArrayList<>();
      // in the order the dossier is written: actors, things, relations, events
      for (String list : List.of("actors", "things", "relations", "events")) {
        List<? extends Entity> elements = list.equals("actors") ? d.actors()
            : list.equals("things") ? d.things()
            : list.equals("relations") ? d.relations() : d.events();
        for (int i = 0; i < elements.size(); i++) {
          if (elements.get(i) instanceof Unrecognized u) {
            kept.add("$." + list + "[" + i + "]: unknown type '" + u.type() + "', kept as it is");
          }
        }
      }
      assertThat(back.skipped()).containsExactlyElementsOf(kept);
      if (!kept.isEmpty()) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
            () -> STRICT.read(json, Dossier.class));
        assertThat(e.path()).isEqualTo(kept.get(0).substring(0, kept.get(0).indexOf(':'))
            + ".type");
        assertThat(e.rule()).startsWith("unknown type '");
      }
    });
  }

  @Test
  void anElementOfUnknownTypeIsKeptWhereverItsTypeStands() {
    String json = "{\"schema_version\":\"1\",\"events\":[{\"id\":\"event/ddos\","
        + "\"x_score\":0.8,\"type\":\"cyber-attack\",\"target\":{\"k\":[1,\"2\"]}}]}";
    Dossier d = LENIENT.read(json, Dossier.class);
    Event e = d.events().get(0);
    assertThat(e).isInstanceOf(UnrecognizedEvent.class);
    assertThat(((Unrecognized) e).properties()).containsOnlyKeys("id", "x_score", "target");
    assertThat(e.extensions()).containsOnlyKeys("x_score");
    assertThat(STRICT.write(d)).isEqualTo("{\"schema_version\":\"1\",\"events\":[{\"type\":"
        + "\"cyber-attack\",\"id\":\"event/ddos\",\"x_score\":0.8,\"target\":{\"k\":[1,\"2\"]}}]}");
  }

  @Test
  void anUnrecognizedElementOfATypeSitrepKnowsIsNotWrittenAsIfItWereOne() {
    Dossier d = Dossier.builder().addEvents(UnrecognizedEvent.of("meeting",
        Map.of("id", JsonValue.of("event/x"), "title", JsonValue.of("t")))).build();
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> STRICT.write(d));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("type: must be a type this sitrep does not know, for an"
        + " unrecognized element; 'meeting' is Meeting's: build one instead");
  }

  @Test
  void anElementOfUnknownTypeWithoutAValidIdIsSkippedAsBefore() {
    String json = "{\"schema_version\":\"1\",\"events\":[{\"type\":\"cyber-attack\","
        + "\"id\":\"Not An Id\"},{\"type\":\"protest\"}]}";
    ReadResult<Dossier> read = LENIENT.readWithReport(json, Dossier.class);
    assertThat(read.value().events()).isEmpty();
    assertThat(read.skipped()).containsExactly("$.events[0]: unknown type 'cyber-attack'",
        "$.events[1]: unknown type 'protest'");
  }

  @Test
  void aSingleValueOfUnknownTypeIsStillRefused() {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> LENIENT.read("{\"type\":\"cyber-attack\",\"id\":\"event/x\"}", Event.class));
    assertThat(e.rule()).startsWith("unknown type 'cyber-attack'; expected one of");
  }

  private static Map<String, JsonValue> orderedMap(String k1, JsonValue v1, String k2,
      JsonValue v2) {
    Map<String, JsonValue> map = new java.util.LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
