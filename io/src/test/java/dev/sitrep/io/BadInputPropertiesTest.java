package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Arbitrary and mutated JSON fails only with {@link InvalidDataException}, never with anything
 * else; and whatever is accepted is a valid value that writes back as valid JSON.
 */
class BadInputPropertiesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final JsonMapper TREES = JsonMapper.shared();
  private static final List<Class<?>> TYPES = List.of(Actor.class, Relation.class, Source.class,
      Quote.class, Period.class, UncertainCount.class, Event.class, PoliticalPrisoner.class,
      Statistic.class, Dossier.class);
  private static final String[] FRAGMENTS = {
      "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e309", "NaN", "\"type\"", "\"x\":1",
      "\\u0000", "\"2025-13\"", "9223372036854775808", "true", " ", "\u00ff", "\"state\""};

  /** Values put in place of a node of a document: of the wrong type, out of range, or odd. */
  private static final List<String> REPLACEMENTS = List.of("null", "-1", "0", "1.5", "1e309",
      "9223372036854775808", "true", "\"\"", "\" \"", "\"x\"", "\"X-Y\"", "\"2025-13\"",
      "\"2025-09-10T04:30\"", "\"state/blr\"", "\"state/pol\"", "\"shot-down\"", "[]", "[null]",
      "{}", "{\"type\":\"x\"}", "{\"type\":\"meeting\"}");

  /** Documents of every kind that stands alone, generated, and the type they are read as. */
  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("actor", Generators.actors(), Actor.class, 500),
        Arguments.of("event", Generators.events(), Event.class, 300),
        Arguments.of("political-prisoner", Generators.politicalPrisoners(),
            PoliticalPrisoner.class, 300),
        Arguments.of("dossier", Generators.dossiers(), Dossier.class, 150));
  }

  @Test
  void arbitraryTextFailsOnlyWithTheDocumentedException() {
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 40),
            integers().between(0, TYPES.size() - 1))
        .checkAssert((text, t) -> readOrFailCleanly(text, TYPES.get(t)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void mutatedDocumentsFailOnlyWithTheDocumentedException(String name, Gen<?> values,
      Class<?> type, int examples) {
    qt().withExamples(examples)
        .forAll(values, integers().between(0, 100_000), integers().between(0, 3),
            integers().between(0, FRAGMENTS.length - 1))
        .checkAssert((value, at, how, fragment) -> {
          String json = JSON.write(value);
          int i = at % (json.length() + 1);
          String mutated;
          switch (how) {
            case 0:
              mutated = json.substring(0, i) + FRAGMENTS[fragment] + json.substring(i);
              break;
            case 1:
              mutated = json.substring(0, i) + json.substring(Math.min(json.length(), i + 1));
              break;
            case 2:
              mutated = json.substring(0, i);
              break;
            default:
              mutated = json.substring(0, i) + FRAGMENTS[fragment]
                  + json.substring(Math.min(json.length(), i + FRAGMENTS[fragment].length()));
              break;
          }
          readOrFailCleanly(mutated, type);
        });
  }

  /**
   * Well-formed JSON with one node replaced by a value of another type or out of range, or
   * removed: the reader's and the domain's rules deep inside a document.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void documentsWithOneValueChangedFailOnlyWithTheDocumentedException(String name,
      Gen<?> values, Class<?> type, int examples) {
    qt().withExamples(examples)
        .forAll(values, integers().between(0, 100_000),
            integers().between(0, REPLACEMENTS.size()))
        .checkAssert((value, at, replacement) -> {
          JsonNode tree = TREES.readTree(JSON.write(value));
          List<JsonNode[]> slots = new ArrayList<>();
          collect(tree, slots);
          if (slots.isEmpty()) {
            return;
          }
          JsonNode[] slot = slots.get(at % slots.size());
          JsonNode container = slot[0];
          JsonNode with = replacement == REPLACEMENTS.size() ? null
              : TREES.readTree(REPLACEMENTS.get(replacement));
          if (container instanceof ObjectNode o) {
            String key = slot[1].asString();
            if (with == null) {
              o.remove(key);
            } else {
              o.set(key, with);
            }
          } else {
            int index = slot[1].asInt();
            if (with == null) {
              ((ArrayNode) container).remove(index);
            } else {
              ((ArrayNode) container).set(index, with);
            }
          }
          readOrFailCleanly(TREES.writeValueAsString(tree), type);
        });
  }

  /** Every node under {@code node}, as its container and its key or index. */
  private static void collect(JsonNode node, List<JsonNode[]> slots) {
    if (node instanceof ObjectNode o) {
      for (String key : o.propertyNames()) {
        slots.add(new JsonNode[] {o, TREES.getNodeFactory().stringNode(key)});
        collect(o.get(key), slots);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        slots.add(new JsonNode[] {a, TREES.getNodeFactory().numberNode(i)});
        collect(a.get(i), slots);
      }
    }
  }

  private static void readOrFailCleanly(String text, Class<?> type) {
    Object value;
    try {
      value = JSON.read(text, type);
    } catch (InvalidDataException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.path()).startsWith("$");
      return;
    }
    assertThat(JSON.read(JSON.write(value), type)).isEqualTo(value);
  }
}
