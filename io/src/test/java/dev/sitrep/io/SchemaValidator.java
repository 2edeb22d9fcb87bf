package dev.sitrep.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON text against one entry of sitrep's JSON Schema, {@code sitrep.schema.json}, as
 * shipped in the io jar. The schema is read from the class path once; nothing is fetched over the
 * network (the schema's {@code $id} is served from memory, the 2020-12 meta-schema from the
 * validator's own jar). Patterns, {@code additionalProperties}, {@code const}, {@code enum} and
 * {@code format} are all asserted.
 *
 * <pre>{@code
 * SchemaValidator.assertValid("uncertain-count", json.write(UncertainCount.atLeast(19)));
 * }</pre>
 */
public final class SchemaValidator {
  /** The schema's {@code $id}. */
  public static final String SCHEMA_ID = "https://sitrep.dev/schema/sitrep.schema.json";

  /** Where the schema lies on the class path. */
  public static final String RESOURCE = "/META-INF/sitrep/sitrep.schema.json";

  private static final String META_SCHEMAS = "https://json-schema.org/";

  private static final String TEXT = load();
  private static final Set<String> DEF_NAMES = defNames(TEXT);
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      registry -> registry
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .formatAssertionsEnabled(true)
              .failFast(false)
              .pathType(PathType.JSON_PATH)
              .build())
          .schemaLoader(loader -> loader
              .fetchRemoteResources(false)
              .allow(iri -> iri.toString().startsWith(SCHEMA_ID)
                  || iri.toString().startsWith(META_SCHEMAS))
              .resourceLoaders(resources -> resources.resources(Map.of(SCHEMA_ID, TEXT)))));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidator() {}

  /** @return the names of the schema's {@code $defs}, sorted */
  public static Set<String> defNames() {
    return DEF_NAMES;
  }

  /** @return the schema's JSON text, as shipped */
  public static String schemaText() {
    return TEXT;
  }

  /**
   * @param defName the name of a {@code $defs} entry, such as {@code actor} or {@code time-point}
   * @param json JSON text
   * @return the validation errors of {@code json} against {@code #/$defs/<defName>}, each with the
   *     JSON path of the offending value (such as {@code $.size.lower}); empty when it is valid
   * @throws IllegalArgumentException if the schema has no such entry
   */
  public static List<String> errors(String defName, String json) {
    List<Error> errors = schema(defName).validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Fails with every error message unless {@code json} is valid against
   * {@code #/$defs/<defName>}.
   *
   * @param defName the name of a {@code $defs} entry
   * @param json JSON text
   * @throws AssertionError listing the errors, if there are any
   */
  public static void assertValid(String defName, String json) {
    List<String> errors = errors(defName, json);
    if (!errors.isEmpty()) {
      throw new AssertionError("not a valid " + defName + " by sitrep.schema.json:\n  "
          + String.join("\n  ", errors) + "\nin: " + json);
    }
  }

  /**
   * @param json JSON text
   * @return the validation errors of {@code json} against the schema's root, which validates a
   *     whole document: a dossier; empty when it is valid
   */
  public static List<String> documentErrors(String json) {
    Schema root = SCHEMAS.computeIfAbsent("#", k -> {
      Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID));
      schema.initializeValidators();
      return schema;
    });
    return root.validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param json a JSON Schema document
   * @return the errors of {@code json} against the JSON Schema 2020-12 meta-schema
   */
  public static List<String> metaSchemaErrors(String json) {
    Schema meta = SCHEMAS.computeIfAbsent("", k -> REGISTRY.getSchema(
        SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId())));
    return meta.validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toUnmodifiableList());
  }

  private static Schema schema(String defName) {
    if (!DEF_NAMES.contains(defName)) {
      throw new IllegalArgumentException(
          "sitrep.schema.json has no $defs entry '" + defName + "'; it has " + DEF_NAMES);
    }
    return SCHEMAS.computeIfAbsent(defName, name -> {
      Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + name));
      schema.initializeValidators();
      return schema;
    });
  }

  private static String load() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> defNames(String text) {
    JsonNode defs = JsonMapper.shared().readTree(text).path("$defs");
    Set<String> names = new TreeSet<>();
    defs.propertyNames().forEach(names::add);
    return java.util.Collections.unmodifiableSet(names);
  }
}
