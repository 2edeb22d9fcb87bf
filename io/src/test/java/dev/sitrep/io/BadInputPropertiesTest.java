package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary and mutated JSON fails only with {@link InvalidDataException}, never with anything
 * else; and whatever is accepted is a valid value that writes back as valid JSON.
 */
class BadInputPropertiesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final List<Class<?>> TYPES = List.of(Actor.class, Relation.class, Source.class,
      Quote.class, Period.class, UncertainCount.class);
  private static final String[] FRAGMENTS = {
      "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e309", "NaN", "\"type\"", "\"x\":1",
      "\\u0000", "\"2025-13\"", "9223372036854775808", "true", " ", "\u00ff", "\"state\""};

  @Test
  void arbitraryTextFailsOnlyWithTheDocumentedException() {
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0, 5))
        .checkAssert((text, t) -> readOrFailCleanly(text, TYPES.get(t)));
  }

  @Test
  void mutatedDocumentsFailOnlyWithTheDocumentedException() {
    qt().withExamples(500)
        .forAll(Generators.actors(), integers().between(0, 10_000), integers().between(0, 3),
            integers().between(0, FRAGMENTS.length - 1))
        .checkAssert((actor, at, how, fragment) -> {
          String json = JSON.write(actor);
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
          readOrFailCleanly(mutated, Actor.class);
        });
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
