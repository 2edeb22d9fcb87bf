package dev.sitrep.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sitrep values inside a user's own Jackson 2 documents, trees and conversions. */
class InDocumentsTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final ObjectMapper MAPPER = Mappers.STRICT;

  /** A user's own type that holds sitrep values. */
  record Report(String title, List<AirspaceIncident> incidents,
      Map<String, UncertainCount> counts) {}

  /** A user's own type whose value is typed by a property of Jackson's own, {@code kind}. */
  record Tagged(@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
      @JsonSubTypes(@JsonSubTypes.Type(value = UncertainCount.class, name = "count"))
      Object value) {}

  private static Report report() {
    return new Report("September", Samples.of(Generators.airspaceIncidents(), 3),
        Map.of("drones", UncertainCount.atLeast(19).withPhrase("at least nineteen")));
  }

  @Test
  void aRecordOfSitrepValuesIsWrittenWithSitrepJsonsTextForEachAndReadBackEqual()
      throws IOException {
    Report report = report();
    String json = MAPPER.writeValueAsString(report);
    assertThat(json).isEqualTo("{\"title\":\"September\",\"incidents\":["
        + report.incidents().stream().map(JSON::write).collect(Collectors.joining(","))
        + "],\"counts\":{\"drones\":" + JSON.write(report.counts().get("drones")) + "}}");
    assertThat(MAPPER.readValue(json, Report.class)).isEqualTo(report);
  }

  @Test
  void theMappersPrettyPrinterIndentsSitrepValuesWithTheRestOfTheDocument() throws IOException {
    Report report = report();
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    assertThat(pretty).contains("\"incidents\" : [ {\n    \"type\" : \"airspace-incident\",\n"
        + "    \"id\" : ");
    assertThat(MAPPER.readTree(pretty)).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(report)));
    assertThat(MAPPER.readValue(pretty, Report.class)).isEqualTo(report);
  }

  /**
   * {@code convertValue} and {@code valueToTree} write into a {@code TokenBuffer}, which keeps each
   * number's text: a value converts to itself, and to the tree of {@code SitrepJson}'s text.
   */
  @Test
  void valuesGoThroughConversionsAndTreesThatBufferTokens() throws IOException {
    for (AirspaceIncident incident : Samples.of(Generators.airspaceIncidents(), 30)) {
      assertThat(MAPPER.convertValue(incident, AirspaceIncident.class)).isEqualTo(incident);
      JsonNode tree = MAPPER.valueToTree(incident);
      assertThat(tree).isEqualTo(MAPPER.readTree(JSON.write(incident)));
    }
  }

  /**
   * Jackson reads ahead to find its own type id, and hands the deserializer the rest of the
   * object, from its first buffered property on.
   */
  @Test
  void aValueWhoseObjectJacksonHasStartedIsReadWhole() throws IOException {
    Tagged tagged = MAPPER.readValue(
        "{\"value\":{\"lower\":19.0,\"kind\":\"count\",\"qualifier\":\"at-least\"}}", Tagged.class);
    assertThat(tagged.value()).isEqualTo(UncertainCount.atLeast(19));
    assertThat(MAPPER.readValue("{\"value\":{\"kind\":\"count\",\"lower\":19,"
        + "\"qualifier\":\"at-least\"}}", Tagged.class).value())
        .isEqualTo(UncertainCount.atLeast(19));
  }

  /** A user's own type whose values are typed by Jackson's default typing, by class. */
  record Held(List<Object> values) {}

  @Test
  void aValueTypedByTheMappersOwnPropertyIsWrittenAndReadBack() throws IOException {
    Tagged tagged = new Tagged(UncertainCount.atLeast(19));
    String json = MAPPER.writeValueAsString(tagged);
    assertThat(json).isEqualTo(
        "{\"value\":{\"kind\":\"count\",\"lower\":19,\"qualifier\":\"at-least\"}}");
    assertThat(MAPPER.readValue(json, Tagged.class)).isEqualTo(tagged);
  }

  @Test
  void valuesTypedByClassAsDefaultTypingDoesAreWrittenAndReadBack() throws IOException {
    ObjectMapper typed = MAPPER.copy().activateDefaultTyping(
        com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator.instance,
        ObjectMapper.DefaultTyping.NON_FINAL);
    AirspaceIncident incident = Samples.of(Generators.airspaceIncidents(), 1).get(0);
    Held held = new Held(List.of(UncertainCount.atLeast(19), incident, "a note"));
    String json = typed.writeValueAsString(held);
    assertThat(json).contains("\"dev.sitrep.core.quantity.UncertainCount\"",
        "\"dev.sitrep.core.airspace.AirspaceIncident\"");
    assertThat(typed.readValue(json, Held.class)).isEqualTo(held);
  }

  @Test
  void aValueLongerThanTheReadLimitIsRefusedAsItIsCopiedNotOnceHeld() {
    ObjectMapper small = new ObjectMapper().registerModule(
        new SitrepJackson2Module(new dev.sitrep.io.ReadLimits(64, 1_000, 100, 10_000)))
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    byte[] head = "{\"lower\":1,\"qualifier\":\"at-least\",\"x_a\":[1"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.InputStream forty = new java.io.InputStream() { // 40 MB, made as it is read
      private long at;

      @Override
      public int read() {
        if (at < head.length) {
          return head[(int) at++];
        }
        return at++ < 40_000_000L ? (at % 2 == 0 ? ',' : '1') : -1;
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            small.readValue(forty, UncertainCount.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("must be at most 10000 bytes long (the read limit for one value)");
  }
}
