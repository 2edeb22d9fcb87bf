package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Examples: periods from a start to an optional end, ordered. */
class PeriodTest {
  @Test
  void aPeriodThatEndsBeforeItStartsIsRejected() {
    var e = assertRejected(
        () -> Period.between(TimePoint.parse("2025-09-12"), TimePoint.parse("2025-09-10")),
        "end", "2025-09-12", "2025-09-10");
    assertThat(e).hasMessage("end: must not be before start (start=2025-09-12, end=2025-09-10)");
  }

  @Test
  void anOpenPeriodHasNoEnd() {
    Period dependence = Period.from(TimePoint.year(2020));
    assertThat(dependence.end()).isEmpty();
    assertThat(dependence.contains(TimePoint.parse("2025-09-10"))).isTrue();
    assertThat(dependence.contains(TimePoint.parse("2019-12"))).isFalse();
  }

  @Test
  void aPeriodMayLieWithinASinglePointOrBetweenOverlappingOnes() {
    Period incursion = Period.builder().start(TimePoint.parse("2025-09-10"))
        .end(TimePoint.parse("2025-09-10")).phrase("early on September 10").build();
    assertThat(incursion).isEqualTo(ImmutablePeriod.copyOf(Period.at(TimePoint.parse("2025-09-10"))).withPhrase(
        "early on September 10"));
    assertThat(incursion.contains(TimePoint.parse("2025-09-10T04:30Z"))).isTrue();
    assertThat(incursion.contains(TimePoint.parse("2025-09"))).isFalse();
    Period overlapping = Period.between(TimePoint.parse("2025-09"), TimePoint.parse("2025-09-10"));
    assertThat(overlapping.contains(TimePoint.parse("2025-09-05"))).isTrue();
  }

  @Test
  void zapad2025StartsOnTheTwelfth() {
    Period zapad = Period.from(TimePoint.day(2025, 9, 12));
    assertThat(zapad.start().precision()).isEqualTo(Precision.DAY);
    assertThat(zapad.contains(TimePoint.day(2025, 9, 10))).isFalse();
  }

  @Test
  void aBlankPhraseAMissingStartAndANullAreRejected() {
    assertRejected(() -> Period.builder().start(TimePoint.year(2020)).phrase(" ").build(),
        "phrase", "blank");
    assertRejected(() -> Period.builder().build(), "start", "Period");
    assertRejected(() -> Period.builder().start(null), "start", "must not be null");
    assertRejected(() -> ImmutablePeriod.copyOf(Period.from(TimePoint.year(2020))).withEnd((TimePoint) null), "end",
        "must not be null");
  }
}
