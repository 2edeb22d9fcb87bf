package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test support: the objects of a bundle, their validation, and the article's dossier. */
final class Bundles {
  static final JsonMapper MAPPER = JsonMapper.shared();

  /** The types the OASIS bundle schema lists as STIX objects; any other it takes for custom. */
  private static final java.util.Set<String> BUNDLE_TYPES = java.util.Set.of("attack-pattern",
      "campaign", "course-of-action", "identity", "indicator", "infrastructure", "intrusion-set",
      "malware", "malware-analysis", "observed-data", "relationship", "report", "sighting",
      "threat-actor", "tool", "vulnerability", "marking-definition", "language-content");

  private Bundles() {}

  /** @return the bundle's objects */
  static List<JsonNode> objects(String bundle) {
    List<JsonNode> objects = new ArrayList<>();
    MAPPER.readTree(bundle).path("objects").forEach(objects::add);
    return objects;
  }

  /** @return the bundle's objects, or the document itself if it is one object, not a bundle */
  static List<JsonNode> objectsOrSelf(String document) {
    JsonNode root = MAPPER.readTree(document);
    return root.path("type").asString().equals("bundle") || root.has("objects")
        ? objects(document) : List.of(root);
  }

  /**
   * Fails unless each object is valid by the OASIS schema of its type, and the bundle by the
   * bundle schema. The bundle schema lists STIX 2.0's types and treats any other as a custom
   * object, which both its "core" and "cyber-observable core" alternatives accept, so that its
   * {@code oneOf} refuses every object of a type 2.1 added (grouping, location, note, opinion,
   * incident, extension-definition) whatever it holds; the bundle is therefore validated with the
   * objects of the types it lists, and every object by the schema of its own type.
   */
  static void assertValid(String bundle) {
    tools.jackson.databind.node.ObjectNode envelope =
        (tools.jackson.databind.node.ObjectNode) MAPPER.readTree(bundle);
    tools.jackson.databind.node.ArrayNode listed = envelope.putArray("objects");
    for (JsonNode o : objects(bundle)) {
      if (BUNDLE_TYPES.contains(o.path("type").asString())) {
        listed.add(o);
      }
    }
    List<String> errors = new ArrayList<>(
        OasisSchemas.errors("common/bundle.json", envelope.toString()));
    for (JsonNode o : objects(bundle)) {
      String type = o.path("type").asString();
      for (String e : OasisSchemas.errors(OasisSchemas.schemaFor(type), o.toString())) {
        errors.add(o.path("id").asString() + " by " + OasisSchemas.schemaFor(type) + ": " + e);
      }
    }
    assertThat(errors).as("errors against the OASIS STIX 2.1 schemas").isEmpty();
  }

  /**
   * @return the article's dossier, read from the examples' golden file (the examples module
   *     depends on this one, so its classes are not on this module's class path)
   */
  static Dossier article() {
    try {
      String json = Files.readString(
          Path.of("../examples/src/test/resources/zapad-2025.json"), StandardCharsets.UTF_8);
      return SitrepJson.defaults().read(json, Dossier.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
