package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.io.ExternalValidators.Validator;
import dev.sitrep.io.ExternalValidators.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests of the harness itself, on a tiny schema of its own (not sitrep's). */
class ExternalValidatorsTest {
  private static final String ID = "https://example.test/tiny.schema.json";

  /** Compiles strictly: every keyword has its type. */
  private static final String TINY = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "%s",
        "$defs": {
          "count": {
            "type": "object",
            "properties": {
              "lower": {"type": "integer", "minimum": 0},
              "phrase": {"$ref": "#/$defs/non-blank"}
            },
            "required": ["lower"],
            "additionalProperties": false
          },
          "non-blank": {"type": "string", "pattern": "\\\\S"}
        }
      }
      """.formatted(ID);

  @BeforeAll
  static void validatorsAreInstalled() {
    ExternalValidators.requireInstalled();
  }

  @Test
  void validAndInvalidDocumentsGetTheRightVerdictFromEveryValidator() {
    String good = ExternalValidators.fileName("count", "good");
    String bad = ExternalValidators.fileName("count", "bad");
    String blank = ExternalValidators.fileName("non-blank", "blank");
    Map<Validator, Map<String, Verdict>> verdicts = ExternalValidators.validate(TINY, Map.of(
        good, "{\"lower\": 19, \"phrase\": \"at least nineteen\"}",
        bad, "{\"lower\": -1, \"phrase\": \" \", \"extra\": true}",
        blank, "\"  \""));

    assertThat(verdicts).containsOnlyKeys(Validator.values());
    verdicts.forEach((validator, byFile) -> {
      assertThat(byFile).as("%s", validator).containsOnlyKeys(good, bad, blank);
      assertThat(byFile.get(good)).as("%s", validator).isEqualTo(new Verdict(true, List.of()));
      assertThat(byFile.get(bad).valid()).as("%s", validator).isFalse();
      assertThat(byFile.get(bad).errors()).as("%s", validator)
          .anySatisfy(e -> assertThat(e).startsWith("/lower: "))
          .anySatisfy(e -> assertThat(e).startsWith("/phrase: "))
          .anySatisfy(e -> assertThat(e).startsWith(": ").contains("extra"));
      assertThat(byFile.get(blank).valid()).as("%s", validator).isFalse();
      assertThat(byFile.get(blank).errors()).as("%s", validator).hasSize(1);
    });
  }

  @Test
  void aStrictSchemaHasNoComplaints() {
    assertThat(ExternalValidators.schemaComplaints(TINY))
        .isEqualTo(Map.of(Validator.AJV, List.of(), Validator.PYTHON_JSONSCHEMA, List.of()));
    ExternalValidators.assertSchemaCompilesStrictly(TINY);
  }

  @Test
  void aKeywordWithoutItsTypeIsAStrictModeComplaint() {
    String schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "%s",
          "$defs": {
            "count": {
              "type": "object",
              "properties": {"lower": {"type": "integer"}},
              "if": {"properties": {"lower": {"const": 0}}, "required": ["lower"]},
              "else": {"properties": {"lower": {"minimum": 1}}}
            }
          }
        }
        """.formatted(ID);

    assertThatThrownBy(() -> ExternalValidators.assertSchemaCompilesStrictly(schema))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("AJV (1)")
        .hasMessageContaining("strict mode: missing type \"number\" for keyword \"minimum\"")
        .hasMessageContaining(ID + "#/$defs/count/else/properties/lower");
    assertThatThrownBy(() -> ExternalValidators.validate(schema,
            Map.of(ExternalValidators.fileName("count", "any"), "{\"lower\": 2}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("AJV rejects the schema");
  }

  @Test
  void anUnknownKeywordIsAStrictModeComplaint() {
    String schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "%s",
          "$defs": {"name": {"type": "string", "minLenght": 1}}
        }
        """.formatted(ID);

    Map<Validator, List<String>> complaints = ExternalValidators.schemaComplaints(schema);

    assertThat(complaints.get(Validator.AJV)).singleElement().asString()
        .contains("strict mode: unknown keyword: \"minLenght\"");
    assertThat(complaints.get(Validator.PYTHON_JSONSCHEMA)).isEmpty();
  }

  @Test
  void aSchemaThatBreaksTheMetaSchemaIsReportedByBoth() {
    String schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "%s",
          "$defs": {"count": {"type": "integer", "minimum": "zero"}}
        }
        """.formatted(ID);

    Map<Validator, List<String>> complaints = ExternalValidators.schemaComplaints(schema);

    assertThat(complaints.get(Validator.AJV)).isNotEmpty();
    assertThat(complaints.get(Validator.PYTHON_JSONSCHEMA)).singleElement().asString()
        .startsWith("/$defs/count/minimum: ");
  }

  @Test
  void aFileNameMustNameADefinition() {
    assertThatThrownBy(() -> ExternalValidators.validate(TINY, Map.of("count.json", "{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<def>__<anything>.json");
  }
}
