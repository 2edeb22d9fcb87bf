package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * A warning or notification passed from one actor to another: early on 10 September 2025,
 * officials in Minsk warned their Warsaw counterparts that drones were heading their way from the
 * direction of Belarus.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Warning implements Event {
  /** The builder of a Warning: an {@link EventBuilder} with setters of its own. */
  public interface Builder extends EventBuilder<Builder> {}

  /** @return who warned */
  public abstract Ref<? extends Actor> by();

  /** @return who was warned */
  public abstract Ref<? extends Actor> to();

  /** @return what about, in the source's words */
  public abstract String about();

  /** @return a new builder */
  public static ImmutableWarning.Builder builder() {
    return ImmutableWarning.builder();
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    Checks.notBlank(about(), "about");
    Checks.require(!by().id().equals(to().id()), "to",
        () -> "must differ from who warned: an actor does not warn itself (" + by() + ")");
  }
}
