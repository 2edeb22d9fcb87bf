package dev.sitrep.core.thing;

import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;

/** The rules every kind of thing shares, for their {@code @Value.Check} methods. */
final class Things {
  private Things() {}

  /** Fails if the thing names an operator twice, or an extension is ill named. */
  static void check(Thing thing) {
    Extensions.requireNames(thing.extensions());
    int repeat = Checks.firstRepeat(thing.operators());
    Checks.require(repeat < 0, "operators[" + repeat + "]",
        () -> "must not repeat " + thing.operators().get(repeat));
  }
}
