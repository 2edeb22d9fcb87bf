package dev.sitrep.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.testing.Generators;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ExtensionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"x_acme_score", "x_ACME", "x__", "x_1", "org.acled.interaction",
      "com.example.risk-level", "org.ucdp.where_prec", "io.a.b.c", "x-y.z.Camel_Case"})
  void namesOfEitherFormAreExtensionNames(String name) {
    assertThat(Extensions.isName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x_", "x", "X_acme", "x-acme", "score", "type", "as_of",
      "org.acled", "Org.acled.interaction", "1org.acled.x", "org..acled", "org.acled.",
      ".org.acled.x", "org.acled.-x", "org.acled.x y", "x_acmé", "org.acled.interaction\n"})
  void otherNamesAreNot(String name) {
    assertThat(Extensions.isName(name)).isFalse();
  }

  /** The check made without a regular expression accepts exactly what the published one does. */
  @Test
  void namesAreWhatThePatternMatches() {
    Pattern pattern = Pattern.compile(Extensions.NAME_PATTERN);
    String alphabet = "x_.azAZ09-o \né/X";
    Gen<String> prefixes = Generate.pick(List.of("", "x_", "org.", "org.acled.", "x", "a.b"));
    Gen<String> names = prefixes.zip(Generate.intArrays(Generate.range(0, 10),
        Generate.range(0, alphabet.length() - 1)), (prefix, codes) -> {
          StringBuilder s = new StringBuilder(prefix);
          for (int c : codes) {
            s.append(alphabet.charAt(c));
          }
          return s.toString();
        });
    qt().withExamples(20_000).forAll(names).checkAssert(name -> assertThat(
        Extensions.isName(name)).as("'%s'", name).isEqualTo(pattern.matcher(name).matches()));
  }

  @Test
  void sitrepsOwnNamesAreNeverExtensionNames() {
    // snake_case without dots, never beginning with x_: every declared wire name has this form
    qt().forAll(Generate.pick(List.of("id", "title", "as_of", "flight_information_region",
            "schema_version", "type")))
        .checkAssert(name -> assertThat(Extensions.isName(name)).isFalse());
  }

  /** Every kind of entity refuses a badly named extension, naming the attribute and the key. */
  @Test
  void everyEntityRefusesABadName() {
    List<Gen<? extends Entity>> entities = List.of(Generators.sources(), Generators.actors(),
        Generators.relations(), Generators.events(), Generators.politicalPrisoners(),
        Generators.statistics(), Generators.things());
    for (Gen<? extends Entity> gen : entities) {
      qt().withExamples(30).forAll(gen, Generate.pick(List.of("score", "org.acled", "X_a")))
          .checkAssert((entity, name) -> assertThatThrownBy(
                  () -> withExtensions(entity, Map.of(name, JsonValue.TRUE)))
              .isInstanceOf(InvalidDataException.class)
              .hasMessageStartingWith("extensions: must have names that begin with 'x_'")
              .hasMessageContaining("found '" + name + "'"));
    }
  }

  @Test
  void everyEntityKeepsItsExtensionsInOrder() {
    qt().withExamples(50).forAll(Generators.events(), Generators.extensions(),
            Generators.extensions())
        .checkAssert((event, first, second) -> {
          Map<String, JsonValue> both = new LinkedHashMap<>(second);
          both.putAll(first);
          Entity with = withExtensions(event, both);
          assertThat(new ArrayList<>(with.extensions().keySet()))
              .containsExactlyElementsOf(both.keySet());
          assertThat(with.extensions()).isEqualTo(both);
        });
  }

  @Test
  void jsonValuesKeepOrderAndScaleAndRefuseNull() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("z", JsonValue.of(new BigDecimal("1.50")));
    members.put("a", JsonValue.array(List.of(JsonValue.NULL, JsonValue.of("x"))));
    JsonValue.JsonObject object = (JsonValue.JsonObject) JsonValue.object(members);
    assertThat(object.members().keySet()).containsExactly("z", "a");
    assertThat(JsonValue.of(new BigDecimal("1.50"))).isNotEqualTo(JsonValue.of(new BigDecimal("1.5")));
    assertThat(JsonValue.of(19)).isEqualTo(JsonValue.of(new BigDecimal("19")));
    List<JsonValue> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> JsonValue.array(withNull)).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("JsonValue.NULL");
    Map<String, JsonValue> nullMember = new LinkedHashMap<>();
    nullMember.put("a", null);
    assertThatThrownBy(() -> JsonValue.object(nullMember))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> JsonValue.of((String) null)).isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> JsonValue.of((BigDecimal) null))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> JsonValue.array(null)).isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> JsonValue.object(null)).isInstanceOf(InvalidDataException.class);
  }

  @Test
  void smallIntegersAndEmptyContainersAreSharedAndEqualToNewOnes() {
    assertThat(JsonValue.of(new BigDecimal("7"))).isSameAs(JsonValue.of(7))
        .isEqualTo(new JsonValue.JsonNumber(new BigDecimal("7")));
    assertThat(JsonValue.of(new BigDecimal("7.0"))).isNotSameAs(JsonValue.of(7))
        .isNotEqualTo(JsonValue.of(7));
    assertThat(JsonValue.of(256)).isNotSameAs(JsonValue.of(256));
    assertThat(JsonValue.of(-1)).isNotSameAs(JsonValue.of(-1));
    assertThat(JsonValue.object(new LinkedHashMap<>())).isSameAs(JsonValue.object(Map.of()))
        .isEqualTo(new JsonValue.JsonObject(new LinkedHashMap<>()));
    assertThat(JsonValue.array(new ArrayList<>())).isSameAs(JsonValue.array(List.of()))
        .isEqualTo(new JsonValue.JsonArray(List.of()));
    JsonValue.JsonObject one = (JsonValue.JsonObject) JsonValue.object(
        Map.of("x_a", JsonValue.TRUE));
    assertThat(one.members()).containsExactly(Map.entry("x_a", JsonValue.TRUE));
    assertThatThrownBy(() -> one.members().put("x_b", JsonValue.NULL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNameWithAnUnpairedSurrogateIsRefusedByTheObjectAndTheUnknownElement() {
    Map<String, JsonValue> broken = Map.of("\uD83Dk", JsonValue.TRUE);
    assertThatThrownBy(() -> JsonValue.object(broken)).isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("members: must have names of well-formed Unicode");
    Map<String, JsonValue> properties = new LinkedHashMap<>(broken);
    properties.put("id", JsonValue.of("event/x"));
    assertThatThrownBy(() -> dev.sitrep.core.event.UnrecognizedEvent.of("future", properties))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("properties: must have names of well-formed Unicode");
    assertThat(JsonValue.object(Map.of("\uD83D\uDE81", JsonValue.TRUE))).isNotNull();
  }

  /** The generated {@code withExtensions} of the entity's implementation class. */
  private static Entity withExtensions(Entity entity, Map<String, JsonValue> extensions) {
    try {
      return (Entity) entity.getClass().getMethod("withExtensions", Map.class)
          .invoke(entity, extensions);
    } catch (InvocationTargetException e) {
      throw (RuntimeException) e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
