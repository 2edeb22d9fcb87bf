package dev.sitrep.core.statistic;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated, attributed count about a subject: "over a thousand political prisoners currently behind
 * bars" in Belarus, as of September 2025, according to the article; "almost 300 Belarusian state
 * enterprises" reportedly producing weapons or munitions for the Russian military. A later
 * figure revises an earlier one by {@linkplain #supersedes() superseding} it; both are kept.
 *
 * <pre>{@code
 * Statistic revised = Statistic.builder().id(EntityId.of("statistic/prisoners-2025-10"))
 *     .metric(Metric.POLITICAL_PRISONERS).subject(Ref.of("state/blr"))
 *     .asOf(TimePoint.parse("2025-10")).count(UncertainCount.exactly(1135))
 *     .attribution(Attribution.of(Ref.of("source/viasna"), Hedge.STATED))
 *     .supersedes(Ref.of("statistic/prisoners-2025-09")).build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Statistic implements Entity {
  /** @return what is counted */
  public abstract Metric metric();

  /** @return what it is counted about, such as Belarus */
  public abstract Ref<? extends Actor> subject();

  /** @return as of when, at the precision known */
  public abstract TimePoint asOf();

  /** @return how many, as the source says */
  public abstract UncertainCount count();

  /** @return who says so, where and how firmly */
  public abstract Attribution attribution();

  /** @return the event it counts, if it counts one: the detentions after a protest */
  public abstract Optional<Ref<Event>> event();

  /**
   * @return the earlier statistic this one revises, of the same metric and subject, which it
   *     supersedes: "over a thousand" revised to "1,135" a month later
   */
  public abstract Optional<Ref<Statistic>> supersedes();

  /** @return a new builder */
  public static ImmutableStatistic.Builder builder() {
    return ImmutableStatistic.builder();
  }

  @Value.Check
  void check() {
    Extensions.requireNames(extensions());
    supersedes().ifPresent(s -> Checks.require(!s.id().equals(id()), "supersedes",
        () -> "must not be the statistic itself (" + s + ")"));
  }
}
