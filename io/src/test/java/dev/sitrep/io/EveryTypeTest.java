package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.ExternalValidators.Validator;
import dev.sitrep.io.ExternalValidators.Verdict;
import dev.sitrep.io.codec.Codec;
import dev.sitrep.io.codec.Codecs;
import dev.sitrep.io.codec.ObjectCodec;
import dev.sitrep.io.codec.UnionCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
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

  /** A generator for every declared type, by its schema name: the test fails for a new one. */
  private static final Map<String, Gen<?>> GENERATORS = new LinkedHashMap<>();

  /** Written samples of every type, by file name for the external validators. */
  private static final Map<String, String> WRITTEN = new TreeMap<>();

  @BeforeAll
  static void generate() {
    GENERATORS.put("dossier", Generators.dossiers());
    GENERATORS.put("source", Generators.sources());
    GENERATORS.put("external-id", Generators.externalIds());
    GENERATORS.put("actor", Generators.actors());
    GENERATORS.put("state", Generators.states());
    GENERATORS.put("person", Generators.persons());
    GENERATORS.put("organization", Generators.organizations());
    GENERATORS.put("collective", Generators.collectives());
    GENERATORS.put("name", Generators.names());
    GENERATORS.put("uncertain-count", Generators.uncertainCounts());
    GENERATORS.put("relation", Generators.relations());
    GENERATORS.put("membership", Generators.memberships());
    GENERATORS.put("office", Generators.offices());
    GENERATORS.put("actor-relation", Generators.actorRelations());
    GENERATORS.put("period", Generators.periods());
    GENERATORS.put("attribution", Generators.attributions());
    GENERATORS.put("event", Generators.events());
    GENERATORS.put("military-exercise", Generators.militaryExercises());
    GENERATORS.put("airspace-incident", Generators.airspaceIncidents());
    GENERATORS.put("statement", Generators.statements());
    GENERATORS.put("meeting", Generators.meetings());
    GENERATORS.put("border-closure", Generators.borderClosures());
    GENERATORS.put("warning", Generators.warnings());
    GENERATORS.put("general-event", Generators.generalEvents());
    GENERATORS.put("place", Generators.places());
    GENERATORS.put("geo-point", Generators.geoPoints());
    GENERATORS.put("participant", Generators.participants());
    GENERATORS.put("event-link", Generators.eventLinks());
    GENERATORS.put("strength", Generators.strengths());
    GENERATORS.put("airspace", Generators.airspaces());
    GENERATORS.put("intrusion", Generators.intrusions());
    GENERATORS.put("ref-claim", Generators.claims(Generators.<State>refs()));
    GENERATORS.put("transit", Generators.transits());
    GENERATORS.put("response", Generators.responses());
    GENERATORS.put("consequence", Generators.consequences());
    GENERATORS.put("consultation", Generators.consultations());
    GENERATORS.put("string-claim", Generators.claims(Generators.texts()));
    GENERATORS.put("quote", Generators.quotes());
    GENERATORS.put("political-prisoner", Generators.politicalPrisoners());
    GENERATORS.put("charge", Generators.charges());
    GENERATORS.put("sentence", Generators.sentences());
    GENERATORS.put("term", Generators.terms());
    GENERATORS.put("status-change", Generators.statusChanges());
    GENERATORS.put("recognition", Generators.recognitions());
    GENERATORS.put("statistic", Generators.statistics());
  }

  private static String name(Codec<?> codec) {
    return codec instanceof UnionCodec ? ((UnionCodec<?>) codec).name()
        : ((ObjectCodec<?, ?>) codec).name();
  }

  private static Class<?> type(Codec<?> codec) {
    return codec instanceof UnionCodec ? ((UnionCodec<?>) codec).type()
        : ((ObjectCodec<?, ?>) codec).type();
  }

  @Test
  void everyDeclaredTypeHasAGenerator() {
    List<String> declared = Codecs.declared().stream().map(EveryTypeTest::name).toList();
    assertThat(GENERATORS.keySet()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void everyTypeIsWrittenAndReadOnItsOwn() {
    for (Codec<?> codec : Codecs.declared()) {
      String name = name(codec);
      Class<?> type = type(codec);
      List<?> values = sample(GENERATORS.get(name));
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
