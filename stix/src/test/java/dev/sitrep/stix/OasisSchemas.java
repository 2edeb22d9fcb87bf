package dev.sitrep.stix;

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
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates STIX objects and bundles against the OASIS STIX 2.1 JSON schemas, vendored in test
 * resources ({@code oasis-stix2-json-schemas/NOTICE.md}). Every schema's {@code $id} is served
 * from those files; nothing is fetched over the network. An object is validated against the
 * schema of its type (an SDO, SRO, observable, or a common object such as the
 * extension-definition), a type without one against the schema common to all objects.
 */
final class OasisSchemas {
  static final String ROOT = "oasis-stix2-json-schemas";
  static final String ID_BASE =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
  private static final Map<String, String> FILES = load();
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
              .allow(iri -> iri.toString().startsWith(ID_BASE)
                  || iri.toString().startsWith("https://json-schema.org/"))
              .resourceLoaders(resources -> resources.resources(FILES))));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private OasisSchemas() {}

  /** @return the schema file (relative to {@code schemas/}) for objects of a STIX type */
  static String schemaFor(String stixType) {
    for (String dir : List.of("sdos/", "sros/", "common/", "observables/")) {
      if (FILES.containsKey(ID_BASE + dir + stixType + ".json") && !stixType.equals("core")
          && !stixType.equals("bundle")) {
        return dir + stixType + ".json";
      }
    }
    return "common/core.json";
  }

  /** @return the errors of {@code json} against {@code schemas/<file>}; empty when valid */
  static List<String> errors(String file, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(file, f -> {
      Schema s = REGISTRY.getSchema(SchemaLocation.of(ID_BASE + f));
      s.initializeValidators();
      return s;
    });
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString)
        .collect(Collectors.toUnmodifiableList());
  }

  /** @return how many schema files there are */
  static int size() {
    return FILES.size();
  }

  private static Map<String, String> load() {
    try {
      URL root = OasisSchemas.class.getResource("/" + ROOT + "/schemas");
      Path dir = Path.of(root.toURI());
      Map<String, String> files = new HashMap<>();
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.filter(Files::isRegularFile).collect(Collectors.toList())) {
          String rel = dir.relativize(p).toString().replace('\\', '/');
          files.put(ID_BASE + rel, linear(Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The schemas' patterns for type names, {@code ^([a-z][a-z0-9]*)+(-[a-z0-9]+)*…}, backtrack
   * exponentially in Java's regular expressions on a long name (an extension-definition's id
   * takes hours). {@code ([a-z][a-z0-9]*)+} matches exactly what {@code [a-z][a-z0-9]*} matches
   * (one or more runs of a letter and letters or digits are a letter and letters or digits), so
   * the group is replaced by the latter: the same language, matched in linear time. The files on
   * disk are unchanged.
   */
  static String linear(String schema) {
    return schema.replace("([a-z][a-z0-9]*)+", "[a-z][a-z0-9]*");
  }

  /** @return a vendored file's text, by its path under the vendored root */
  static String resource(String path) {
    try (InputStream in = OasisSchemas.class.getResourceAsStream("/" + ROOT + "/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no vendored file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
