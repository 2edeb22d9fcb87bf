package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.ExternalValidators.Validator;
import dev.sitrep.io.ExternalValidators.Verdict;
import dev.sitrep.io.codec.DeclaredCodec;
import dev.sitrep.io.codec.Codecs;
import dev.sitrep.io.codec.WireReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The strict reader and the JSON Schema agree, tried on thousands of mutated valid documents of
 * every declared type: every document the reader accepts is valid under the schema for all three
 * validators (Java, ajv, python-jsonschema), the validators agree with each other, and a document
 * that the schema accepts but the reader refuses breaks one of the rules the schema names as the
 * reader's alone ({@link #READER_ONLY}, each stated in the schema's {@code $comment}s).
 */
class ReaderSchemaAgreementTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SitrepJson STRICT = SitrepJson.defaults();
  private static final int VALUES_PER_TYPE = 12;
  private static final int MUTATIONS_PER_VALUE = 6;

  /**
   * The reader's rules that the schema does not state but names in its {@code $comment}s, by
   * the words of their messages: the calendar and range of time points, ISO 3166 codes, bounds in
   * order, rules across fields. A refusal for any other rule, by the reader alone, is a
   * disagreement.
   */
  private static final List<String> READER_ONLY = List.of(
      "must be a valid date", "must lie between the years 0001 and 9999", // time points
      "must be after the first day", "must span at most 7 days", "must name a time zone known",
      "must be an offset from -18:00 to +18:00", "must have the day, but",
      "known to the JDK", "must be the alpha-3 code of", // states
      "must not be below lower", "must not be above upper", "must equal lower for an exact count",
      "must leave room for almost", "must be more than a count from", // uncertain counts
      "must not be before start", "must not be before requested", // periods, consultations
      "must fit the period", "must equal lower for an exact duration", // durations
      "must not be before considered", "must not be given for consultations",
      "must not be before the status it follows", "must not be before history[", " needs ",
      "nothing can follow", // histories
      "itself", "must differ from", // self references, border closures, warnings
      "must be unique among the claims", "must name the id of another claim",
      "must not form a loop", "must name a claim about the same thing", // claims
      "cannot shoot down more than entered", "what happened, happened once or more", // intrusions
      "must be a year the exercise's time overlaps", // exercises
      "must not repeat", // an actor twice in one role, a link twice
      "a quote or a summary", // statements
      "or a description of what the charge is about", // charges
      "must be an absolute http or https URL", // a URL that does not parse
      "must end in the IMO check digit", "must hold at most one IMO number", // vessels
      "than the count's upper bound", "a suspicion names a thing or an actor", // impacts, suspicions
      "must be what a current claim says"); // an intrusion's platform and model

  private static final String[] SPACES = {" ", "\u00a0", "\u001f", "\ufeff", "\u2007", "\u0085"};

  @Test
  void readerAndSchemaAgreeOnMutatedDocuments() {
    SplittableRandom random = new SplittableRandom(Samples.SEED);
    Map<String, String> documents = new TreeMap<>();
    Map<String, DeclaredCodec<?>> codecs = new TreeMap<>();
    for (DeclaredCodec<?> codec : Codecs.declared()) {
      String name = codec.name();
      List<?> values = Samples.of(DeclaredTypes.GENERATORS.get(name), VALUES_PER_TYPE);
      for (int v = 0; v < values.size(); v++) {
        JsonNode valid = MAPPER.readTree(STRICT.write(values.get(v)));
        for (int m = 0; m < MUTATIONS_PER_VALUE; m++) {
          JsonNode mutated = valid.deepCopy();
          mutated = mutate(mutated, random);
          String file = ExternalValidators.fileName(name, v + "-" + m);
          documents.put(file, MAPPER.writeValueAsString(mutated));
          codecs.put(file, codec);
        }
      }
    }
    Map<Validator, Map<String, Verdict>> external =
        ExternalValidators.validate(SchemaValidator.schemaText(), documents);
    List<String> disagreements = new ArrayList<>();
    int refusedByBoth = 0;
    for (Map.Entry<String, String> d : documents.entrySet()) {
      String file = d.getKey();
      String name = file.substring(0, file.indexOf("__"));
      boolean java = SchemaValidator.errors(name, d.getValue()).isEmpty();
      for (Validator validator : Validator.values()) {
        if (external.get(validator).get(file).valid() != java) {
          disagreements.add(validator + " says " + external.get(validator).get(file)
              + ", the Java validator " + java + ": " + file + " " + d.getValue());
        }
      }
      String refusal = readerRefusal(codecs.get(file), d.getValue());
      if (refusal == null && !java) {
        disagreements.add("the reader accepts what the schema refuses ("
            + SchemaValidator.errors(name, d.getValue()) + "): " + file + " " + d.getValue());
      } else if (refusal != null && java && READER_ONLY.stream().noneMatch(refusal::contains)) {
        disagreements.add("the schema accepts what the reader refuses for a rule it does not"
            + " name (" + refusal + "): " + file + " " + d.getValue());
      } else if (refusal != null) {
        refusedByBoth += java ? 0 : 1;
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(refusedByBoth).as("mutations that break the schema").isGreaterThan(
        documents.size() / 4);
  }

  /**
   * @return the reader's rule refusing {@code json}, or null if it reads it: through
   *     {@link SitrepJson} by the codec's type, or, for a claim, whose value's type is known only
   *     where it stands, through its own codec
   */
  private static String readerRefusal(DeclaredCodec<?> codec, String json) {
    try {
      if (codec.type() == Claim.class) {
        try (JsonParser parser = MAPPER.createParser(json)) {
          parser.nextToken();
          codec.read(new WireReader(parser, false, Integer.MAX_VALUE));
        }
      } else {
        STRICT.read(json, codec.type());
      }
      return null;
    } catch (InvalidDataException e) {
      return e.rule();
    }
  }

  /** Changes one value somewhere in {@code root}: what another tool might write, or a mistake. */
  private static JsonNode mutate(JsonNode root, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(4)) {
        case 0 -> object.remove(name);
        case 1 -> object.put("x_unknown", 1);
        default -> object.set(name, mutateValue(object.get(name), random));
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      int i = random.nextInt(array.size());
      switch (random.nextInt(3)) {
        case 0 -> array.add(array.get(i).deepCopy());
        case 1 -> array.remove(i);
        default -> array.set(i, mutateValue(array.get(i), random));
      }
    } else if (!root.isContainer()) {
      return mutateValue(root, random);
    }
    return root;
  }

  private static JsonNode mutateValue(JsonNode value, SplittableRandom random) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value.isString()) {
      String s = value.asString();
      return switch (random.nextInt(9)) {
        case 0 -> f.stringNode("");
        case 1 -> f.stringNode(SPACES[random.nextInt(SPACES.length)]);
        case 2 -> f.stringNode(s.toUpperCase(Locale.ROOT));
        case 3 -> f.stringNode(s + SPACES[random.nextInt(SPACES.length)]);
        case 4 -> f.stringNode(s + "-x");
        case 5 -> f.stringNode(s.isEmpty() ? "x" // the last code point off
            : s.substring(0, s.offsetByCodePoints(s.length(), -1)));
        case 6 -> f.stringNode("1.x");
        case 7 -> f.numberNode(1);
        default -> f.stringNode("state/" + s);
      };
    }
    if (value.isNumber()) {
      return switch (random.nextInt(6)) {
        case 0 -> f.numberNode(-1);
        case 1 -> f.numberNode(value.asDouble() + 0.5);
        case 2 -> f.numberNode(0);
        case 3 -> f.numberNode(Integer.MAX_VALUE + 1L);
        case 4 -> f.numberNode(10000);
        default -> f.stringNode(value.asString());
      };
    }
    if (value.isArray()) {
      return random.nextBoolean() ? f.arrayNode() : f.stringNode("x");
    }
    return random.nextBoolean() ? f.objectNode() : f.nullNode();
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }
}
