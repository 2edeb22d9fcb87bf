package dev.sitrep.core.airspace;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.quantity.UncertainCount;

/** The rule of a count of occurrences, for what recurs: it happened at least once. */
final class Occurrences {
  private Occurrences() {}

  /** Fails unless {@code occurrences} is at least one. */
  static void check(UncertainCount occurrences, String path) {
    Checks.require(occurrences.lower() >= 1, path,
        () -> "must be at least 1: what happened, happened once or more (lower="
            + occurrences.lower() + ")");
  }
}
