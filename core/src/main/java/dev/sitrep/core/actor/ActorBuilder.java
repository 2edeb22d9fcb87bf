package dev.sitrep.core.actor;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import java.util.Map;

/**
 * The setters every kind of actor's builder has, so that code can fill the properties all actors
 * share without knowing the kind: {@code Person.builder()} is a {@code Person.Builder}, which is an
 * {@code ActorBuilder}.
 *
 * @param <B> the builder's own type
 */
public interface ActorBuilder<B> {
  /** Sets the id. */
  B id(EntityId id);

  /** Sets the name the actor is best known by. */
  B name(String name);

  /** Adds other names. */
  B addAllOtherNames(Iterable<? extends Name> otherNames);

  /** Adds ids in other systems. */
  B addAllExternalIds(Iterable<? extends ExternalId> externalIds);

  /** Adds extension properties, in the map's order. */
  B putAllExtensions(Map<String, ? extends JsonValue> extensions);
}
