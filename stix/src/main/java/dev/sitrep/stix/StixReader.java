package dev.sitrep.stix;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.io.ReadLimits;
import dev.sitrep.io.ReadResult;
import dev.sitrep.io.SitrepJson;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a STIX 2.1 bundle one object at a time, in flat memory however many objects it holds:
 * each object is read, turned into a sitrep value and let go before the next is read. Made by
 * {@link StixImport#reader(java.io.InputStream)}; close it when done.
 *
 * <pre>{@code
 * try (StixReader stix = StixImport.defaults().reader(in)) {
 *   while (stix.hasNext()) {
 *     Entity value = stix.next();   // a Source, an Actor, … or an Unrecognized… kept as it was
 *   }
 *   stix.report();                  // what was read, mapped, kept and dropped, and why
 * }
 * }</pre>
 *
 * <p>An object sitrep wrote gives back its value from the {@linkplain SitrepExtension sitrep
 * extension}; an object derived from a value (a state's location, an opinion) and sitrep's own
 * identity and extension-definition are dropped, as export writes them again. An object of
 * another tool is {@linkplain ForeignObjects mapped or kept}. A relationship of another tool
 * between identities or locations is given with the sitrep ids of those objects as if another
 * tool had made them; {@link StixImport#read(java.io.InputStream)} resolves them within the
 * dossier. Each object is held to the {@link ReadLimits}, its document length among them.
 * Malformed input, a value of the wrong kind, or input beyond the limits is an
 * {@link InvalidDataException} with the JSON path of the offending value.
 */
public final class StixReader implements Iterator<Entity>, AutoCloseable {
  private static final JsonFactory WRITER = new JsonFactory();
  private static final Map<String, Class<?>> FAMILIES = families();

  /** One object read: the value it became, or null when it was dropped. */
  record Item(String stixId, String stixType, Entity entity, Entity fallback,
      ImportReport.Outcome outcome, String reason, Optional<String> modified) {}

  private final JsonParser p;
  private final SitrepJson json;
  private final ReadLimits limits;
  private final ImportReport report;
  private final boolean reportValues;
  private String bundleType;
  private final Map<String, JsonValue> top = new LinkedHashMap<>();
  private boolean single;
  private boolean seenObjects;
  private int index = -1;
  private boolean inObjects;
  private boolean done;
  private Item next;
  private Dossier header;

  StixReader(JsonParser p, SitrepJson json, ReadLimits limits, ImportReport report,
      boolean reportValues) {
    this.p = p;
    this.json = json;
    this.limits = limits;
    this.report = report;
    this.reportValues = reportValues;
    guard(() -> {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw at("$", "must be a STIX bundle, a JSON object, found "
            + (t == null ? "empty input" : describe(t)));
      }
      return null;
    });
  }

  /** @return whether another value is to come */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      Item item = guard(this::readItem);
      if (item == null) {
        done = true;
      } else if (item.entity() == null) {
        report.add(entry(item));
      } else {
        if (reportValues) {
          report.add(entry(item));
        }
        next = item;
      }
    }
    return next != null;
  }

  /** @return the next value: read, mapped or kept as it was */
  @Override
  public Entity next() {
    return nextItem().entity();
  }

  Item nextItem() {
    if (!hasNext()) {
      throw new NoSuchElementException("the bundle has no more objects");
    }
    Item item = next;
    next = null;
    return item;
  }

  /** @return what was read so far: all of the bundle once {@link #hasNext()} is false */
  public ImportReport report() {
    return report;
  }

  /** @return the dossier's title and schema version, once its grouping has been read */
  Optional<Dossier> header() {
    return Optional.ofNullable(header);
  }

  /** Closes the parser; not the stream, which the caller closes. */
  @Override
  public void close() {
    try {
      p.close();
    } catch (JacksonException ignored) {
      // the first error is the one that matters
    }
  }

  static ImportReport.Entry entry(Item item) {
    return new ImportReport.Entry(item.stixId(), item.stixType(), item.outcome(),
        Optional.ofNullable(item.entity()).map(e -> e.id().value()), item.reason());
  }

  // ---------------------------------------------------------------- the bundle

  /**
   * @return the next object's item, or null at the end of the bundle. A document that is one
   *     STIX object rather than a bundle (its {@code type} is not {@code bundle}) is read as a
   *     bundle of that one object.
   */
  private Item readItem() {
    while (true) {
      if (single) {
        return null;
      }
      if (inObjects) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          inObjects = false;
          continue;
        }
        index++;
        return object("$.objects[" + index + "]");
      }
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        if (!"bundle".equals(bundleType)) {
          throw at("$.type", "must be present: a bundle has type 'bundle'");
        }
        String id = JsonTrees.string(top, "id").orElse("");
        if (!StixIds.isStixId(id) || !id.startsWith("bundle--")) {
          throw at("$.id", "must be a bundle's id, 'bundle--' and a UUID, was '" + id + "'");
        }
        top.keySet().stream().filter(k -> !k.equals("id")).forEach(k ->
            report.note("$." + k + ": not a property of a STIX 2.1 bundle; skipped"));
        requireEnd();
        return null;
      }
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("type")) {
        bundleType = requireString(value, "$.type");
        if (!bundleType.equals("bundle")) {
          if (seenObjects) {
            throw at("$.type", "must be 'bundle', was '" + bundleType + "'");
          }
          single = true;
          Map<String, JsonValue> o = new LinkedHashMap<>();
          o.put("type", JsonValue.of(bundleType));
          o.putAll(top);
          byte[] extensions = o.get("extensions") == null ? null : bytes(o.get("extensions"));
          index = 0;
          Item item = members("$", o, extensions, 0L);
          requireEnd();
          return item;
        }
      } else if (name.equals("objects")) {
        if (value != JsonToken.START_ARRAY) {
          throw at("$.objects", "must be an array of STIX objects, found " + describe(value));
        }
        inObjects = true;
        seenObjects = true;
      } else {
        top.put(name, JsonTrees.read(p, "$." + name,
            within("$." + name, offset(p.currentTokenLocation()))));
      }
    }
  }

  private void requireEnd() {
    if (p.nextToken() != null) {
      throw at("$", "must be the end of the input, found trailing data");
    }
  }

  private static byte[] bytes(JsonValue value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = WRITER.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonTrees.write(g, value);
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- one object

  private Item object(String path) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw at(path, "must be a STIX object, a JSON object, found " + describe(p.currentToken()));
    }
    return members(path, new LinkedHashMap<>(), null, offset(p.currentTokenLocation()));
  }

  /** Reads the rest of an object's members into {@code o}, then what it becomes. */
  private Item members(String path, Map<String, JsonValue> o, byte[] extensionsSoFar,
      long start) {
    boolean dossier = false;
    byte[] extensions = extensionsSoFar;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (dossier && name.equals("object_refs")) {
        p.skipChildren(); // a dossier's grouping lists every value: the values themselves tell
      } else {
        JsonValue v;
        if (name.equals("extensions")) {
          extensions = JsonTrees.raw(p, within(path, start));
          try (JsonParser again = WRITER.createParser(
              tools.jackson.core.ObjectReadContext.empty(), extensions)) {
            again.nextToken();
            v = JsonTrees.read(again, path + "." + name, () -> { }); // bounded as it was copied
          }
        } else {
          v = JsonTrees.read(p, path + "." + name, within(path, start));
        }
        o.put(name, v);
        if (name.equals("extensions") && sitrepMember(v).filter(SitrepExtension.DOSSIER::equals)
            .isPresent()) {
          dossier = true;
        }
      }
      within(path, start).run();
    }
    String type = JsonTrees.string(o, "type").orElseThrow(() ->
        at(path + ".type", "must be a string, the object's STIX type"));
    String id = JsonTrees.string(o, "id").orElseThrow(() ->
        at(path + ".id", "must be a string, the object's STIX id"));
    if (!StixIds.isStixId(id) || !StixIds.typeOf(id).equals(type)) {
      throw at(path + ".id", "must be '" + type + "--' and a UUID, was '" + id + "'");
    }
    if (id.equals(SitrepExtension.ID) || id.equals(SitrepExtension.IDENTITY)) {
      return new Item(id, type, null, null, ImportReport.Outcome.DROPPED,
          "sitrep's own, written again on export", Optional.empty());
    }
    Optional<Map<String, JsonValue>> ours = JsonTrees.object(o, "extensions")
        .flatMap(x -> JsonTrees.object(x, SitrepExtension.ID));
    if (ours.isEmpty()) {
      return ForeignObjects.map(type, id, o);
    }
    String extPath = path + ".extensions['" + SitrepExtension.ID + "']";
    Map<String, JsonValue> ext = ours.get();
    Optional<String> derived = JsonTrees.string(ext, SitrepExtension.DERIVED_FROM);
    if (derived.isPresent()) {
      return new Item(id, type, null, null, ImportReport.Outcome.DROPPED,
          "derived from sitrep value " + derived.get() + ", and derived again on export",
          Optional.empty());
    }
    String member = sitrepMember(JsonValue.object(Map.of(SitrepExtension.ID,
        JsonValue.object(ext)))).orElseThrow(() -> at(extPath, "must hold one of "
            + FAMILIES.keySet() + ", " + SitrepExtension.DOSSIER + " or "
            + SitrepExtension.DERIVED_FROM));
    Object value = readSitrep(member(extensions, member), member, extPath + "." + member);
    if (value instanceof Dossier d) {
      header = d;
      return new Item(id, type, null, null, ImportReport.Outcome.DROPPED,
          "the dossier's grouping: its title and schema version are read, its references are"
              + " the values themselves", Optional.empty());
    }
    return new Item(id, type, (Entity) value, null, ImportReport.Outcome.READ,
        "read from the sitrep extension", ForeignObjects.modified(o));
  }

  /** @return the member of the sitrep extension that names what it holds, if any */
  private static Optional<String> sitrepMember(JsonValue extensions) {
    if (!(extensions instanceof JsonValue.JsonObject x)
        || !(x.members().get(SitrepExtension.ID) instanceof JsonValue.JsonObject ours)) {
      return Optional.empty();
    }
    for (String name : ours.members().keySet()) {
      if (FAMILIES.containsKey(name) || name.equals(SitrepExtension.DOSSIER)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a sitrep value with sitrep's own codec, placing its errors within the bundle. A value
   * of a family is read as the one element of that list of a dossier, so that a value of a kind
   * this sitrep does not know, written by a newer one, is kept as it is (as a lenient read keeps
   * array elements of unknown type).
   */
  private Object readSitrep(byte[] value, String member, String path) {
    String list = LISTS.get(member);
    String text = new String(value, StandardCharsets.UTF_8);
    String wrapped = list == null ? text : "{\"schema_version\":\"" + Dossier.SCHEMA_VERSION
        + "\",\"" + list + "\":[" + text + "]}";
    String prefix = list == null ? "$" : "$." + list + "[0]";
    try {
      ReadResult<Dossier> result = json.readWithReport(wrapped, Dossier.class);
      result.skipped().forEach(s -> report.note(path + ": " + s.replace(prefix, "")));
      Dossier d = result.value();
      if (list != null && d.entities().isEmpty()) { // skipped: an unknown type with no id
        throw new InvalidDataException(prefix, "must be a sitrep value that can be kept: "
            + String.join("; ", result.skipped()).replace(prefix + ": ", ""));
      }
      return list == null ? d : d.entities().get(0);
    } catch (InvalidDataException e) {
      String inner = e.path().startsWith(prefix) ? e.path().substring(prefix.length())
          : e.path().startsWith("$") ? e.path().substring(1) : "." + e.path();
      throw new InvalidDataException(path + inner, e.rule());
    }
  }

  /** @return the raw text of the sitrep extension's {@code member}, in an object's extensions */
  private static byte[] member(byte[] extensions, String member) {
    try (JsonParser x = WRITER.createParser(tools.jackson.core.ObjectReadContext.empty(),
        extensions)) {
      x.nextToken();
      while (x.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = x.currentName();
        x.nextToken();
        if (!name.equals(SitrepExtension.ID)) {
          x.skipChildren();
          continue;
        }
        while (x.nextToken() == JsonToken.PROPERTY_NAME) {
          String inner = x.currentName();
          x.nextToken();
          if (inner.equals(member)) {
            return JsonTrees.raw(x, () -> { }); // of extensions read within the limits
          }
          x.skipChildren();
        }
      }
    }
    throw new IllegalStateException("the sitrep extension has no member " + member);
  }

  // ---------------------------------------------------------------- errors

  private interface Step<T> {
    T run();
  }

  /**
   * Runs a step, making Jackson's errors sitrep's, with the path and the line and column; a
   * failure to read the input is an {@link UncheckedIOException}.
   */
  private <T> T guard(Step<T> step) {
    try {
      return step.run();
    } catch (JacksonIOException e) { // the input failed, not its data
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      String path = index < 0 ? "$" : "$.objects[" + index + "]";
      throw InvalidDataException.inJson(path,
          "must be well-formed JSON within the read limits: " + e.getOriginalMessage(),
          Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), e);
    }
  }

  private InvalidDataException at(String path, String rule) {
    TokenStreamLocation l = p.currentTokenLocation();
    return InvalidDataException.inJson(path, rule, Math.max(1, l.getLineNr()),
        Math.max(1, l.getColumnNr()), null);
  }

  private String requireString(JsonToken t, String path) {
    if (t != JsonToken.VALUE_STRING) {
      throw at(path, "must be a string, found " + describe(t));
    }
    return p.getString();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  /**
   * @return a check that the value at {@code path}, which starts at byte {@code start}, is not
   *     yet longer than the read limit for one object
   */
  private Runnable within(String path, long start) {
    return () -> {
      long length = offset(p.currentLocation()) - start;
      if (length > limits.maxDocumentLength()) {
        throw at(path, "must be at most " + limits.maxDocumentLength()
            + " bytes long (the read limit for one object), found " + length + " so far");
      }
    };
  }

  private static long offset(TokenStreamLocation l) {
    return Math.max(l.getByteOffset(), l.getCharOffset());
  }

  /** The list of a dossier that holds values of each member of the sitrep extension. */
  private static final Map<String, String> LISTS = Map.of("source", "sources", "actor", "actors",
      "thing", "things", "relation", "relations", "event", "events", "prisoner", "prisoners",
      "statistic", "statistics");

  private static Map<String, Class<?>> families() {
    Map<String, Class<?>> f = new LinkedHashMap<>();
    f.put("source", Source.class);
    f.put("actor", Actor.class);
    f.put("thing", Thing.class);
    f.put("relation", Relation.class);
    f.put("event", Event.class);
    f.put("prisoner", PoliticalPrisoner.class);
    f.put("statistic", Statistic.class);
    return f;
  }
}
