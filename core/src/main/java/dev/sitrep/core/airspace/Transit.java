package dev.sitrep.core.airspace;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state that intruders came through on their way, and how many did where the source says:
 * "Some of these Russian drones entered Poland via neighboring Belarus" is Belarus, {@code some()}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Transit {
  /** @return the state passed through */
  @Value.Parameter
  public abstract Ref<State> state();

  /** @return how many came this way, if the source says */
  @Value.Parameter
  public abstract Optional<UncertainCount> count();

  /**
   * @param state the state passed through
   * @param count how many came this way
   * @return {@code count} of the intruders came through {@code state}
   */
  public static Transit of(Ref<State> state, UncertainCount count) {
    return ImmutableTransit.of(state, Optional.of(count));
  }

  /**
   * @param state the state passed through
   * @return intruders came through {@code state}, how many not said
   */
  public static Transit of(Ref<State> state) {
    return ImmutableTransit.of(state, Optional.empty());
  }
}
