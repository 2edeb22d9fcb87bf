package dev.sitrep.core.event;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The closure of a border: Poland closing its border crossings with Belarus for the length of
 * Zapad 2025, "citing the risk of provocations tied to the drills".
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class BorderClosure implements Event {
  /**
   * The builder of a BorderClosure: an {@link EventBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends EventBuilder<Builder> {}

  /** @return the state that closes its border */
  public abstract Ref<State> closingState();

  /** @return the neighbour it closes the border with */
  public abstract Ref<State> neighbour();

  /** @return the crossings closed, by name; empty when the source says only "border crossings" */
  public abstract List<String> crossings();

  /** @return the reason given, in the source's words */
  public abstract Optional<String> reason();

  /** @return the exercise the closure is tied to, if any */
  public abstract Optional<Ref<MilitaryExercise>> relatedExercise();

  /** @return a new builder */
  public static ImmutableBorderClosure.Builder builder() {
    return ImmutableBorderClosure.builder();
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    Checks.require(!closingState().equals(neighbour()), "neighbour",
        () -> "must differ from the closing state (" + closingState() + ")");
    Checks.notBlankElements(crossings(), "crossings");
    reason().ifPresent(r -> Checks.notBlank(r, "reason"));
  }
}
