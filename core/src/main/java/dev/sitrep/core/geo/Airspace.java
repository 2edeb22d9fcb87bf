package dev.sitrep.core.geo;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state's airspace, optionally narrowed to an ICAO flight information region: Polish airspace,
 * {@code EPWW} (Warsaw FIR); Belarusian airspace, {@code UMMV} (Minsk FIR).
 */
@Value.Immutable
@SitrepStyle
public abstract class Airspace {
  /** @return the state whose airspace it is */
  @Value.Parameter
  public abstract Ref<State> state();

  /** @return the flight information region's ICAO indicator, four capital letters, if known */
  @Value.Parameter
  public abstract Optional<String> flightInformationRegion();

  /** @return the airspace of {@code state} */
  public static Airspace of(Ref<State> state) {
    return ImmutableAirspace.of(state, Optional.empty());
  }

  /** @return the flight information region {@code fir} of {@code state}, such as {@code EPWW} */
  public static Airspace of(Ref<State> state, String fir) {
    return ImmutableAirspace.of(state, Optional.of(fir));
  }

  @Value.Check
  void check() {
    flightInformationRegion().ifPresent(fir -> Checks.icao(fir, "flightInformationRegion"));
  }
}
