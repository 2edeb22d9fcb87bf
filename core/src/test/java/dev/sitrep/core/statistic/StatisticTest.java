package dev.sitrep.core.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.ArticleSamples;
import dev.sitrep.core.time.TimePoint;
import org.junit.jupiter.api.Test;

class StatisticTest {
  @Test
  void overAThousandPoliticalPrisonersAsOfSeptember2025() {
    Statistic prisoners = ArticleSamples.politicalPrisoners();
    assertThat(prisoners.count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(prisoners.count().reaches(1001)).isEqualTo(Answer.YES);
    assertThat(prisoners.count().reaches(1002)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(prisoners.asOf().contains(TimePoint.day(2025, 9, 10))).isTrue();
    assertThat(prisoners.attribution().source().id().value())
        .isEqualTo("source/atlantic-council-zapad-2025");
  }

  @Test
  void almost300EnterprisesReportedly() {
    Statistic enterprises = Statistic.builder()
        .id(EntityId.of("statistic/belarus-munitions-enterprises"))
        .metric(Metric.STATE_ENTERPRISES_PRODUCING_MUNITIONS)
        .subject(Ref.to(StateCatalogue.get("BY")))
        .asOf(TimePoint.month(2025, 9))
        .count(UncertainCount.almost(300).withPhrase("Almost 300"))
        .attribution(Attribution.of(Ref.of("source/atlantic-council-zapad-2025"), Hedge.REPORTED))
        .build();
    assertThat(enterprises.count().upper()).hasValue(299);
    assertThat(enterprises.attribution().hedge()).isEqualTo(Hedge.REPORTED);
  }
}
