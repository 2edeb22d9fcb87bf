package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.ExternalValidators.Validator;
import dev.sitrep.io.ExternalValidators.Verdict;
import dev.sitrep.io.codec.DeclaredCodec;
import dev.sitrep.io.codec.Codecs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type the wire format defines, from the dossier down to a term of a sentence, written and
 * read on its own through {@link SitrepJson} and through {@link SitrepModule} with plain Jackson
 * (concrete classes such as {@code AirspaceIncident} included), and its writer output valid under
 * the schema for three validators: the Java one, ajv (strict) and python-jsonschema.
 */
class EveryTypeTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SitrepModule())
      .build();
  private static final int SAMPLES = 30;

  /** Written samples of every type, by file name for the external validators. */
  private static final Map<String, String> WRITTEN = new TreeMap<>();

  @Test
  void everyDeclaredTypeHasAGenerator() {
    List<String> declared = Codecs.declared().stream().map(DeclaredCodec::name).toList();
    assertThat(DeclaredTypes.GENERATORS.keySet()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void everyTypeIsWrittenAndReadOnItsOwn() {
    for (DeclaredCodec<?> codec : Codecs.declared()) {
      String name = codec.name();
      Class<?> type = codec.type();
      List<?> values = sample(DeclaredTypes.GENERATORS.get(name));
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        String json = JSON.write(value);
        WRITTEN.put(ExternalValidators.fileName(name, String.valueOf(i)), json);
        SchemaValidator.assertValid(name, json);
        assertThat(MAPPER.writeValueAsString(value)).as(name).isEqualTo(json);
        if (type == Claim.class) { // read on its own, a claim's value is its text
          assertThat(JSON.write(JSON.read(json, Claim.class))).as(name).isEqualTo(json);
          assertThat(JSON.write(MAPPER.readValue(json, Claim.class))).as(name).isEqualTo(json);
        } else {
          assertThat(JSON.read(json, type)).as(name).isEqualTo(value);
          assertThat(MAPPER.readValue(json, type)).as(name).isEqualTo(value);
        }
      }
    }
  }

  @Test
  void writerOutputIsValidForAjvAndPythonJsonschema() {
    if (WRITTEN.isEmpty()) {
      everyTypeIsWrittenAndReadOnItsOwn();
    }
    Map<Validator, Map<String, Verdict>> verdicts =
        ExternalValidators.validate(SchemaValidator.schemaText(), WRITTEN);
    verdicts.forEach((validator, byFile) -> {
      Map<String, List<String>> invalid = new TreeMap<>();
      byFile.forEach((file, verdict) -> {
        if (!verdict.valid()) {
          invalid.put(file + " " + WRITTEN.get(file), verdict.errors());
        }
      });
      assertThat(invalid).as("%s", validator).isEmpty();
    });
    assertThat(new TreeSet<>(verdicts.keySet())).containsExactly(Validator.values());
  }

  @Test
  void theSchemaCompilesInAjvStrictMode() {
    ExternalValidators.assertSchemaCompilesStrictly(SchemaValidator.schemaText());
  }

  private static List<?> sample(Gen<?> gen) {
    return Samples.of(gen, SAMPLES);
  }
}
