package dev.sitrep.datasets;

import dev.sitrep.core.event.EventKind;
import java.util.Optional;

/**
 * A PLOVER event category and optional mode, as sitrep's {@code GeneralEvent} has them:
 * {@code assault}, {@code heavy-weapons}.
 *
 * @param kind the category
 * @param mode the mode, if any
 */
record KindAndMode(EventKind kind, Optional<String> mode) {
  static KindAndMode of(EventKind kind) {
    return new KindAndMode(kind, Optional.empty());
  }

  static KindAndMode of(EventKind kind, String mode) {
    return new KindAndMode(kind, Optional.of(mode));
  }

  @Override
  public String toString() {
    return kind.code() + mode.map(m -> "/" + m).orElse("");
  }
}
