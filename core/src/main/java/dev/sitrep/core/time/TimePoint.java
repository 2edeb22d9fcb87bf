package dev.sitrep.core.time;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A point in time, kept at the precision the source gives: {@code 2020} ("ever since 2020"),
 * {@code 2022-02} ("Russia's February 2022 invasion"), {@code 2025-09-10}, or an instant such as
 * {@code 2025-09-10T04:30Z}. Its ISO 8601 text is its wire form.
 *
 * <p>A point covers a span from {@link #earliest()} to {@link #latest()}. Years, months and days
 * are read in UTC; an instant keeps the offset its source gave. {@code 2025-09}
 * {@linkplain #contains(TimePoint) contains} {@code 2025-09-10}.
 */
@Value.Immutable
@SitrepStyle
public abstract class TimePoint implements Comparable<TimePoint> {
  private static final Pattern ISO = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?))?)?)?");
  private static final String FORMS =
      "must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time with offset";

  /** Orders by earliest instant, then by latest: "August 2025" before "2025-09-10". */
  public static final Comparator<TimePoint> CHRONOLOGICAL =
      Comparator.comparing(TimePoint::earliest).thenComparing(TimePoint::latest);

  /** @return a {@link Year}, {@link YearMonth}, {@link LocalDate} or {@link OffsetDateTime} */
  @Value.Parameter
  public abstract Temporal value();

  /** The ISO text, kept once made or parsed: it is written for every time point written. */
  private String iso;

  /** @return a year, such as 2020 */
  public static TimePoint year(int year) {
    return ImmutableTimePoint.of(wrap(() -> Year.of(year)));
  }

  /** @return a month, such as August 2025 */
  public static TimePoint month(int year, int month) {
    return ImmutableTimePoint.of(wrap(() -> YearMonth.of(year, month)));
  }

  /** @return a day, such as 10 September 2025 */
  public static TimePoint day(int year, int month, int day) {
    return ImmutableTimePoint.of(wrap(() -> LocalDate.of(year, month, day)));
  }

  /** @return an instant with its offset */
  public static TimePoint instant(OffsetDateTime instant) {
    return ImmutableTimePoint.of(instant);
  }

  /**
   * @param value a {@link Year}, {@link YearMonth}, {@link LocalDate} or {@link OffsetDateTime}
   * @return the point
   * @throws InvalidDataException for any other kind of temporal
   */
  public static TimePoint of(Temporal value) {
    return ImmutableTimePoint.of(value);
  }

  /**
   * @param iso {@code 2025}, {@code 2025-09}, {@code 2025-09-10} or an ISO 8601 date-time with an
   *     offset, such as {@code 2025-09-10T04:30Z}
   * @return the point, at the precision of the text
   * @throws InvalidDataException if the text is none of these
   */
  public static TimePoint parse(String iso) {
    Checks.require(iso != null, "time", "must not be null");
    int length = iso.length();
    boolean date = (length == 4 || length == 7 || length == 10) && digits(iso, 0, 4)
        && (length == 4 || (iso.charAt(4) == '-' && digits(iso, 5, 7)))
        && (length < 10 || (iso.charAt(7) == '-' && digits(iso, 8, 10)));
    Checks.require(date || ISO.matcher(iso).matches(), "time", () -> FORMS + ", was '" + iso + "'");
    TimePoint point = ImmutableTimePoint.of(wrap(() -> {
      if (!date) {
        return OffsetDateTime.parse(iso);
      }
      int year = Integer.parseInt(iso, 0, 4, 10);
      if (length == 4) {
        return Year.of(year);
      }
      int month = Integer.parseInt(iso, 5, 7, 10);
      return length == 7 ? YearMonth.of(year, month)
          : LocalDate.of(year, month, Integer.parseInt(iso, 8, 10, 10));
    }, iso));
    if (date) {
      point.iso = iso; // a date's text is already in the one form toString writes
    }
    return point;
  }

  private static boolean digits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }


  @Value.Check
  void check() {
    Temporal v = value();
    Checks.require(v instanceof Year || v instanceof YearMonth || v instanceof LocalDate
        || v instanceof OffsetDateTime, "time",
        () -> "must be a Year, YearMonth, LocalDate or OffsetDateTime, was " + v.getClass().getName());
    int year = v.get(ChronoField.YEAR);
    Checks.require(year >= 1 && year <= 9999, "time",
        () -> "must lie between the years 0001 and 9999, was " + year);
  }

  /** @return how precisely the point is known */
  public Precision precision() {
    Temporal v = value();
    if (v instanceof Year) {
      return Precision.YEAR;
    } else if (v instanceof YearMonth) {
      return Precision.MONTH;
    } else if (v instanceof LocalDate) {
      return Precision.DAY;
    }
    return Precision.INSTANT;
  }

  /** @return the first instant the point covers (for {@code 2025-09}, 1 September 00:00 UTC) */
  public Instant earliest() {
    Temporal v = value();
    return v instanceof OffsetDateTime
        ? ((OffsetDateTime) v).toInstant()
        : firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * @return the last instant the point covers (for {@code 2025-09}, the last nanosecond of 30
   *     September UTC)
   */
  public Instant latest() {
    Temporal v = value();
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toInstant();
    }
    LocalDate after = firstDay().plus(1, precision() == Precision.YEAR ? ChronoUnit.YEARS
        : precision() == Precision.MONTH ? ChronoUnit.MONTHS : ChronoUnit.DAYS);
    return after.atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
  }

  /**
   * @param other another point
   * @return whether all of {@code other}'s span lies within this one's: {@code 2025-09} contains
   *     {@code 2025-09-10}
   */
  public boolean contains(TimePoint other) {
    return !other.earliest().isBefore(earliest()) && !other.latest().isAfter(latest());
  }

  /**
   * @param other another point
   * @return whether this point certainly ends before {@code other} begins
   */
  public boolean isBefore(TimePoint other) {
    return latest().isBefore(other.earliest());
  }

  @Override
  public int compareTo(TimePoint other) {
    return CHRONOLOGICAL.compare(this, other);
  }

  /** @return the ISO 8601 text, such as {@code 2025-09} or {@code 2025-09-10T04:30Z} */
  @Override
  public String toString() {
    String text = iso;
    if (text == null) { // racy but safe, as in String.hashCode: a String is immutable
      text = iso(value());
      iso = text;
    }
    return text;
  }

  private static String iso(Temporal v) {
    if (v instanceof Year) {
      // Year.toString writes "1", not "0001"
      String year = Integer.toString(((Year) v).getValue());
      return "000".substring(Math.min(3, year.length() - 1)) + year;
    }
    // OffsetDateTime.toString leaves out zero seconds ("04:30Z"), unlike ISO_OFFSET_DATE_TIME
    return v.toString();
  }

  private LocalDate firstDay() {
    Temporal v = value();
    if (v instanceof Year) {
      return ((Year) v).atDay(1);
    } else if (v instanceof YearMonth) {
      return ((YearMonth) v).atDay(1);
    }
    return (LocalDate) v;
  }

  private interface TemporalSupplier {
    Temporal get();
  }

  private static Temporal wrap(TemporalSupplier supplier) {
    return wrap(supplier, null);
  }

  private static Temporal wrap(TemporalSupplier supplier, String text) {
    try {
      return supplier.get();
    } catch (DateTimeException e) {
      throw new InvalidDataException("time", text == null
          ? "must be a valid date: " + e.getMessage()
          : FORMS + ", was '" + text + "'");
    }
  }
}
