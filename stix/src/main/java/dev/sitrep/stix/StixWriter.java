package dev.sitrep.stix;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Aircraft;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.time.Period;
import dev.sitrep.io.SitrepJson;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a STIX 2.1 bundle object by object, as sitrep values are given to it: memory stays flat
 * however many there are, as only the object being written is held. Made by
 * {@link StixExport#writer(java.io.OutputStream)}; {@link StixExport#write(Dossier,
 * java.io.OutputStream)} uses one for a whole dossier.
 *
 * <pre>{@code
 * try (StixWriter stix = StixExport.defaults().writer(out)) {
 *   stix.write(source);
 *   stix.write(belarus);   // an identity, a location with country "BY", and "located-at"
 * }
 * }</pre>
 *
 * <p>Each value becomes the STIX object closest to it, which carries the value itself in the
 * {@linkplain SitrepExtension sitrep extension}, and the objects derived from it (a state's
 * location, an event's links and attributions). A reference becomes the STIX id of the object it
 * refers to; a writer made for a dossier looks the target up in it, one made alone assumes the
 * target was written by sitrep from the same id, and writes an event's links only for a dossier,
 * where it knows the STIX type of the event linked to.
 */
public final class StixWriter implements AutoCloseable {
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final SitrepJson JSON = SitrepJson.defaults();
  /** The property of a value imported from STIX that keeps what sitrep did not map. */
  static final String X_STIX = "x_stix";
  /** The property of an unrecognized value imported from STIX that keeps the STIX id. */
  static final String X_STIX_ID = "x_stix_id";
  /** The prefix of an unrecognized value's type that keeps a STIX object of that type. */
  static final String STIX_TYPE_PREFIX = "stix-";

  private final JsonGenerator g;
  private final String stamp;
  private final Function<EntityId, Optional<Entity>> lookup;
  private final Map<EntityId, List<String>> attributed;
  private boolean closed;

  StixWriter(JsonGenerator g, String bundleName, Instant timestamp,
      Function<EntityId, Optional<Entity>> lookup, Map<EntityId, List<String>> attributed) {
    this.g = g;
    this.stamp = stamp(timestamp).orElseThrow(() -> new IllegalArgumentException(
        "timestamp must be within the years 0000 to 9999, was " + timestamp));
    this.lookup = lookup;
    this.attributed = attributed;
    g.writeStartObject();
    g.writeStringProperty("type", "bundle");
    g.writeStringProperty("id", StixIds.of("bundle", bundleName + "#" + stamp));
    g.writeName("objects");
    g.writeStartArray();
    emit(SitrepExtension.identity());
    emit(SitrepExtension.definition());
  }

  /**
   * Writes {@code entity} as the STIX objects closest to it.
   *
   * @param entity a source, actor, thing, relation, event, political prisoner or statistic
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void write(Entity entity) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (entity instanceof Unrecognized u && u.properties().containsKey(X_STIX_ID)
        && u.type().startsWith(STIX_TYPE_PREFIX)) {
      emit(writeBack(u));
      return;
    }
    if (entity instanceof Source s) {
      source(s);
    } else if (entity instanceof Actor a) {
      actor(a);
    } else if (entity instanceof Thing t) {
      thing(t);
    } else if (entity instanceof Relation r) {
      relation(r);
    } else if (entity instanceof Event e) {
      event(e);
    } else if (entity instanceof PoliticalPrisoner p) {
      prisoner(p);
    } else if (entity instanceof Statistic s) {
      statistic(s);
    } else {
      throw new IllegalArgumentException("sitrep has no STIX mapping for " + entity.getClass());
    }
  }

  /** Writes the dossier's grouping: its title and schema version, and every value's object. */
  void dossier(Dossier d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", JsonValue.of("grouping"));
    o.put("spec_version", JsonValue.of("2.1"));
    o.put("id", JsonValue.of(StixIds.of("grouping", "dossier#" + d.title().orElse(""))));
    o.put("created_by_ref", JsonValue.of(SitrepExtension.IDENTITY));
    o.put("created", JsonValue.of(stamp));
    o.put("modified", JsonValue.of(stamp));
    d.title().ifPresent(t -> o.put("name", JsonValue.of(t)));
    o.put("description", JsonValue.of("A sitrep dossier: " + d.sources().size() + " sources, "
        + d.actors().size() + " actors, " + d.things().size() + " things, "
        + d.relations().size() + " relations, " + d.events().size() + " events, "
        + d.prisoners().size() + " political prisoners, " + d.statistics().size()
        + " statistics."));
    o.put("context", JsonValue.of("unspecified"));
    Dossier header = Dossier.builder().schemaVersion(d.schemaVersion()).title(d.title()).build();
    o.put("extensions", extension(SitrepExtension.DOSSIER, sitrep(header), Map.of()));
    List<JsonValue> refs = new ArrayList<>();
    for (Entity e : d.entities()) {
      refs.add(JsonValue.of(primaryId(e)));
    }
    if (refs.isEmpty()) {
      refs.add(JsonValue.of(SitrepExtension.IDENTITY));
    }
    o.put("object_refs", JsonValue.array(refs));
    emit(o);
  }

  /**
   * Ends the bundle and flushes; does not close the stream the writer was made on.
   *
   * @throws UncheckedIOException if writing to the stream fails
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
      } catch (JacksonIOException e) {
        throw new UncheckedIOException(e.getCause());
      }
    }
  }

  // ---------------------------------------------------------------- the values

  private void source(Source s) {
    Map<String, JsonValue> kept = kept(s, "report");
    Map<String, Object> o = common("report", primaryId(s), kept);
    o.put("name", JsonValue.of(s.title().or(s::publisher).orElse(s.id().value())));
    o.put("report_types", JsonValue.array(List.of(JsonValue.of(s.kind().code()))));
    o.put("published", JsonValue.of(
        s.published().flatMap(p -> stamp(p.earliest())).orElse(stamp)));
    List<JsonValue> refs = new ArrayList<>();
    attributed.getOrDefault(s.id(), List.of()).forEach(r -> refs.add(JsonValue.of(r)));
    if (refs.isEmpty()) {
      refs.add(JsonValue.of(SitrepExtension.IDENTITY));
    }
    o.put("object_refs", JsonValue.array(refs));
    List<JsonValue> references = new ArrayList<>();
    references.add(sitrepReference(s.id()));
    s.url().ifPresent(url -> {
      Map<String, JsonValue> r = new LinkedHashMap<>();
      r.put("source_name", JsonValue.of(s.publisher().orElse("source")));
      s.title().ifPresent(t -> r.put("description", JsonValue.of(t)));
      r.put("url", JsonValue.of(url));
      references.add(JsonValue.object(r));
    });
    o.put("external_references", JsonValue.array(references));
    finish(o, kept, "source", s);
  }

  private void actor(Actor a) {
    Map<String, JsonValue> kept = kept(a, "identity");
    Map<String, Object> o = common("identity", primaryId(a), kept);
    o.put("name", JsonValue.of(a.name()));
    String identityClass = a instanceof Person ? "individual"
        : a instanceof Organization || a instanceof State ? "organization"
        : a instanceof Collective ? "group" : "unknown";
    o.put("identity_class", JsonValue.of(identityClass));
    if (a instanceof State) {
      o.put("sectors", JsonValue.array(List.of(JsonValue.of("government-national"))));
    }
    o.put("external_references", references(a.id(), a.externalIds()));
    finish(o, kept, "actor", a);
    if (a instanceof State s) {
      Map<String, JsonValue> locationKept = kept(s, "location");
      String locationId = derivedId(s, "location", "#location");
      Map<String, Object> location = common("location", locationId, locationKept);
      location.put("name", JsonValue.of(s.name()));
      location.put("country", JsonValue.of(s.alpha2()));
      derived(location, locationKept, s.id());
      relationship(s.id(), "#located-at", "located-at", primaryId(s), locationId, Optional.empty(),
          Optional.empty());
    }
  }

  private void thing(Thing t) {
    Map<String, JsonValue> kept = kept(t, "infrastructure");
    Map<String, Object> o = common("infrastructure", primaryId(t), kept);
    String name;
    String description;
    if (t instanceof Vessel v) {
      name = v.name();
      description = "a vessel" + v.kind().map(k -> ", " + k.code()).orElse("");
    } else if (t instanceof Aircraft c) {
      name = c.model() + c.registration().map(r -> " " + r).orElse("");
      description = "an aircraft";
    } else if (t instanceof Infrastructure i) {
      name = i.name().orElse(i.kind().code());
      description = "infrastructure, " + i.kind().code();
    } else {
      name = ((Unrecognized) t).type();
      description = "a thing of a kind sitrep does not know";
    }
    o.put("name", JsonValue.of(name));
    o.put("description", JsonValue.of(description));
    o.put("infrastructure_types", JsonValue.array(List.of(JsonValue.of("unknown"))));
    o.put("external_references", references(t.id(), t.externalIds()));
    finish(o, kept, "thing", t);
  }

  private void relation(Relation r) {
    if (r instanceof Unrecognized u) {
      note(r, "relation", "a relation of a kind sitrep does not know: " + u.type(), List.of(),
          r.attributions());
      return;
    }
    Map<String, JsonValue> kept = kept(r, "relationship");
    Map<String, Object> o = common("relationship", primaryId(r), kept);
    String type;
    EntityId from;
    EntityId to;
    Optional<String> description;
    if (r instanceof Membership m) {
      type = "member-of";
      from = m.member().id();
      to = m.organization().id();
      description = Optional.empty();
    } else if (r instanceof Office f) {
      type = "holds-office-in";
      from = f.holder().id();
      to = f.of().id();
      description = Optional.of(f.title());
    } else {
      ActorRelation a = (ActorRelation) r;
      type = a.kind().code();
      from = a.subject().id();
      to = a.to().id();
      description = a.description();
    }
    o.put("relationship_type", JsonValue.of(type));
    description.ifPresent(d -> o.put("description", JsonValue.of(d)));
    o.put("source_ref", JsonValue.of(refId(from, "identity")));
    o.put("target_ref", JsonValue.of(refId(to, "identity")));
    times(o, r.period(), "start_time", "stop_time");
    confidence(o, r.attributions());
    o.put("external_references", references(r.id(), List.of()));
    finish(o, kept, "relation", r);
    opinions(r.id(), primaryId(r), r.attributions());
  }

  private void event(Event e) {
    String type = primaryType(e);
    Map<String, JsonValue> kept = kept(e, type);
    Map<String, Object> o = common(type, primaryId(e), kept);
    o.put("name", JsonValue.of(e.title()));
    e.description().ifPresent(d -> o.put("description", JsonValue.of(d)));
    if (e instanceof MilitaryExercise) {
      times(o, e.when(), "first_seen", "last_seen");
    }
    confidence(o, e.attributions());
    o.put("external_references", references(e.id(), List.of()));
    finish(o, kept, "event", e);
    for (int i = 0; i < e.links().size(); i++) {
      EventLink link = e.links().get(i);
      Optional<Entity> target = lookup.apply(link.target().id());
      if (target.isPresent()) {
        relationship(e.id(), "#link/" + i, link.kind().code(), primaryId(e),
            primaryId(target.get()), link.description(), Optional.empty());
      }
    }
    opinions(e.id(), primaryId(e), e.attributions());
  }

  private void prisoner(PoliticalPrisoner p) {
    String content = "Political prisoner " + p.person().id() + ", held by "
        + p.detainingState().id() + p.history().stream().reduce((a, b) -> b)
            .map(c -> "; latest status: " + c.status().name().toLowerCase(java.util.Locale.ROOT))
            .orElse("");
    note(p, "prisoner", content, List.of(refId(p.person().id(), "identity"),
        refId(p.detainingState().id(), "identity")), p.attributions());
  }

  private void statistic(Statistic s) {
    String content = s.metric().code() + " of " + s.subject().id() + " as of " + s.asOf() + ": "
        + s.count().phrase().orElse(describe(s.count()));
    note(s, "statistic", content, List.of(refId(s.subject().id(), "identity")),
        List.of(s.attribution()));
  }

  private void note(Entity e, String family, String content, List<String> about,
      List<Attribution> attributions) {
    Map<String, JsonValue> kept = kept(e, "note");
    Map<String, Object> o = common("note", primaryId(e), kept);
    o.put("abstract", JsonValue.of(family));
    o.put("content", JsonValue.of(content));
    List<JsonValue> refs = new ArrayList<>();
    about.forEach(r -> refs.add(JsonValue.of(r)));
    if (refs.isEmpty()) {
      refs.add(JsonValue.of(SitrepExtension.IDENTITY));
    }
    o.put("object_refs", JsonValue.array(refs));
    confidence(o, attributions);
    o.put("external_references", references(e.id(), List.of()));
    finish(o, kept, family, e);
  }

  // ---------------------------------------------------------------- derived objects

  private void relationship(EntityId from, String suffix, String type, String sourceRef,
      String targetRef, Optional<String> description, Optional<Period> period) {
    Map<String, Object> o = common("relationship",
        StixIds.of("relationship", from.value() + suffix), Map.of());
    o.put("relationship_type", JsonValue.of(type));
    description.ifPresent(d -> o.put("description", JsonValue.of(d)));
    o.put("source_ref", JsonValue.of(sourceRef));
    o.put("target_ref", JsonValue.of(targetRef));
    times(o, period, "start_time", "stop_time");
    derived(o, Map.of(), from);
  }

  /** An opinion for each attribution: how firmly its asserter holds the value to be true. */
  private void opinions(EntityId of, String objectId, List<Attribution> attributions) {
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("type", JsonValue.of("opinion"));
      o.put("spec_version", JsonValue.of("2.1"));
      o.put("id", JsonValue.of(StixIds.of("opinion", of.value() + "#opinion/" + i)));
      o.put("created_by_ref", JsonValue.of(a.assertedBy()
          .map(r -> refId(r.id(), "identity")).orElse(SitrepExtension.IDENTITY)));
      o.put("created", JsonValue.of(stamp));
      o.put("modified", JsonValue.of(stamp));
      o.put("explanation", JsonValue.of(a.hedge().name().toLowerCase(java.util.Locale.ROOT)
          + " in " + a.source().id() + a.assertedByDescription().map(d -> ", by " + d)
              .orElse("")));
      a.assertedByDescription().ifPresent(d ->
          o.put("authors", JsonValue.array(List.of(JsonValue.of(d)))));
      o.put("opinion", JsonValue.of(opinion(a.hedge())));
      o.put("object_refs", JsonValue.array(List.of(JsonValue.of(objectId))));
      o.put("confidence", JsonValue.of(confidence(a.hedge())));
      o.put("external_references", JsonValue.array(List.of(JsonValue.object(Map.of(
          "source_name", JsonValue.of("sitrep"), "external_id",
          JsonValue.of(a.source().id().value()))))));
      derived(o, Map.of(), of);
    }
  }

  // ---------------------------------------------------------------- common parts

  /** @return the STIX type of the object a value becomes */
  static String primaryType(Entity e) {
    if (e instanceof Unrecognized u && u.type().startsWith(STIX_TYPE_PREFIX)
        && u.properties().get(X_STIX_ID) instanceof JsonValue.JsonString id
        && StixIds.isStixId(id.value())) {
      return StixIds.typeOf(id.value());
    }
    if (e instanceof Source) {
      return "report";
    } else if (e instanceof Actor) {
      return "identity";
    } else if (e instanceof Thing) {
      return "infrastructure";
    } else if (e instanceof Relation) {
      return e instanceof Unrecognized ? "note" : "relationship";
    } else if (e instanceof MilitaryExercise) {
      return "campaign";
    } else if (e instanceof Event) {
      return "incident";
    }
    return "note";
  }

  /** @return the STIX id of the object a value becomes: its own from STIX, else made from its id */
  static String primaryId(Entity e) {
    if (e instanceof Unrecognized u
        && u.properties().get(X_STIX_ID) instanceof JsonValue.JsonString id
        && StixIds.isStixId(id.value()) && u.type().startsWith(STIX_TYPE_PREFIX)) {
      return id.value();
    }
    return derivedId(e, primaryType(e), "");
  }

  private static String derivedId(Entity e, String type, String suffix) {
    Optional<String> own = JsonTrees.string(xStix(e), "id");
    if (own.isPresent() && StixIds.isStixId(own.get())
        && StixIds.typeOf(own.get()).equals(type)) {
      return own.get();
    }
    return StixIds.of(type, e.id().value() + suffix);
  }

  private String refId(EntityId id, String assumedType) {
    return lookup.apply(id).map(StixWriter::primaryId)
        .orElseGet(() -> StixIds.of(assumedType, id));
  }

  /** @return what an import from STIX kept of the object a value was made from */
  private static Map<String, JsonValue> xStix(Entity e) {
    return e.extensions().get(X_STIX) instanceof JsonValue.JsonObject o ? o.members() : Map.of();
  }

  /** @return what was kept of the STIX object of type {@code type} the value came from, if any */
  private static Map<String, JsonValue> kept(Entity e, String type) {
    Map<String, JsonValue> x = xStix(e);
    Optional<String> id = JsonTrees.string(x, "id");
    return id.isPresent() && StixIds.isStixId(id.get()) && StixIds.typeOf(id.get()).equals(type)
        ? x : Map.of();
  }

  private Map<String, Object> common(String type, String id, Map<String, JsonValue> kept) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", JsonValue.of(type));
    o.put("spec_version", JsonValue.of("2.1"));
    o.put("id", JsonValue.of(id));
    if (kept.isEmpty()) {
      o.put("created_by_ref", JsonValue.of(SitrepExtension.IDENTITY));
    }
    o.put("created", JsonValue.of(stamp));
    o.put("modified", JsonValue.of(stamp));
    return o;
  }

  /** Adds what was kept from STIX, then the sitrep extension with the value, and writes it. */
  private void finish(Map<String, Object> o, Map<String, JsonValue> kept, String family,
      Entity value) {
    putKept(o, kept);
    o.put("extensions", extension(family, sitrep(value), kept));
    emit(o);
  }

  private void derived(Map<String, Object> o, Map<String, JsonValue> kept, EntityId from) {
    putKept(o, kept);
    o.put("extensions", extension(SitrepExtension.DERIVED_FROM, JsonValue.of(from.value()), kept));
    emit(o);
  }

  private static void putKept(Map<String, Object> o, Map<String, JsonValue> kept) {
    kept.forEach((name, value) -> {
      if (!name.equals("id") && !name.equals("type") && !name.equals("extensions")) {
        o.put(name, value);
      }
    });
  }

  private static Map<String, Object> extension(String member, Object value,
      Map<String, JsonValue> kept) {
    Map<String, Object> extensions = new LinkedHashMap<>(
        JsonTrees.object(kept, "extensions").orElse(Map.of()));
    Map<String, Object> ours = new LinkedHashMap<>();
    ours.put("extension_type", JsonValue.of("property-extension"));
    ours.put(member, value);
    extensions.put(SitrepExtension.ID, ours);
    return extensions;
  }

  /** A STIX object that an import kept as it was, written back as it was. */
  private static Map<String, JsonValue> writeBack(Unrecognized u) {
    Map<String, JsonValue> o = new LinkedHashMap<>();
    o.put("type", JsonValue.of(u.type().substring(STIX_TYPE_PREFIX.length())));
    o.put("id", u.properties().get(X_STIX_ID));
    u.properties().forEach((name, value) -> {
      if (!name.equals("id") && !name.equals(X_STIX_ID)) {
        o.put(name, value);
      }
    });
    return o;
  }

  /** @return the value in sitrep's wire format, as sitrep's codec writes it */
  static JsonTrees.Raw sitrep(Object value) {
    return new JsonTrees.Raw(JSON.writeBytes(value));
  }

  private static JsonValue sitrepReference(EntityId id) {
    Map<String, JsonValue> r = new LinkedHashMap<>();
    r.put("source_name", JsonValue.of("sitrep"));
    r.put("external_id", JsonValue.of(id.value()));
    return JsonValue.object(r);
  }

  private static JsonValue references(EntityId id, List<ExternalId> externalIds) {
    List<JsonValue> references = new ArrayList<>();
    references.add(sitrepReference(id));
    for (ExternalId x : externalIds) {
      Map<String, JsonValue> r = new LinkedHashMap<>();
      r.put("source_name", JsonValue.of(x.scheme().code()));
      r.put("external_id", JsonValue.of(x.value()));
      references.add(JsonValue.object(r));
    }
    return JsonValue.array(references);
  }

  private static void times(Map<String, Object> o, Optional<Period> period, String first,
      String last) {
    if (period.isEmpty()) {
      return;
    }
    Period p = period.get();
    Instant start = p.start().earliest();
    Instant end = p.end().orElse(p.start()).latest();
    Optional<String> from = stamp(start);
    from.ifPresent(s -> o.put(first, JsonValue.of(s)));
    if (from.isPresent() && end.isAfter(start)) {
      stamp(end).ifPresent(s -> o.put(last, JsonValue.of(s)));
    }
  }

  private static void confidence(Map<String, Object> o, List<Attribution> attributions) {
    attributions.stream().mapToInt(a -> confidence(a.hedge())).max()
        .ifPresent(c -> o.put("confidence", JsonValue.of(c)));
  }

  /**
   * @return how confident the source is, on STIX's scale of 0 to 100, from the hedge it uses:
   *     confirmed 95, stated or declared 85, reported 60, estimated 50, claimed 40, alleged 30,
   *     disputed 15, denied 5
   */
  static int confidence(Hedge hedge) {
    switch (hedge) {
      case CONFIRMED:
        return 95;
      case STATED:
      case DECLARED:
        return 85;
      case REPORTED:
        return 60;
      case ESTIMATED:
        return 50;
      case CLAIMED:
        return 40;
      case ALLEGED:
        return 30;
      case DISPUTED:
        return 15;
      default:
        return 5;
    }
  }

  /** @return the STIX opinion of the one who asserts with {@code hedge} */
  static String opinion(Hedge hedge) {
    switch (hedge) {
      case CONFIRMED:
        return "strongly-agree";
      case STATED:
      case DECLARED:
      case CLAIMED:
      case ALLEGED:
        return "agree";
      case DISPUTED:
        return "disagree";
      case DENIED:
        return "strongly-disagree";
      default:
        return "neutral";
    }
  }

  private static String describe(dev.sitrep.core.quantity.UncertainCount c) {
    String lower = String.valueOf(c.lower());
    return c.qualifier().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
        + c.best().stream().mapToObj(String::valueOf).findFirst().orElse(lower);
  }

  /** @return the instant as a STIX timestamp to the millisecond, if its year has four digits */
  static Optional<String> stamp(Instant instant) {
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    return year < 0 || year > 9999 ? Optional.empty() : Optional.of(MILLIS.format(instant));
  }

  private void emit(Map<String, ?> object) {
    try {
      JsonTrees.writeAny(g, object);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }
}
