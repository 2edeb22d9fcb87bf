package dev.sitrep.core.thing;

import dev.sitrep.core.internal.Checks;

/** The rules every kind of thing shares, for their {@code @Value.Check} methods. */
final class Things {
  private Things() {}

  /** Fails if the thing names an operator twice. */
  static void check(Thing thing) {
    int repeat = Checks.firstRepeat(thing.operators());
    Checks.require(repeat < 0, "operators[" + repeat + "]",
        () -> "must not repeat " + thing.operators().get(repeat));
  }
}
