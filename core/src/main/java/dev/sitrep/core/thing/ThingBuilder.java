package dev.sitrep.core.thing;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import java.util.Map;

/**
 * The setters every kind of thing's builder has, so that code can fill the properties all things
 * share without knowing the kind: {@code Vessel.builder()} is a {@code Vessel.Builder}, which is a
 * {@code ThingBuilder}.
 *
 * @param <B> the builder's own type
 */
public interface ThingBuilder<B> {
  /**
   * Sets the id.
   *
   * @param id its id, such as {@code vessel/eagle-s}
   * @return this builder
   */
  B id(EntityId id);

  /**
   * Adds ids in other systems.
   *
   * @param externalIds its ids in other systems, such as an IMO number
   * @return this builder
   */
  B addAllExternalIds(Iterable<? extends ExternalId> externalIds);

  /**
   * Adds who operates or owns it.
   *
   * @param operators who operates it
   * @return this builder
   */
  B addAllOperators(Iterable<? extends Ref<? extends Actor>> operators);

  /**
   * Adds extension properties, in the map's order.
   *
   * @param extensions the extension properties, by name
   * @return this builder
   */
  B putAllExtensions(Map<String, ? extends JsonValue> extensions);
}
