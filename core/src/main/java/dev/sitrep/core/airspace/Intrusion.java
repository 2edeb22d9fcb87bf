package dev.sitrep.core.airspace;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What entered the airspace: "at least nineteen Russian drones", some via Belarus. The platform,
 * its model where known ("Gerbera"), how many, the claims about where they came from (which may be
 * corrected later), the states they came through, and where they entered.
 */
@Value.Immutable
@SitrepStyle
public abstract class Intrusion {
  /** @return what kind of thing entered */
  public abstract PlatformKind platform();

  /** @return the model, if known, such as "Gerbera" or "MiG-31" */
  public abstract Optional<String> model();

  /** @return how many entered */
  public abstract UncertainCount count();

  /** @return the claims about the state they came from; a later one may supersede an earlier */
  public abstract List<Claim<Ref<State>>> origin();

  /** @return the states they came through */
  public abstract List<Transit> transits();

  /** @return where they entered, if known */
  public abstract Optional<Place> entry();

  /** @return a new builder */
  public static ImmutableIntrusion.Builder builder() {
    return ImmutableIntrusion.builder();
  }

  @Value.Check
  void check() {
    model().ifPresent(m -> Checks.notBlank(m, "model"));
    Claim.checkSupersession(origin(), "origin");
  }
}
