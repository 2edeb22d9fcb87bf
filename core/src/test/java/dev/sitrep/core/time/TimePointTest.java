package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
