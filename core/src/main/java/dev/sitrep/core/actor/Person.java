package dev.sitrep.core.actor;

import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person, with the other spellings of their name: Alyaksandr Lukashenka, also Alexander
 * Lukashenko, Аляксандр Лукашэнка, Александр Лукашенко.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Person implements Actor {
  /** The builder of a Person: an {@link ActorBuilder} with setters of its own. */
  public interface Builder extends ActorBuilder<Builder> {}

  /** @return the date of birth, at the precision known */
  public abstract Optional<TimePoint> birthDate();

  /** @return a new builder */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  @Value.Check
  void check() {
    Names.checkActor(this);
  }
}
