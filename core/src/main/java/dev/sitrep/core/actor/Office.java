package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * An office held by a person, in a state or organization: Donald Tusk, Prime Minister of Poland;
 * Vladimir Putin, President of Russia.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Office implements Relation {
  /**
   * The builder of an Office: a {@link RelationBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends RelationBuilder<Builder> {}

  /** @return the person who holds the office */
  public abstract Ref<Person> holder();

  /** @return the office's title, such as "Prime Minister" */
  public abstract String title();

  /** @return the state or organization the office belongs to */
  public abstract Ref<? extends Actor> of();

  /** @return a new builder */
  public static ImmutableOffice.Builder builder() {
    return ImmutableOffice.builder();
  }

  @Value.Check
  void check() {
    Extensions.requireNames(extensions());
    Checks.notBlank(title(), "title");
    Checks.require(!holder().id().equals(of().id()), "of",
        () -> "must not be the holder itself (" + holder() + ")");
  }
}
