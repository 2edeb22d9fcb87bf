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
  /**
   * Sets the id.
   *
   * @param id its id, such as {@code state/blr}
   * @return this builder
   */
  B id(EntityId id);

  /**
   * Sets the name the actor is best known by.
   *
   * @param name the name it is best known by, such as "Belarus"
   * @return this builder
   */
  B name(String name);

  /**
   * Adds other names.
   *
   * @param otherNames other names and transliterations: "Lukashenko", "Лукашэнка"
   * @return this builder
   */
  B addAllOtherNames(Iterable<? extends Name> otherNames);

  /**
   * Adds ids in other systems.
   *
   * @param externalIds its ids in other systems: a Wikidata QID, an ISO 3166 code
   * @return this builder
   */
  B addAllExternalIds(Iterable<? extends ExternalId> externalIds);

  /**
   * Adds extension properties, in the map's order.
   *
   * @param extensions the extension properties, by name
   * @return this builder
   */
  B putAllExtensions(Map<String, ? extends JsonValue> extensions);
}
