package dev.sitrep.stix;

import dev.sitrep.core.extension.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sitrep's STIX 2.1 extension-definition (section 7.3): the property extension under which every
 * STIX object sitrep writes carries the sitrep value it was made from, as sitrep's own JSON, so
 * that reading the bundle back gives an equal dossier. Its id, and the id of the identity that
 * defines it (sitrep), are fixed.
 *
 * <pre>{@code
 * "extensions": {
 *   "extension-definition--…": {             // SitrepExtension.ID
 *     "extension_type": "property-extension",
 *     "actor": {"type": "state", "id": "state/blr", "name": "Belarus", …}
 *   }
 * }
 * }</pre>
 *
 * <p>The member beside {@code extension_type} says what the value is: {@code source}, {@code
 * actor}, {@code thing}, {@code relation}, {@code event}, {@code prisoner}, {@code statistic} or
 * {@code dossier} (its title and schema version), each in sitrep's wire format; or {@code
 * derived_from}, the id of the sitrep value that an object (a state's location, an event's link,
 * an attribution's opinion) was derived from, and is derived from again on every export.
 */
public final class SitrepExtension {
  /** The id of the extension-definition, and the key in every object's {@code extensions}. */
  public static final String ID = StixIds.of("extension-definition", "sitrep/extension");

  /** The id of the identity that defines the extension and writes sitrep's objects: sitrep. */
  public static final String IDENTITY = StixIds.of("identity", "sitrep/identity");

  /** The extension's version: that of the dossier format it carries. */
  public static final String VERSION = "1";

  /** Where the values it carries are defined: sitrep's JSON Schema. */
  public static final String SCHEMA = "https://sitrep.dev/schema/sitrep.schema.json";

  /** When the definition and sitrep's identity were made; they never change. */
  static final String CREATED = "2025-10-01T00:00:00.000Z";

  /** The member that names the value an object was derived from. */
  static final String DERIVED_FROM = "derived_from";

  /** The member that holds a dossier's own properties, on its grouping. */
  static final String DOSSIER = "dossier";

  private SitrepExtension() {}

  /** @return sitrep's identity object */
  static Map<String, JsonValue> identity() {
    Map<String, JsonValue> o = new LinkedHashMap<>();
    o.put("type", JsonValue.of("identity"));
    o.put("spec_version", JsonValue.of("2.1"));
    o.put("id", JsonValue.of(IDENTITY));
    o.put("created", JsonValue.of(CREATED));
    o.put("modified", JsonValue.of(CREATED));
    o.put("name", JsonValue.of("sitrep"));
    o.put("description", JsonValue.of("sitrep, immutable validated types for security reporting"
        + " (https://sitrep.dev): the tool that wrote these objects."));
    o.put("identity_class", JsonValue.of("system"));
    return o;
  }

  /** @return the extension-definition object */
  static Map<String, JsonValue> definition() {
    Map<String, JsonValue> o = new LinkedHashMap<>();
    o.put("type", JsonValue.of("extension-definition"));
    o.put("spec_version", JsonValue.of("2.1"));
    o.put("id", JsonValue.of(ID));
    o.put("created_by_ref", JsonValue.of(IDENTITY));
    o.put("created", JsonValue.of(CREATED));
    o.put("modified", JsonValue.of(CREATED));
    o.put("name", JsonValue.of("sitrep"));
    o.put("description", JsonValue.of("The sitrep value each object was made from, in sitrep's"
        + " JSON wire format, under one member that names its kind (source, actor, thing,"
        + " relation, event, prisoner, statistic, dossier), or derived_from: the id of the sitrep"
        + " value an object was derived from. What STIX cannot hold (time precision, uncertain"
        + " counts and their phrases, claims and what supersedes them, exercise strengths, status"
        + " histories) is there."));
    o.put("schema", JsonValue.of(SCHEMA));
    o.put("version", JsonValue.of(VERSION));
    o.put("extension_types", JsonValue.array(List.of(JsonValue.of("property-extension"))));
    return o;
  }
}
