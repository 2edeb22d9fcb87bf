package dev.sitrep.core.statistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.Code;
import dev.sitrep.core.testing.Generators;
import org.junit.jupiter.api.Test;

/**
 * Properties of statistics: a statistic has no rule beyond those of its parts, so any valid
 * metric, subject, date, count and attribution make one, and it keeps each as given.
 */
class StatisticPropertiesTest {
  private static final int EXAMPLES = 200;

  @Test
  void anyValidPartsMakeAStatisticThatKeepsThem() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.statistics(), Generators.statistics(), Generators.uncertainCounts(),
            Generators.timePoints())
        .checkAssert((a, b, count, asOf) -> {
          Statistic mixed = Statistic.builder().id(a.id()).metric(b.metric())
              .subject(a.subject()).asOf(asOf).count(count).attribution(b.attribution())
              .build();
          assertThat(mixed.metric()).isEqualTo(b.metric());
          assertThat(mixed.count()).isEqualTo(count);
          assertThat(mixed.asOf()).isEqualTo(asOf);
          assertThat(mixed.attribution()).isEqualTo(b.attribution());
          assertThat(ImmutableStatistic.copyOf(mixed).withMetric(a.metric())
              .withCount(a.count()).withAsOf(a.asOf()).withAttribution(a.attribution())
              .withEvent(a.event()).withSupersedes(a.supersedes())
              .withExtensions(a.extensions()))
              .isEqualTo(a);
        });
  }

  @Test
  void aMetricIsKeptAsItIsWhetherWellKnownOrNot() {
    qt().withExamples(EXAMPLES).forAll(Generators.statistics()).checkAssert(s -> {
      Metric again = Metric.of(s.metric().code());
      assertThat(again).isEqualTo(s.metric());
      assertThat(again.isKnown()).isEqualTo(Code.known(Metric.class).contains(s.metric()));
    });
  }
}
