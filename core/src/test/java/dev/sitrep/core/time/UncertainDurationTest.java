package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.quantity.Qualifier;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples: how long something lasted, as reported. */
class UncertainDurationTest {
  @Test
  void aboutFourHoursIsABestGuessWithItsPhrase() {
    UncertainDuration closure = UncertainDuration.about(Duration.ofHours(4))
        .withPhrase("for about four hours");
    assertThat(closure.lower()).isZero();
    assertThat(closure.best()).contains(Duration.ofHours(4));
    assertThat(closure.upper()).isEmpty();
    assertThat(closure.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(closure.phrase()).contains("for about four hours");
  }

  @Test
  void theFactoriesGiveTheBoundsTheirQualifierNames() {
    assertThat(UncertainDuration.exactly(Duration.ofMinutes(90)).upper())
        .contains(Duration.ofMinutes(90));
    assertThat(UncertainDuration.atLeast(Duration.ofMinutes(50)).lower())
        .isEqualTo(Duration.ofMinutes(50));
    UncertainDuration hours = UncertainDuration.between(Duration.ofHours(2), Duration.ofHours(3));
    assertThat(hours.qualifier()).isEqualTo(Qualifier.BETWEEN);
    assertThat(hours.upper()).contains(Duration.ofHours(3));
  }

  @Test
  void aNegativeOrDisorderedDurationIsRejected() {
    assertRejected(() -> UncertainDuration.atLeast(Duration.ofHours(-1)), "lower",
        "must not be negative, was PT-1H");
    assertRejected(() -> UncertainDuration.between(Duration.ofHours(3), Duration.ofHours(2)),
        "upper", "must not be below lower (lower=PT3H, upper=PT2H)");
    assertRejected(() -> UncertainDuration.builder().qualifier(Qualifier.SOME).build(), "lower",
        "must be above zero for SOME");
    assertRejected(() -> UncertainDuration.builder().lower(Duration.ofHours(1))
        .upper(Duration.ofHours(2)).qualifier(Qualifier.EXACTLY).build(), "upper",
        "must equal lower for an exact duration (lower=PT1H, upper=PT2H)");
    assertRejected(() -> UncertainDuration.about(Duration.ofHours(1)).withPhrase(" "), "phrase",
        "blank");
  }

  @Test
  void aPeriodOfOneDayCanLastAnythingUpToADay() {
    Period day = Period.at(TimePoint.parse("2025-09-10"));
    assertThat(day.shortest()).contains(Duration.ZERO);
    assertThat(day.longest()).contains(Duration.ofDays(1).minusNanos(1));
    Period twoDaysApart = Period.between(TimePoint.parse("2025-09-10"),
        TimePoint.parse("2025-09-12"));
    assertThat(twoDaysApart.shortest()).contains(Duration.ofDays(1).plusNanos(1));
    assertThat(Period.from(TimePoint.parse("2025-09-10")).longest()).isEmpty();
    Period closure = ImmutablePeriod.copyOf(day)
        .withDuration(UncertainDuration.about(Duration.ofHours(4)));
    assertThat(closure.duration()).contains(UncertainDuration.about(Duration.ofHours(4)));
    assertRejected(() -> ImmutablePeriod.copyOf(day)
        .withDuration(UncertainDuration.atLeast(Duration.ofDays(1))), "duration",
        "must fit the period: at least PT24H, but from 2025-09-10 to 2025-09-10 lasts at most"
            + " PT23H59M59.999999999S");
    assertThat(ImmutablePeriod.copyOf(day).withDuration(Optional.empty()).duration()).isEmpty();
  }
}
