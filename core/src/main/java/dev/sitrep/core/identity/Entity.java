package dev.sitrep.core.identity;

import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.extension.JsonValue;
import java.util.Map;

/**
 * Anything that has an {@link EntityId} and can be the target of a {@link Ref}: sources, actors,
 * events, relations. Every entity may also carry {@linkplain Extensions extension properties}.
 */
public interface Entity {
  /** @return the entity's id, unique within a dossier */
  EntityId id();

  /**
   * @return the feed's own properties that sitrep does not model, by their
   *     {@linkplain dev.sitrep.core.extension.Extensions namespaced names} ({@code x_acme_score},
   *     {@code org.acled.interaction}), in the order read or put; empty when there are none
   */
  Map<String, JsonValue> extensions();
}
