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

  private Bundles() {}

  /** @return the bundle's objects */
  static List<JsonNode> objects(String bundle) {
    List<JsonNode> objects = new ArrayList<>();
    MAPPER.readTree(bundle).path("objects").forEach(objects::add);
    return objects;
  }

  /**
   * Fails unless the bundle is valid by the OASIS bundle schema and each object by the schema of
   * its type.
   */
  static void assertValid(String bundle) {
    List<String> errors = new ArrayList<>(OasisSchemas.errors("common/bundle.json", bundle));
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
