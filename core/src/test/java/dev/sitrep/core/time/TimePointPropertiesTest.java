package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties: TimePoint accepts exactly the dates of the years 0001–9999, weeks and short ranges
 * of days, read in their own zone or in UTC, and round-trips.
 */
class TimePointPropertiesTest {
  private static final int EXAMPLES = 300;

  private static final Gen<Integer> YEARS = Generate.oneOf(Arbitrary.intsAround(1, 3),
      Arbitrary.intsAround(9998, 9999), Arbitrary.intsAround(2019, 2026));
  private static final Gen<Integer> MONTHS = Arbitrary.intsAround(1, 12);
  private static final Gen<Integer> DAYS = Arbitrary.intsAround(1, 31);

  private static boolean validYear(int year) {
    return year >= 1 && year <= 9999;
  }

  private static boolean validMonth(int year, int month) {
    return validYear(year) && month >= 1 && month <= 12;
  }

  private static boolean validDay(int year, int month, int day) {
    return validMonth(year, month) && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
  }

  @Test
  void yearIsAcceptedIffWithin0001And9999() {
    qt().withExamples(EXAMPLES).forAll(YEARS)
        .checkAssert(y -> assertValidIff(validYear(y), () -> TimePoint.year(y)));
  }

  @Test
  void monthIsAcceptedIffTheYearAndMonthAreValid() {
    qt().withExamples(EXAMPLES).forAll(YEARS, MONTHS)
        .checkAssert((y, m) -> assertValidIff(validMonth(y, m), () -> TimePoint.month(y, m)));
  }

  @Test
  void dayIsAcceptedIffItIsADayOfThatMonth() {
    qt().withExamples(EXAMPLES).forAll(YEARS, MONTHS, DAYS).checkAssert((y, m, d) -> {
      InvalidDataException e = assertValidIff(validDay(y, m, d), () -> TimePoint.day(y, m, d));
      if (e != null) {
        assertThat(e.path()).isEqualTo("time");
      }
    });
  }

  @Test
  void everyPointRoundTripsThroughItsIsoText() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(p -> {
      TimePoint parsed = TimePoint.parse(p.toString());
      assertThat(parsed).isEqualTo(p);
      assertThat(parsed.precision()).isEqualTo(p.precision());
    });
  }

  @Test
  void theIsoTextHasTheFormOfThePrecisionAndItsZone() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(p -> {
      String regex;
      switch (p.precision()) {
        case YEAR:
          regex = "\\d{4}";
          break;
        case MONTH:
          regex = "\\d{4}-\\d{2}";
          break;
        case WEEK:
          regex = "\\d{4}-W\\d{2}";
          break;
        case DAY_RANGE:
          regex = "\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}";
          break;
        case DAY:
          regex = "\\d{4}-\\d{2}-\\d{2}";
          break;
        default:
          regex = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})";
          break;
      }
      String zone = p.zone().map(z -> "\\[" + Pattern.quote(z instanceof ZoneOffset o
          ? (o.getTotalSeconds() == 0 ? "+00:00" : o.getId()) : z.getId()) + "]").orElse("");
      assertThat(p.toString()).matches(regex + zone);
    });
  }

  @Test
  void aZoneMovesTheSpanByItsOffsetAndKeepsItsLength() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(p -> {
      if (p.zone().isEmpty() || p.precision() == Precision.INSTANT) {
        return;
      }
      TimePoint utc = ImmutableTimePoint.copyOf(p).withZone(Optional.empty());
      ZoneId zone = p.zone().get();
      LocalDateTime firstMidnight = LocalDateTime.ofInstant(utc.earliest(), ZoneOffset.UTC);
      assertThat(p.earliest()).isEqualTo(firstMidnight.atZone(zone).toInstant());
      assertThat(LocalDateTime.ofInstant(p.latest(), zone).toLocalDate())
          .isEqualTo(LocalDateTime.ofInstant(utc.latest(), ZoneOffset.UTC).toLocalDate());
      assertThat(p.contains(p)).isTrue();
    });
  }

  @Test
  void aWeekSpansMondayToSundayAndContainsEachOfItsDays() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(p -> {
      if (p.precision() != Precision.WEEK) {
        return;
      }
      LocalDate monday = (LocalDate) p.value();
      assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      for (LocalDate d = monday; d.isBefore(monday.plusWeeks(1)) && d.getYear() <= 9999;
          d = d.plusDays(1)) {
        TimePoint day = TimePoint.of(d);
        assertThat(p.contains(p.zone().map(day::inZone).orElse(day))).as("%s", d).isTrue();
      }
      if (monday.getYear() > 1) {
        assertThat(p.contains(TimePoint.of(monday.minusDays(1)))).isFalse();
      }
    });
  }

  @Test
  void aRangeOfDaysIsAcceptedIffItSpansTwoToSevenDays() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints(), integers().between(-3, 10))
        .checkAssert((p, length) -> {
          if (p.precision() != Precision.DAY) {
            return;
          }
          LocalDate first = (LocalDate) p.value();
          LocalDate last = first.plusDays(length - 1);
          boolean valid = length >= 2 && length <= TimePoint.MAX_RANGE_DAYS
              && last.getYear() <= 9999;
          Optional<ZoneId> zone = p.zone();
          InvalidDataException e = assertValidIff(valid,
              () -> ImmutableTimePoint.copyOf(TimePoint.days(first, last)).withZone(zone));
          if (e != null && last.getYear() <= 9999) {
            assertThat(e.path()).isEqualTo("through");
          }
          if (valid) {
            TimePoint range = ImmutableTimePoint.copyOf(TimePoint.days(first, last)).withZone(zone);
            assertThat(TimePoint.parse(range.toString())).isEqualTo(range);
            assertThat(range.contains(p)).isTrue();
            assertThat(range.latest()).isEqualTo(ImmutableTimePoint.copyOf(p).withValue(last)
                .latest());
          }
        });
  }

  @Test
  void parseOfAnyTextEitherRoundTripsOrFailsWithInvalidDataException() {
    Gen<String> texts = Generate.oneOf(Arbitrary.stringsOf("0123456789-", 0, 11),
        Arbitrary.stringsOf("0123456789-T:Z+.", 0, 24), Arbitrary.stringsOf("0123456789-W/", 0, 22),
        Arbitrary.stringsOf("0123456789-W/", 0, 22).zip(Generate.pick(List.of("[Europe/Warsaw]",
            "[+02:00]", "[-00:00]", "[+18:01]", "[Europe/Warsw]", "[GMT+2]", "[Z]", "[", "]")),
            String::concat),
        Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(texts).checkAssert(text -> {
      TimePoint point;
      try {
        point = TimePoint.parse(text);
      } catch (InvalidDataException e) {
        assertThat(e.path()).isIn("time", "zone", "through");
        return;
      }
      assertThat(TimePoint.parse(point.toString())).isEqualTo(point);
      if (point.precision() != Precision.INSTANT && !text.endsWith("[-00:00]")) {
        assertThat(point.toString()).isEqualTo(text);
      }
    });
  }

  @Test
  void aPointSpansFromItsEarliestToItsLatestAndContainsItself() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(p -> {
      assertThat(p.earliest()).isBeforeOrEqualTo(p.latest());
      assertThat(p.contains(p)).isTrue();
      assertThat(p.isBefore(p)).isFalse();
      if (p.value() instanceof OffsetDateTime instant) {
        assertThat(p.earliest()).isEqualTo(instant.toInstant()).isEqualTo(p.latest());
      }
    });
  }

  @Test
  void aYearContainsItsMonthsAndAMonthItsDays() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(point -> {
      String iso = point.toString();
      TimePoint year = TimePoint.parse(iso.substring(0, 4));
      if (point.precision() == Precision.MONTH || point.precision() == Precision.DAY) {
        Optional<ZoneId> zone = point.zone();
        TimePoint month = TimePoint.parse(iso.substring(0, 7));
        assertThat(ImmutableTimePoint.copyOf(year).withZone(zone).contains(point)).isTrue();
        assertThat(ImmutableTimePoint.copyOf(month).withZone(zone).contains(point)).isTrue();
        assertThat(point.contains(year)).isFalse();
      }
    });
  }

  @Test
  void beforeIsConsistentWithTheChronologicalOrder() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints(), Generators.timePoints())
        .checkAssert((a, b) -> {
          if (a.isBefore(b)) {
            assertThat(a.compareTo(b)).isNegative();
            assertThat(b.isBefore(a)).isFalse();
            assertThat(a.contains(b) || b.contains(a)).isFalse();
          }
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
  }

  /**
   * Points in one calendar are compared by their days, without the zone's rules: that gives what
   * comparing their instants gives, for a point and another near it in the same zone.
   */
  @Test
  void comparingDaysGivesWhatComparingInstantsGives() {
    qt().withExamples(1000).forAll(Generators.timePoints(), integers().between(-40, 40),
        integers().between(0, 3)).checkAssert((a, shift, kind) -> {
          ZoneId zone = a.zone().orElse(ZoneOffset.UTC);
          LocalDate day = LocalDate.ofInstant(a.earliest(), zone).plusDays(shift);
          if (day.getYear() < 2 || day.getYear() > 9998) {
            return;
          }
          TimePoint b = List.of(TimePoint.of(day), TimePoint.days(day, day.plusDays(2)),
              TimePoint.week(day.get(IsoFields.WEEK_BASED_YEAR),
                  day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
              TimePoint.month(day.getYear(), day.getMonthValue())).get(kind);
          TimePoint near = a.zone().map(b::inZone).orElse(b);
          for (TimePoint[] pair : List.of(new TimePoint[] {a, near}, new TimePoint[] {near, a})) {
            TimePoint x = pair[0];
            TimePoint y = pair[1];
            assertThat(x.isBefore(y)).as("%s before %s", x, y)
                .isEqualTo(x.latest().isBefore(y.earliest()));
            assertThat(x.contains(y)).as("%s contains %s", x, y).isEqualTo(
                !y.earliest().isBefore(x.earliest()) && !y.latest().isAfter(x.latest()));
          }
        });
  }

  @Test
  void temporalsOtherThanTheFourAreRejectedNamingTheirClass() {
    qt().withExamples(100).forAll(Generators.timePoints()).checkAssert(point -> {
      ZonedDateTime zoned = point.earliest().atZone(ZoneOffset.UTC);
      for (Temporal other : List.of(zoned, zoned.toLocalDateTime(), point.earliest())) {
        InvalidDataException e = assertValidIff(false, () -> TimePoint.of(other));
        assertThat(e.getMessage()).contains(other.getClass().getName());
      }
    });
  }
}
