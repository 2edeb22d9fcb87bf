package dev.sitrep.datasets;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.Entity;
import java.util.Map;
import java.util.Optional;

/**
 * The extension properties a mapping keeps a dataset's columns in, when sitrep has no property
 * for them: ACLED's {@code disorder_type} is {@code org.acled.disorder_type} on the event.
 */
final class Extensions {
  private Extensions() {}

  /** Puts the cell in {@code into} as {@code prefix + column}, unless it is empty. */
  static void keep(Map<String, JsonValue> into, String prefix, String column, String cell) {
    if (cell != null && !cell.isEmpty()) {
      into.put(prefix + column, JsonValue.of(cell));
    }
  }

  /** @return the text of an entity's string extension {@code name}, if it has one */
  static Optional<String> text(Entity entity, String name) {
    JsonValue v = entity.extensions().get(name);
    return v instanceof JsonValue.JsonString s ? Optional.of(s.value()) : Optional.empty();
  }
}
