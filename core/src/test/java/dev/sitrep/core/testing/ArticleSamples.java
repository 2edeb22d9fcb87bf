package dev.sitrep.core.testing;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;

/**
 * Fixed values from the article that several modules' example tests share (the whole article is
 * modeled in the examples module).
 */
public final class ArticleSamples {
  private ArticleSamples() {}

  /** @return Zapad 2023, planned and cancelled, with the article's reason */
  public static MilitaryExercise zapad2023() {
    return MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2023"))
        .title("Zapad 2023")
        .series("Zapad")
        .edition(2023)
        .when(Period.at(TimePoint.year(2023)))
        .addHosts(Ref.to(StateCatalogue.get("BY")), Ref.to(StateCatalogue.get("RU")))
        .status(ExerciseStatus.CANCELLED)
        .statusReason("Russian troops and equipment were needed for the ongoing invasion of Ukraine")
        .build();
  }

  /** @return "over a thousand political prisoners currently behind bars", September 2025 */
  public static Statistic politicalPrisoners() {
    return Statistic.builder()
        .id(EntityId.of("statistic/belarus-political-prisoners-2025-09"))
        .metric(Metric.POLITICAL_PRISONERS)
        .subject(Ref.to(StateCatalogue.get("BY")))
        .asOf(TimePoint.month(2025, 9))
        .count(UncertainCount.moreThan(1000).withPhrase("over a thousand"))
        .attribution(Attribution.of(Ref.of("source/atlantic-council-zapad-2025"), Hedge.STATED))
        .build();
  }
}
