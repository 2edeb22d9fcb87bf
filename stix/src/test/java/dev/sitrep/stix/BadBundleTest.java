package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.ReadLimits;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad bundles fail with sitrep's one exception, naming the JSON path and the rule. */
class BadBundleTest {
  private static final String ID = "\"id\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\"";
  private static final String PERSON = "{\"type\":\"identity\",\"spec_version\":\"2.1\","
      + "\"id\":\"identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e\",\"name\":\"X\"}";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''| $ | must be a STIX bundle, a JSON object, found empty input",
      "[]| $ | must be a STIX bundle, a JSON object, found an array",
      "{\"type\":\"bundle\"," + "\"objects\":[" + "]}| $.id | must be a bundle's id",
      "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[]}| $.id | must be a bundle's id",
      "{\"type\":7}| $.type | must be a string, found a number",
      "{\"type\":\"bundle\",\"objects\":{}}| $.objects | must be an array of STIX objects",
      "{\"type\":\"bundle\",\"objects\":[1]}| $.objects[0] | must be a STIX object, a JSON object,"
          + " found a number",
      "{\"type\":\"bundle\",\"objects\":[{\"id\":\"x\"}]}| $.objects[0].type | must be a string",
      "{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\",\"id\":\"identity--x\"}]}"
          + "| $.objects[0].id | must be 'identity--' and a UUID",
      "{\"type\":\"bundle\",\"objects\":[{\"type\":\"note\",\"id\":"
          + "\"identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e\"}]}"
          + "| $.objects[0].id | must be 'note--' and a UUID",
      "{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\",\"type\":\"x\"}]}"
          + "| $.objects[0] | must be well-formed JSON within the read limits: Duplicate",
      "{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\",| $.objects[0]"
          + " | must be well-formed JSON",
      "{\"type\":\"bundle\"," + ID + ",\"objects\":[]} []| $ | must be the end of the input",
  })
  void isRefused(String json, String path, String rule) {
    assertThatThrownBy(() -> StixImport.defaults().read(json))
        .isInstanceOf(InvalidDataException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
            ((InvalidDataException) e).path()).isEqualTo(path.strip()))
        .hasMessageContaining(rule.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"name\":\"X\",\"extensions\":{\"EXT\":{\"extension_type\":\"property-extension\","
          + "\"actor\":{\"type\":\"person\",\"id\":\"person/x\"}}}"
          + "| $.objects[0].extensions['EXT'].actor.name | is required but missing",
      "\"name\":\"X\",\"extensions\":{\"EXT\":{\"extension_type\":\"property-extension\","
          + "\"actor\":{\"type\":\"person\",\"id\":\"Person X\",\"name\":\"X\"}}}"
          + "| $.objects[0].extensions['EXT'].actor.id | must be lowercase kebab-case",
      "\"name\":\"X\",\"extensions\":{\"EXT\":{\"extension_type\":\"property-extension\"}}"
          + "| $.objects[0].extensions['EXT'] | must hold one of",
      "\"name\":\"X\",\"extensions\":{\"EXT\":{\"extension_type\":\"property-extension\","
          + "\"actor\":{\"type\":\"robot\"}}}"
          + "| $.objects[0].extensions['EXT'].actor | must be a sitrep value that can be kept:"
          + " unknown type 'robot'",
      "\"name\":\"X\",\"x_n\":1e9999999999| $.objects[0].x_n | must be a number with an"
          + " exponent between",
  })
  void aBadSitrepValueIsRefusedWhereItIs(String members, String path, String rule) {
    String json = "{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\",\"spec_version\":"
        + "\"2.1\",\"id\":\"identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e\","
        + members.replace("EXT", SitrepExtension.ID) + "}]}";
    assertThatThrownBy(() -> StixImport.defaults().read(json))
        .isInstanceOf(InvalidDataException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
            ((InvalidDataException) e).path())
            .isEqualTo(path.strip().replace("EXT", SitrepExtension.ID)))
        .hasMessageContaining(rule.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3 | 1000000 | 100 | 100000000 | must be well-formed JSON within the read limits",
      "64 | 40 | 100 | 100000000 | must be well-formed JSON within the read limits",
      "64 | 1000000 | 100 | 100 | bytes long (the read limit for one object)",
  })
  void readingIsBounded(int depth, int string, int number, long document, String rule) {
    String json = "{\"type\":\"bundle\",\"objects\":[" + PERSON.replace("\"X\"",
        "\"a long name\",\"x_deep\":{\"a\":{\"b\":{\"c\":[1]}}}") + "]}";
    assertThatThrownBy(() -> StixImport.withLimits(new ReadLimits(depth, string, number,
        document)).read(json))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(rule.strip())
        .hasMessageContaining("$.objects[0]");
  }

  /**
   * @return a bundle whose {@code x_big} array has {@code elements} numbers, made as it is read:
   *     at the bundle's top, or in its one object
   */
  private static java.io.InputStream bigArray(boolean inObject, long elements) {
    String head = "{\"type\":\"bundle\"," + ID + ","
        + (inObject ? "\"objects\":[" + PERSON.replace("}", ",") : "") + "\"x_big\":[";
    String tail = "1]" + (inObject ? "}]}" : ",\"objects\":[]}");
    byte[] element = "1,".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
        new java.io.ByteArrayInputStream(head.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new java.io.InputStream() {
          private long at;

          @Override
          public int read() {
            return at < elements * element.length ? element[(int) (at++ % element.length)] : -1;
          }
        },
        new java.io.ByteArrayInputStream(tail.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
  }

  @ParameterizedTest(name = "in an object: {0}")
  @ValueSource(booleans = {true, false})
  void aValueBeyondTheLimitIsRefusedBeforeItIsHeld(boolean inObject) {
    StixImport small = StixImport.withLimits(new ReadLimits(64, 1_000_000, 100, 10_000));
    // 20,000,000 elements, 40 MB: refused within the first 10 KB, not read whole
    assertThatThrownBy(() -> small.read(bigArray(inObject, 20_000_000)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(inObject ? "$.objects[0]" : "$.x_big")
        .hasMessageContaining("must be at most 10000 bytes long (the read limit for one object),"
            + " found 100");
  }
}
