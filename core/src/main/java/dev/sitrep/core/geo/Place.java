package dev.sitrep.core.geo;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named place in a state, with a point where one is known and how precise it is: "an aerodrome
 * in Kaliningrad Region, Russia", "Warsaw", "Alaska".
 */
@Value.Immutable
@SitrepStyle
public abstract class Place {
  /** @return the place's name as the source gives it */
  public abstract String name();

  /** @return the state the place lies in */
  public abstract Ref<State> country();

  /** @return a point, if known */
  public abstract Optional<GeoPoint> point();

  /** @return how precise the place is */
  public abstract PlacePrecision precision();

  /** @return a new builder */
  public static ImmutablePlace.Builder builder() {
    return ImmutablePlace.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
  }
}
