package dev.sitrep.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.SitrepJson;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input fails with Jackson 2's {@link MismatchedInputException}, whose message is sitrep's path
 * and rule and whose cause is sitrep's {@link InvalidDataException}; nothing else escapes.
 */
class BadInputTest {
  private static final String[] FRAGMENTS = {
      "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e309", "19.0", "\"type\"", "\"x\":1",
      "\\u0000", "\"2025-13\"", "9223372036854775808", "true", "\"state\"", "{\"type\":\"x\"}"};

  @Test
  void aMissingRequiredPropertyIsNamed() {
    MismatchedInputException e = failure(() -> Mappers.STRICT.readValue(
        "{\"kind\":\"article\",\"publisher\":\"Atlantic Council\"}", Source.class));
    assertThat(e.getOriginalMessage()).isEqualTo("$.id: is required but missing");
    assertThat(e.getTargetType()).isEqualTo(Source.class);
  }

  @Test
  void aValueOfTheWrongKindIsNamed() {
    assertThat(failure(() -> Mappers.STRICT.readValue(
        "{\"lower\":\"nineteen\",\"qualifier\":\"at-least\"}", UncertainCount.class))
        .getOriginalMessage()).startsWith("$.lower: must be an integer");
    assertThat(failure(() -> Mappers.STRICT.readValue(
        "{\"id\":\"source/x\",\"kind\":\"article\",\"title\":5}", Source.class))
        .getOriginalMessage()).startsWith("$.title: must be a string");
  }

  @Test
  void aBrokenDomainRuleIsNamed() {
    assertThat(failure(() -> Mappers.STRICT.readValue("{\"lower\":-1,\"qualifier\":\"unknown\"}",
        UncertainCount.class)).getOriginalMessage())
        .isEqualTo("$.lower: must not be negative, was -1");
  }

  /** The path starts at the sitrep value, which the location and the reference chain place. */
  @Test
  void theLocationAndReferenceChainPlaceTheSitrepValueInTheDocument() {
    String incident = SitrepJson.defaults().write(
        Samples.of(Generators.airspaceIncidents(), 1).get(0));
    String json = "{\"title\":\"September\",\"incidents\":[\n" + incident + ",\n  "
        + incident.replaceFirst("^\\{", "{\"colour\":\"red\",") + "],\"counts\":{}}";
    MismatchedInputException e =
        failure(() -> Mappers.STRICT.readValue(json, InDocumentsTest.Report.class));
    assertThat(e.getOriginalMessage()).startsWith("$.colour: unknown property 'colour'");
    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(3);
    assertThat(e.getPathReference()).endsWith("Report[\"incidents\"]->java.util.ArrayList[1]");
  }

  /** Generated values, written and then broken by a fragment put in or taken out. */
  @Test
  void mutatedDocumentsFailOnlyWithJackson2sExceptions() {
    List<Class<?>> types = List.of(Event.class, Dossier.class);
    qt().withExamples(300)
        .forAll(Generators.events(), integers().between(0, 100_000), integers().between(0, 2),
            integers().between(0, FRAGMENTS.length - 1))
        .checkAssert((event, at, how, fragment) -> {
          String json = SitrepJson.defaults().write(event);
          int i = at % (json.length() + 1);
          String mutated = switch (how) {
            case 0 -> json.substring(0, i) + FRAGMENTS[fragment] + json.substring(i);
            case 1 -> json.substring(0, i) + json.substring(Math.min(json.length(), i + 1));
            default -> json.substring(0, i);
          };
          for (Class<?> type : types) {
            Throwable thrown = catchThrowable(() -> Mappers.STRICT.readValue(mutated, type));
            if (thrown != null) {
              assertThat(thrown).as(mutated).isInstanceOf(JsonProcessingException.class);
            }
            if (thrown instanceof MismatchedInputException m && m.getCause() != null) {
              assertThat(m.getCause()).as(mutated).isInstanceOf(InvalidDataException.class);
            }
          }
        });
  }

  private static MismatchedInputException failure(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(MismatchedInputException.class)
        .hasCauseInstanceOf(InvalidDataException.class);
    return (MismatchedInputException) thrown;
  }
}
