package dev.sitrep.core.statistic;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
import org.immutables.value.Value;

/**
 * A dated, attributed count about a subject: "over a thousand political prisoners currently behind
 * bars" in Belarus, as of September 2025, according to the article; "almost 300 Belarusian state
 * enterprises" reportedly producing weapons or munitions for the Russian military.
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

  /** @return a new builder */
  public static ImmutableStatistic.Builder builder() {
    return ImmutableStatistic.builder();
  }
}
