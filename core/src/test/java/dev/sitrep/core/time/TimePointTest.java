package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples: a point in time of explicit precision, with its earliest and latest instants. */
class TimePointTest {
  @Test
  void theTextGivesThePrecision() {
    assertThat(TimePoint.parse("2025").precision()).isEqualTo(Precision.YEAR);
    assertThat(TimePoint.parse("2025-09").precision()).isEqualTo(Precision.MONTH);
    assertThat(TimePoint.parse("2025-09-10").precision()).isEqualTo(Precision.DAY);
    assertThat(TimePoint.parse("2025-09-10T04:30Z").precision()).isEqualTo(Precision.INSTANT);
  }

  @Test
  void halfPastMidnightInWarsawIsWithinTheDayInWarsawButNotInUtc() {
    TimePoint lateNight = TimePoint.parse("2025-09-10T00:30+02:00");
    TimePoint warsawDay = TimePoint.parse("2025-09-10[Europe/Warsaw]");
    assertThat(warsawDay).isEqualTo(TimePoint.day(2025, 9, 10).inZone(ZoneId.of("Europe/Warsaw")));
    assertThat(warsawDay.contains(lateNight)).isTrue();
    assertThat(TimePoint.parse("2025-09-10").contains(lateNight)).isFalse();
    assertThat(TimePoint.parse("2025-09-09").contains(lateNight)).isTrue();
    assertThat(warsawDay.earliest()).isEqualTo(Instant.parse("2025-09-09T22:00:00Z"));
    assertThat(warsawDay.latest()).isEqualTo(Instant.parse("2025-09-10T21:59:59.999999999Z"));
    assertThat(TimePoint.parse("2025-09[+03:00]").earliest())
        .isEqualTo(Instant.parse("2025-08-31T21:00:00Z"));
    assertThat(warsawDay.isBefore(TimePoint.parse("2025-09-10T22:00Z"))).isTrue();
    assertThat(TimePoint.parse("2025-09-10").isBefore(TimePoint.parse("2025-09-10T22:00Z")))
        .isFalse();
  }

  @Test
  void aWeekRunsFromMondayToSunday() {
    TimePoint week = TimePoint.parse("2025-W37");
    assertThat(week).isEqualTo(TimePoint.week(2025, 37));
    assertThat(week.precision()).isEqualTo(Precision.WEEK);
    assertThat(week.value()).isEqualTo(LocalDate.of(2025, 9, 8));
    assertThat(week.earliest()).isEqualTo(Instant.parse("2025-09-08T00:00:00Z"));
    assertThat(week.latest()).isEqualTo(Instant.parse("2025-09-14T23:59:59.999999999Z"));
    assertThat(week.contains(TimePoint.parse("2025-09-10"))).isTrue();
    assertThat(TimePoint.parse("2025-09").contains(week)).isTrue();
    assertThat(TimePoint.week(2026, 1).value()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(TimePoint.week(2026, 53).toString()).isEqualTo("2026-W53");
  }

  @Test
  void aRangeOfDaysIsKeptAsTheSourceSaidIt() {
    TimePoint days = TimePoint.parse("2025-09-08/2025-09-12");
    assertThat(days).isEqualTo(TimePoint.days(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 12)));
    assertThat(days.precision()).isEqualTo(Precision.DAY_RANGE);
    assertThat(days.toString()).isEqualTo("2025-09-08/2025-09-12");
    assertThat(days.latest()).isEqualTo(Instant.parse("2025-09-12T23:59:59.999999999Z"));
    assertThat(days.contains(TimePoint.parse("2025-09-10T12:00Z"))).isTrue();
    assertThat(days.contains(TimePoint.parse("2025-09-13"))).isFalse();
    assertThat(TimePoint.parse("2025-09-08/2025-09-14")).isNotEqualTo(TimePoint.parse("2025-W37"));
    assertThat(TimePoint.parse("2025-09-08/2025-09-14").compareTo(TimePoint.parse("2025-W37")))
        .isZero();
  }

  @Test
  void aRangeOfDaysSpansTwoToSevenDays() {
    assertRejected(() -> TimePoint.parse("2025-09-12/2025-09-08"), "through",
        "must be after the first day (first=2025-09-12, through=2025-09-08)");
    assertRejected(() -> TimePoint.parse("2025-09-08/2025-09-08"), "through", "after");
    assertRejected(() -> TimePoint.parse("2025-09-01/2025-09-08"), "through",
        "must span at most 7 days, was 8");
    assertRejected(() -> TimePoint.parse("2025-09-08/2025-09-31"), "time", "2025-09-31");
  }

  @Test
  void anUnknownZoneAZoneOnAnInstantAndAnOffsetBeyond18HoursAreRejected() {
    assertRejected(() -> TimePoint.parse("2025-09-10[Europe/Warsw]"), "zone",
        "must name a time zone known to the JDK", "'Europe/Warsw'");
    assertRejected(() -> TimePoint.parse("2025-09-10[GMT+2]"), "zone", "'GMT+2'");
    assertRejected(() -> TimePoint.parse("2025-09-10[+18:30]"), "zone", "'+18:30'");
    assertRejected(() -> TimePoint.parse("2025-09-10T04:30Z[Europe/Warsaw]"), "time", "was '");
    assertRejected(() -> TimePoint.instant(OffsetDateTime.parse("2025-09-10T04:30Z"))
        .inZone(ZoneOffset.UTC), "zone", "must not be given for an instant");
    assertRejected(() -> TimePoint.day(2025, 9, 10).inZone(ZoneOffset.ofTotalSeconds(3601)),
        "zone", "whole minutes");
    assertRejected(() -> TimePoint.day(2025, 9, 10).inZone(ZoneId.of("GMT+2")), "zone",
        "GMT+02:00");
  }

  @Test
  void aDayItsZoneSkippedIsRejected() {
    assertRejected(() -> TimePoint.parse("2011-12-30[Pacific/Apia]"), "zone",
        "must have the day, but Pacific/Apia skipped 2011-12-30");
    assertThat(TimePoint.parse("2011-12-29/2011-12-31[Pacific/Apia]").contains(
        TimePoint.parse("2011-12-31T00:00+14:00"))).isTrue();
  }

  /**
   * The days found skipped are exactly those whose span in the zone is empty, the day's end
   * before its start, in every region of the JDK, around every gap of its past.
   */
  @Test
  void theSkippedDaysAreTheDaysWithNoTime() {
    Set<String> found = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      for (ZoneOffsetTransition t : zone.getRules().getTransitions()) {
        for (LocalDate d = t.getDateTimeBefore().toLocalDate().minusDays(1);
            !d.isAfter(t.getDateTimeAfter().toLocalDate().plusDays(1)); d = d.plusDays(1)) {
          boolean empty = d.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
              .isBefore(d.atStartOfDay(zone).toInstant());
          assertThat(TimePoint.skippedDays(zone).contains(d)).as(id + " " + d).isEqualTo(empty);
          if (empty) {
            found.add(id + " " + d);
          }
        }
      }
    }
    assertThat(found).contains("Pacific/Apia 2011-12-30");
  }

  @Test
  void aWeekMustExistInItsYear() {
    assertRejected(() -> TimePoint.parse("2025-W53"), "time",
        "must be a valid date: the ISO weeks of 2025 are 1 to 52, was week 53");
    assertRejected(() -> TimePoint.week(2025, 0), "time", "was week 0");
    assertRejected(() -> TimePoint.week(0, 1), "time", "was 0");
    assertRejected(() -> TimePoint.parse("2025-W7"), "time", "'2025-W7'");
    assertRejected(() -> ImmutableTimePoint.builder().value(LocalDate.of(2025, 9, 10))
        .precision(Precision.WEEK).build(), "value", "must be the Monday", "WEDNESDAY");
    assertRejected(() -> ImmutableTimePoint.builder().value(java.time.Year.of(2025))
        .precision(Precision.WEEK).build(), "precision", "must be YEAR for 2025, was WEEK");
    assertRejected(() -> ImmutableTimePoint.builder().value(LocalDate.of(2025, 9, 10))
        .through(LocalDate.of(2025, 9, 11)).build(), "through", "only for a range of days");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-W37", "2025-W01", "2020-W53", "2025-09-08/2025-09-12",
      "2025-09-10[Europe/Warsaw]", "2025[+03:00]", "2025-09[-09:30]", "2025-W37[Asia/Kathmandu]",
      "2025-12-30/2026-01-02[America/St_Johns]", "2025-09-10[+00:00]", "2025-09-10[UTC]"})
  void zonesWeeksAndRangesRoundTrip(String iso) {
    assertThat(TimePoint.parse(iso).toString()).isEqualTo(iso);
  }

  @Test
  void anOffsetOfMinusZeroIsWrittenAsUtc() {
    assertThat(TimePoint.parse("2025-09-10[-00:00]").toString()).isEqualTo("2025-09-10[+00:00]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-09", "2025-09-10", "2025-09-10T04:30Z",
      "2025-09-10T07:30+03:00", "2025-09-10T04:30:15.500-09:30", "0001", "0999-01-01", "9999-12"})
  void parseAndToStringRoundTrip(String iso) {
    assertThat(TimePoint.parse(iso).toString()).isEqualTo(iso);
  }

  @Test
  void factoriesAgreeWithParse() {
    assertThat(TimePoint.year(2020)).isEqualTo(TimePoint.parse("2020"));
    assertThat(TimePoint.month(2022, 2)).isEqualTo(TimePoint.parse("2022-02"));
    assertThat(TimePoint.day(2025, 9, 10)).isEqualTo(TimePoint.parse("2025-09-10"));
    assertThat(TimePoint.instant(OffsetDateTime.of(2025, 9, 10, 4, 30, 0, 0, ZoneOffset.UTC)))
        .isEqualTo(TimePoint.parse("2025-09-10T04:30Z"));
  }

  @Test
  void aMonthSpansItsFirstToItsLastInstantInUtc() {
    TimePoint september = TimePoint.parse("2025-09");
    assertThat(september.earliest()).isEqualTo(Instant.parse("2025-09-01T00:00:00Z"));
    assertThat(september.latest()).isEqualTo(Instant.parse("2025-09-30T23:59:59.999999999Z"));
  }

  @Test
  void aYearAndADaySpanTheirWholeLength() {
    assertThat(TimePoint.year(2024).earliest()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(TimePoint.year(2024).latest())
        .isEqualTo(Instant.parse("2024-12-31T23:59:59.999999999Z"));
    assertThat(TimePoint.month(2024, 2).latest())
        .isEqualTo(Instant.parse("2024-02-29T23:59:59.999999999Z"));
    assertThat(TimePoint.day(2025, 9, 10).latest())
        .isEqualTo(Instant.parse("2025-09-10T23:59:59.999999999Z"));
  }

  @Test
  void anInstantIsItsOwnEarliestAndLatestAndKeepsItsOffset() {
    TimePoint minsk = TimePoint.parse("2025-09-10T07:30+03:00");
    assertThat(minsk.earliest()).isEqualTo(Instant.parse("2025-09-10T04:30:00Z"));
    assertThat(minsk.latest()).isEqualTo(minsk.earliest());
    assertThat(minsk).isNotEqualTo(TimePoint.parse("2025-09-10T04:30Z"));
    assertThat(minsk.compareTo(TimePoint.parse("2025-09-10T04:30Z"))).isZero();
  }

  @Test
  void september2025ContainsTheTenthButNotTheFirstOfOctober() {
    TimePoint september = TimePoint.parse("2025-09");
    assertThat(september.contains(TimePoint.parse("2025-09-10"))).isTrue();
    assertThat(september.contains(TimePoint.parse("2025-09-10T04:30Z"))).isTrue();
    assertThat(september.contains(september)).isTrue();
    assertThat(september.contains(TimePoint.parse("2025-10-01"))).isFalse();
    assertThat(TimePoint.parse("2025-09-10").contains(september)).isFalse();
    assertThat(TimePoint.year(2025).contains(september)).isTrue();
  }

  @Test
  void anInstantLateOnTheNinthWestOfUtcFallsOnTheTenthInUtc() {
    TimePoint lateEvening = TimePoint.parse("2025-09-09T23:30-05:00");
    assertThat(TimePoint.parse("2025-09-10").contains(lateEvening)).isTrue();
    assertThat(TimePoint.parse("2025-09-09").contains(lateEvening)).isFalse();
  }

  @Test
  void pointsAreOrderedChronologically() {
    TimePoint august = TimePoint.parse("2025-08");
    TimePoint incursion = TimePoint.parse("2025-09-10");
    TimePoint zapad = TimePoint.parse("2025-09-12");
    assertThat(august.isBefore(incursion)).isTrue();
    assertThat(incursion.isBefore(zapad)).isTrue();
    assertThat(zapad.isBefore(incursion)).isFalse();
    assertThat(TimePoint.parse("2025-09").isBefore(incursion)).isFalse();
    assertThat(java.util.stream.Stream.of(zapad, incursion, august).sorted())
        .containsExactly(august, incursion, zapad);
    assertThat(TimePoint.parse("2025-09").compareTo(incursion)).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-9", "2025-13", "2025-02-30", "2025-09-10T04:30",
      "September 2025", "2025/09/10", "2025-09-10T25:00Z", " 2025", "20250910", "+2025", "+001", "-001", "+2025-09-10T04:30Z"})
  void parseRejectsAnythingElseNamingTheText(String text) {
    assertRejected(() -> TimePoint.parse(text), "time", "'" + text + "'");
  }

  @Test
  void yearsOutside0001To9999AreRejected() {
    assertRejected(() -> TimePoint.parse("0000"), "time", "was 0");
    assertRejected(() -> TimePoint.year(0), "time", "was 0");
    assertRejected(() -> TimePoint.year(10_000), "time", "was 10000");
    assertRejected(() -> TimePoint.day(-1, 1, 1), "time", "was -1");
  }

  @Test
  void invalidDatesAreRejected() {
    assertRejected(() -> TimePoint.month(2025, 13), "time", "13");
    assertRejected(() -> TimePoint.day(2025, 2, 29), "time", "29");
    assertRejected(() -> TimePoint.day(2025, 9, 0), "time", "0");
  }

  @Test
  void otherTemporalsAndNullAreRejected() {
    assertRejected(() -> TimePoint.of(Instant.EPOCH), "time", "java.time.Instant");
    assertRejected(() -> TimePoint.of(java.time.LocalDateTime.of(2025, 9, 10, 4, 30)), "time",
        "java.time.LocalDateTime");
    assertRejected(() -> TimePoint.parse(null), "time", "must not be null");
    assertRejected(() -> TimePoint.of(null), "value", "must not be null");
    assertRejected(() -> TimePoint.instant(null), "value", "must not be null");
  }
}
