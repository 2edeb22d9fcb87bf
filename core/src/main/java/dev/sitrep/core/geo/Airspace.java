package dev.sitrep.core.geo;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state's airspace, optionally narrowed to an ICAO flight information region: Polish airspace,
 * {@code EPWW} (Warsaw FIR); Belarusian airspace, {@code UMMV} (Minsk FIR). Airspace without a
 * state is international airspace, over the high seas, which no state's sovereignty covers; it
 * is known by its flight information region or its name:
 *
 * <pre>{@code
 * Airspace.of(Ref.to(poland), "EPWW");
 * Airspace.builder().flightInformationRegion("ESAA")
 *     .name("international airspace over the Baltic Sea").build();
 * }</pre>
 *
 * <p>Rule: an airspace has a state, a flight information region or a name.
 */
@Value.Immutable
@SitrepStyle
public abstract class Airspace {
  /** @return the state whose airspace it is; absent for international airspace */
  public abstract Optional<Ref<State>> state();

  /** @return the flight information region's ICAO indicator, four capital letters, if known */
  public abstract Optional<String> flightInformationRegion();

  /** @return the airspace's name as the source gives it, such as "Shanwick Oceanic" */
  public abstract Optional<String> name();

  /**
   * @param state the state
   * @return the airspace of {@code state}
   */
  public static Airspace of(Ref<State> state) {
    return builder().state(state).build();
  }

  /**
   * @param state the state
   * @param fir the ICAO code of the flight information region
   * @return the flight information region {@code fir} of {@code state}, such as {@code EPWW}
   */
  public static Airspace of(Ref<State> state, String fir) {
    return builder().state(state).flightInformationRegion(fir).build();
  }

  /** @return a new builder */
  public static ImmutableAirspace.Builder builder() {
    return ImmutableAirspace.builder();
  }

  @Value.Check
  void check() {
    flightInformationRegion().ifPresent(fir -> Checks.icao(fir, "flightInformationRegion"));
    name().ifPresent(n -> Checks.notBlank(n, "name"));
    Checks.require(state().isPresent() || flightInformationRegion().isPresent()
        || name().isPresent(), "state",
        "must be given, as an Airspace has a state, a flight information region or a name");
  }
}
