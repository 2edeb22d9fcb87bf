package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Quote;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something said, by whom, to whom or where: Donald Tusk, addressing members of the Polish
 * parliament in Warsaw, called the incursion "the closest we have been to open conflict since
 * World War II". A statement has the speaker's words as a {@link Quote}, or the source's summary of
 * them ("Poland said this information was unexpected but helpful"), or both.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Statement implements Event {
  /**
   * The builder of a Statement: an {@link EventBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends EventBuilder<Builder> {}

  /** @return who spoke */
  public abstract Ref<? extends Actor> speaker();

  /** @return to whom, such as the members of the Polish parliament */
  public abstract List<Ref<? extends Actor>> audience();

  /** @return where, such as Warsaw */
  public abstract Optional<Place> venue();

  /** @return the words, as quoted */
  public abstract Optional<Quote> quote();

  /** @return the source's summary of what was said */
  public abstract Optional<String> summary();

  /** @return a new builder */
  public static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    Checks.require(quote().isPresent() || summary().isPresent(), "quote",
        "a statement needs a quote or a summary");
    summary().ifPresent(s -> Checks.notBlank(s, "summary"));
  }
}
