package dev.sitrep.io.codec;

import dev.sitrep.core.extension.Extensions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates sitrep's JSON Schema (draft 2020-12) from the codec declarations, walking them from
 * the dossier down, and merges in the hand-written overlay ({@code io/src/main/schema/overlay.json})
 * for what a declaration cannot say: patterns and rules across fields. The overlay may only add to
 * types and properties the declarations have; anything else is an error, so it cannot drift.
 *
 * <pre>{@code
 * String schema = SchemaGenerator.generate(Path.of("src/main/schema/overlay.json"));
 * }</pre>
 */
public final class SchemaGenerator {
  /** The schema's {@code $id}. */
  public static final String ID = "https://sitrep.dev/schema/sitrep.schema.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final ObjectNode defs = MAPPER.createObjectNode();
  private final Map<String, Set<String>> groupUsers = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /**
   * @param overlay the overlay's file
   * @return the schema's text, two-space indented, ending with a newline
   */
  public static String generate(Path overlay) {
    SchemaGenerator g = new SchemaGenerator();
    g.declareScalars();
    for (DeclaredCodec<?> codec : Codecs.declared()) {
      g.define(codec);
    }
    g.describeGroups();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("$ref", "#/$defs/" + DossierCodecs.DOSSIER.name());
    root.set("$defs", g.defs);
    merge(root, read(overlay), "");
    g.defs.forEach(SchemaGenerator::notNullWhereRequired);
    ObjectNode ordered = MAPPER.createObjectNode(); // the root's keys in a reader's order
    for (String key : List.of("$schema", "$id", "title", "description", "$comment", "$ref",
        "$defs")) {
      if (root.has(key)) {
        ordered.set(key, root.get(key));
      }
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer().with(printer).writeValueAsString(ordered) + "\n";
  }

  /** The kinds of string every schema has, whether or not a declaration uses them yet. */
  private void declareScalars() {
    scalar((Shape.Scalar) Scalars.STRING.shape());
    ObjectNode code = defs.putObject("code");
    code.put("description", "A code of an open vocabulary, lowercase kebab-case; codes sitrep does"
        + " not know are kept, not refused. Where a property lists examples, they are the"
        + " well-known codes.");
    code.put("type", "string");
    scalar((Shape.Scalar) Scalars.ENTITY_ID.shape());
    ObjectNode ref = defs.putObject("ref");
    ref.put("description", "A reference to an entity: the entity's id, such as state/blr; never"
        + " an embedded object.");
    ref.put("$ref", "#/$defs/" + ((Shape.Scalar) Scalars.ENTITY_ID.shape()).def());
    ObjectNode absent = defs.putObject(ABSENT);
    absent.put("description", "null for an optional property or a list: read as if the property"
        + " were left out, as pandas and other tools write a missing value. sitrep's writer leaves"
        + " such properties out.");
    absent.put("type", "null");
  }

  /** The name of the schema of {@code null} for an absent property. */
  private static final String ABSENT = "absent";

  private void scalar(Shape.Scalar s) {
    if (!defs.has(s.def())) {
      ObjectNode def = defs.putObject(s.def());
      def.put("description", s.description());
      def.put("type", "string");
      if (s.pattern() != null) {
        def.put("pattern", s.pattern());
      }
    }
  }

  private void define(DeclaredCodec<?> codec) {
    Shape shape = codec.shape();
    if (shape instanceof Shape.Union) {
      UnionCodec<?> union = ((Shape.Union) shape).codec();
      ObjectNode def = defs.putObject(union.name());
      def.put("description", union.description());
      ArrayNode oneOf = def.putArray("oneOf");
      union.variants().forEach(v -> oneOf.addObject().put("$ref", "#/$defs/" + v.name()));
    } else {
      ObjectCodec<?, ?> object = ((Shape.Properties) shape).codec();
      String variantOf = variantOf(object);
      ObjectNode def = defs.putObject(object.name());
      def.put("description", object.description());
      def.put("type", "object");
      ObjectNode properties = MAPPER.createObjectNode();
      List<String> required = new ArrayList<>();
      if (variantOf != null) {
        properties.putObject(UnionCodec.TYPE).put("const", object.name());
        required.add(UnionCodec.TYPE);
      }
      String group = null;
      for (ObjectCodec.Property<?, ?> p : object.properties()) {
        if (p.group().isPresent()) {
          group = p.group().get();
          groupUsers.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(object.name());
          if (!defs.has(group)) {
            defs.putObject(group);
          }
          ObjectNode g = (ObjectNode) defs.get(group);
          property(g.has("properties") ? (ObjectNode) g.get("properties")
              : g.putObject("properties"), p);
          if (p.cardinality() == ObjectCodec.Cardinality.REQUIRED) {
            ArrayNode r = g.has("required") ? (ArrayNode) g.get("required") : g.putArray("required");
            if (!contains(r, p.name())) {
              r.add(p.name());
            }
          }
        } else {
          property(properties, p);
          if (p.cardinality() == ObjectCodec.Cardinality.REQUIRED) {
            required.add(p.name());
          }
        }
      }
      if (group != null) {
        def.put("$ref", "#/$defs/" + group);
      }
      def.set("properties", properties);
      if (object.keepsExtensions()) {
        def.putObject("patternProperties").putObject(Extensions.NAME_PATTERN).put("description",
            "an extension property: a field of the feed that sitrep does not model, any JSON"
                + " value, kept in order through a read and a write");
      }
      if (!required.isEmpty()) {
        required.forEach(def.putArray("required")::add);
      }
      def.put(group == null ? "additionalProperties" : "unevaluatedProperties", false);
    }
  }

  /** @return the family {@code object} is a variant of, or null */
  private static String variantOf(ObjectCodec<?, ?> object) {
    for (DeclaredCodec<?> codec : Codecs.declared()) {
      if (codec instanceof UnionCodec<?> union && union.variants().contains(object)) {
        return union.name();
      }
    }
    return null;
  }

  /** Each shared set of properties says which types share it; its properties come first. */
  private void describeGroups() {
    groupUsers.forEach((group, users) -> {
      ObjectNode g = (ObjectNode) defs.get(group);
      ObjectNode described = MAPPER.createObjectNode();
      described.put("description", "The properties shared by " + String.join(", ", users) + ".");
      described.put("type", "object");
      described.setAll(g);
      defs.set(group, described);
    });
  }

  /**
   * Writes a property's schema; an optional property or a list may also be {@code null}, which
   * the reader takes as absent.
   */
  private void property(ObjectNode properties, ObjectCodec.Property<?, ?> p) {
    ObjectNode schema = properties.putObject(p.name());
    schema.put("description", p.description());
    ObjectNode present = schema;
    if (p.cardinality() != ObjectCodec.Cardinality.REQUIRED) {
      ArrayNode anyOf = schema.putArray("anyOf");
      present = anyOf.addObject();
      anyOf.addObject().put("$ref", "#/$defs/" + ABSENT);
    }
    if (p.cardinality() == ObjectCodec.Cardinality.LIST) {
      present.put("type", "array");
      value(present.putObject("items"), p.shape());
    } else {
      value(present, p.shape());
    }
  }

  /** Writes the schema of one value of {@code shape} into {@code schema}. */
  private void value(ObjectNode schema, Shape shape) {
    if (shape instanceof Shape.Scalar) {
      scalar((Shape.Scalar) shape);
      schema.put("$ref", "#/$defs/" + ((Shape.Scalar) shape).def());
    } else if (shape instanceof Shape.Enumerated) {
      schema.put("type", "string");
      ((Shape.Enumerated) shape).values().forEach(schema.putArray("enum")::add);
    } else if (shape instanceof Shape.Vocabulary) {
      schema.put("$ref", "#/$defs/code");
      ((Shape.Vocabulary) shape).known().forEach(schema.putArray("examples")::add);
    } else if (shape instanceof Shape.Reference) {
      schema.put("$ref", "#/$defs/ref");
    } else if (shape instanceof Shape.Flag) {
      schema.put("type", "boolean");
    } else if (shape instanceof Shape.Range) {
      Shape.Range r = (Shape.Range) shape;
      schema.put("type", r.integer() ? "integer" : "number");
      number(schema, "minimum", r.min(), r.integer());
      number(schema, "maximum", r.max(), r.integer());
    } else if (shape instanceof Shape.Properties) {
      schema.put("$ref", "#/$defs/" + ((Shape.Properties) shape).codec().name());
    } else {
      schema.put("$ref", "#/$defs/" + ((Shape.Union) shape).codec().name());
    }
  }

  private static void number(ObjectNode schema, String keyword, double value, boolean integer) {
    if (integer || value == Math.rint(value)) {
      schema.put(keyword, (long) value);
    } else {
      schema.put(keyword, value);
    }
  }

  private static boolean contains(ArrayNode array, String value) {
    for (JsonNode e : array) {
      if (e.asString().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges the overlay into the generated schema: objects key by key, {@code required} as the
   * union of both; a key under {@code $defs} or {@code properties} that the generated schema
   * lacks is an error, as is a value that would replace a generated one.
   */
  private static void merge(ObjectNode target, JsonNode overlay, String path) {
    for (Map.Entry<String, JsonNode> e : overlay.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      JsonNode existing = target.get(key);
      String at = path + "/" + key;
      if (existing == null) {
        if (path.endsWith("/$defs") || path.endsWith("/properties")) {
          throw new IllegalStateException("the overlay names " + at
              + ", which no codec declares");
        }
        target.set(key, value);
      } else if (existing.isObject() && value.isObject()) {
        merge(path.endsWith("/properties") ? present((ObjectNode) existing) : (ObjectNode) existing,
            value, at);
      } else if (key.equals("required") && existing.isArray()) {
        for (JsonNode name : value) {
          if (!contains((ArrayNode) existing, name.asString())) {
            ((ArrayNode) existing).add(name);
          }
        }
      } else if (!existing.equals(value)) {
        throw new IllegalStateException("the overlay would replace " + at + ", which the"
            + " declarations state as " + existing);
      }
    }
  }

  /**
   * @return the schema of a property's value when present: where {@code null} may stand for it,
   *     the first branch of its {@code anyOf}
   */
  private static ObjectNode present(ObjectNode property) {
    return nullable(property) ? (ObjectNode) property.get("anyOf").get(0) : property;
  }

  private static boolean nullable(JsonNode property) {
    JsonNode anyOf = property.path("anyOf");
    return anyOf.size() == 2 && anyOf.get(1).path("$ref").asString("").equals("#/$defs/" + ABSENT);
  }

  /**
   * A property the overlay makes required, such as an exercise's hosts, may not be {@code null}:
   * the reader takes {@code null} as absent.
   */
  private static void notNullWhereRequired(JsonNode def) {
    for (JsonNode name : def.path("required")) {
      JsonNode property = def.path("properties").path(name.asString());
      if (nullable(property)) {
        ObjectNode p = (ObjectNode) property;
        ObjectNode present = present(p);
        p.remove("anyOf");
        p.setAll(present);
      }
    }
  }

  private static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
