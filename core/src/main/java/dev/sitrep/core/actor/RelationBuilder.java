package dev.sitrep.core.actor;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.Period;
import java.util.Map;

/**
 * The setters every kind of relation's builder has: {@code Office.builder()} is an
 * {@code Office.Builder}, which is a {@code RelationBuilder}.
 *
 * @param <B> the builder's own type
 */
public interface RelationBuilder<B> {
  /**
   * Sets the id.
   *
   * @param id its id, such as {@code relation/blr-hosts-rus}
   * @return this builder
   */
  B id(EntityId id);

  /**
   * Sets when the relation held.
   *
   * @param period when the relation held
   * @return this builder
   */
  B period(Period period);

  /**
   * Adds who asserts the relation.
   *
   * @param attributions who asserts the relation, and how firmly
   * @return this builder
   */
  B addAllAttributions(Iterable<? extends Attribution> attributions);

  /**
   * Adds extension properties, in the map's order.
   *
   * @param extensions the extension properties, by name
   * @return this builder
   */
  B putAllExtensions(Map<String, ? extends JsonValue> extensions);
}
