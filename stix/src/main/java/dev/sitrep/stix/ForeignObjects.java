package dev.sitrep.stix;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.actor.UnrecognizedActor;
import dev.sitrep.core.actor.UnrecognizedRelation;
import dev.sitrep.core.event.UnrecognizedEvent;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.thing.UnrecognizedThing;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the standard STIX objects of other tools to sitrep values: an {@code identity} to a person,
 * an organization or a group; a {@code location} with a country to that state; a {@code report} to
 * a source; a {@code relationship} between identities or locations to a relation. What is not
 * mapped of such an object is kept in the value's {@code x_stix} extension property (its id,
 * {@code created}, {@code modified}, {@code revoked} among them), and written back on export.
 * Any other object, or one that does not map, is kept whole as an unrecognized value of type
 * {@code stix-<type>}.
 */
final class ForeignObjects {
  private static final Set<String> ACTOR_TYPES = Set.of("threat-actor", "intrusion-set");
  private static final Set<String> RELATION_TYPES = Set.of("relationship", "sighting");
  private static final Set<String> EVENT_TYPES = Set.of("campaign", "incident");
  private static final Set<String> PARTY_TYPES = Set.of("identity", "location");

  private ForeignObjects() {}

  /** @return the sitrep value an object of another tool becomes, and what became of it */
  static StixReader.Item map(String type, String id, Map<String, JsonValue> o) {
    Entity kept = keep(type, id, o);
    try {
      Optional<Entity> mapped = mapped(type, id, o);
      if (mapped.isPresent()) {
        return new StixReader.Item(id, type, mapped.get(), kept, ImportReport.Outcome.MAPPED,
            "mapped to " + kind(mapped.get()) + "; the rest kept in its x_stix property",
            modified(o));
      }
    } catch (InvalidDataException | DateTimeParseException e) {
      return new StixReader.Item(id, type, kept, null, ImportReport.Outcome.KEPT,
          "kept as it was: it does not map to a valid sitrep value (" + e.getMessage() + ")",
          modified(o));
    }
    return new StixReader.Item(id, type, kept, null, ImportReport.Outcome.KEPT,
        "kept as it was: " + whyKept(type, o), modified(o));
  }

  private static Optional<Entity> mapped(String type, String id, Map<String, JsonValue> o) {
    EntityId eid = StixIds.entityIdOf(id);
    switch (type) {
      case "identity": {
        Optional<String> name = JsonTrees.string(o, "name");
        if (name.isEmpty()) {
          return Optional.empty();
        }
        Map<String, JsonValue> x = xStix(id, o, Set.of("name"));
        String identityClass = JsonTrees.string(o, "identity_class").orElse("unknown");
        switch (identityClass) {
          case "individual":
            return Optional.of(Person.builder().id(eid).name(name.get()).extensions(x).build());
          case "group":
          case "class":
            return Optional.of(Collective.builder().id(eid).name(name.get()).extensions(x)
                .build());
          default:
            return Optional.of(Organization.builder().id(eid).name(name.get())
                .kind(OrganizationKind.of("unspecified")).extensions(x).build());
        }
      }
      case "location": {
        Optional<State> state = JsonTrees.string(o, "country").flatMap(StateCatalogue::find);
        return state.map(s -> State.builder().from(s)
            .extensions(xStix(id, o, Set.of("country"))).build());
      }
      case "report": {
        var source = Source.builder().id(eid).kind(SourceKind.REPORT);
        JsonTrees.string(o, "name").ifPresent(source::title);
        JsonTrees.string(o, "published").ifPresent(p -> source.published(time(p)));
        return Optional.of(source.extensions(xStix(id, o, Set.of("name", "published"))).build());
      }
      case "relationship": {
        Optional<String> from = JsonTrees.string(o, "source_ref");
        Optional<String> to = JsonTrees.string(o, "target_ref");
        Optional<String> kind = JsonTrees.string(o, "relationship_type");
        if (from.isEmpty() || to.isEmpty() || kind.isEmpty() || !StixIds.isStixId(from.get())
            || !StixIds.isStixId(to.get())
            || !PARTY_TYPES.contains(StixIds.typeOf(from.get()))
            || !PARTY_TYPES.contains(StixIds.typeOf(to.get()))) {
          return Optional.empty();
        }
        var relation = ActorRelation.builder().id(eid).kind(RelationKind.of(kind.get()))
            .subject(Ref.of(StixIds.entityIdOf(from.get())))
            .to(Ref.of(StixIds.entityIdOf(to.get())));
        JsonTrees.string(o, "description").ifPresent(relation::description);
        Optional<String> start = JsonTrees.string(o, "start_time");
        Optional<String> stop = JsonTrees.string(o, "stop_time");
        if (start.isPresent() && stop.isPresent()) {
          relation.period(Period.between(time(start.get()), time(stop.get())));
        } else if (start.isPresent()) {
          relation.period(Period.from(time(start.get())));
        }
        Set<String> mappedNames = stop.isPresent() && start.isEmpty()
            ? Set.of("source_ref", "target_ref", "relationship_type", "description", "start_time")
            : Set.of("source_ref", "target_ref", "relationship_type", "description", "start_time",
                "stop_time");
        return Optional.of(relation.extensions(xStix(id, o, mappedNames)).build());
      }
      default:
        return Optional.empty();
    }
  }

  private static String whyKept(String type, Map<String, JsonValue> o) {
    switch (type) {
      case "identity":
        return "an identity without a name";
      case "location":
        return o.containsKey("country") ? "a location in a country sitrep does not know"
            : "a location without a country: sitrep holds places inside events, not as values";
      case "relationship":
        return "a relationship not between identities or locations";
      default:
        return "sitrep has no type for a STIX " + type;
    }
  }

  /** @return the whole object, as an unrecognized value of the family closest to it */
  static Entity keep(String type, String id, Map<String, JsonValue> o) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("id", JsonValue.of(StixIds.entityIdOf(id).value()));
    properties.put(StixWriter.X_STIX_ID, JsonValue.of(id));
    o.forEach((name, value) -> {
      if (!name.equals("type") && !name.equals("id")) {
        properties.put(name, value);
      }
    });
    String sitrepType = StixWriter.STIX_TYPE_PREFIX + type;
    if (ACTOR_TYPES.contains(type)) {
      return UnrecognizedActor.of(sitrepType, properties);
    } else if (RELATION_TYPES.contains(type)) {
      return UnrecognizedRelation.of(sitrepType, properties);
    } else if (EVENT_TYPES.contains(type)) {
      return UnrecognizedEvent.of(sitrepType, properties);
    }
    return UnrecognizedThing.of(sitrepType, properties);
  }

  /** @return the x_stix extension: the object's id and every property not mapped, in order */
  private static Map<String, JsonValue> xStix(String id, Map<String, JsonValue> o,
      Set<String> mapped) {
    Map<String, JsonValue> kept = new LinkedHashMap<>();
    kept.put("id", JsonValue.of(id));
    o.forEach((name, value) -> {
      // a mapped property is taken only as a string: any other value is kept here
      if (!name.equals("type") && !name.equals("id")
          && !(mapped.contains(name) && value instanceof JsonValue.JsonString)) {
        kept.put(name, value);
      }
    });
    return Map.of(StixWriter.X_STIX, JsonValue.object(kept));
  }

  private static TimePoint time(String stixTimestamp) {
    return TimePoint.instant(OffsetDateTime.parse(stixTimestamp));
  }

  static Optional<String> modified(Map<String, JsonValue> o) {
    return JsonTrees.string(o, "modified");
  }

  static String kind(Entity e) {
    return "a " + e.getClass().getSimpleName().replaceFirst("^Immutable", "").toLowerCase(
        java.util.Locale.ROOT);
  }
}
