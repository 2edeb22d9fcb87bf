package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties: TimePoint accepts exactly the dates of the years 0001–9999, and round-trips. */
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
  void theIsoTextHasTheFormOfThePrecision() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(p -> {
      String regex;
      switch (p.precision()) {
        case YEAR:
          regex = "\\d{4}";
          break;
        case MONTH:
          regex = "\\d{4}-\\d{2}";
          break;
        case DAY:
          regex = "\\d{4}-\\d{2}-\\d{2}";
          break;
        default:
          regex = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})";
          break;
      }
      assertThat(p.toString()).matches(regex);
    });
  }

  @Test
  void parseOfAnyTextEitherRoundTripsOrFailsWithInvalidDataException() {
    Gen<String> texts = Generate.oneOf(Arbitrary.stringsOf("0123456789-", 0, 11),
        Arbitrary.stringsOf("0123456789-T:Z+.", 0, 24), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(texts).checkAssert(text -> {
      TimePoint point;
      try {
        point = TimePoint.parse(text);
      } catch (InvalidDataException e) {
        assertThat(e.path()).isEqualTo("time");
        return;
      }
      assertThat(TimePoint.parse(point.toString())).isEqualTo(point);
      if (point.precision() != Precision.INSTANT) {
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
        assertThat(year.contains(point)).isTrue();
        assertThat(TimePoint.parse(iso.substring(0, 7)).contains(point)).isTrue();
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
