package dev.sitrep.core.time;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A point in time, kept at the precision the source gives: {@code 2020} ("ever since 2020"),
 * {@code 2022-02} ("Russia's February 2022 invasion"), an ISO week {@code 2025-W37} ("in the
 * week of 8 September"), {@code 2025-09-10}, a range of a few days {@code 2025-09-08/2025-09-12}
 * ("between 8 and 12 September"), or an instant such as {@code 2025-09-10T04:30Z}. Its ISO 8601
 * text is its wire form.
 *
 * <p>A point covers a span from {@link #earliest()} to {@link #latest()}. An instant keeps the
 * offset its source gave. Any other point is read in its own {@linkplain #zone() zone}, written
 * after it in brackets as RFC 9557 does ({@code 2025-09-10[Europe/Warsaw]},
 * {@code 2025-09[+03:00]}), and in UTC without one. {@code 2025-09}
 * {@linkplain #contains(TimePoint) contains} {@code 2025-09-10}; 00:30 in Warsaw on 10 September
 * is within the day in Warsaw but not within the day in UTC:
 *
 * <pre>{@code
 * TimePoint lateNight = TimePoint.parse("2025-09-10T00:30+02:00");     // 22:30 UTC on the 9th
 * TimePoint.parse("2025-09-10[Europe/Warsaw]").contains(lateNight);   // true
 * TimePoint.parse("2025-09-10").contains(lateNight);                  // false: UTC
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class TimePoint implements Comparable<TimePoint> {
  private static final Pattern ISO = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?))?)?)?");
  private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}");
  private static final Pattern REGION = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*");
  private static final String FORMS = "must be YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD or"
      + " YYYY-MM-DD/YYYY-MM-DD, each optionally followed by a [zone], or an ISO 8601 date-time"
      + " with offset";
  private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

  /** The regions' zones as read, so that each is made once; no larger than {@link #REGIONS}. */
  private static final Map<String, ZoneId> REGION_ZONES = new ConcurrentHashMap<>();

  /** What the checks need to know of each zone a point has been given, found once per zone. */
  private static final Map<ZoneId, ZoneFacts> ZONE_FACTS = new ConcurrentHashMap<>();

  /**
   * @param region whether the zone is a region of the time zone database
   * @param skippedDays the days its clocks skipped whole, such as 30 December 2011 in
   *     Pacific/Apia, found in its past transitions (the rules for the future only move clocks by
   *     hours)
   */
  private record ZoneFacts(boolean region, Set<LocalDate> skippedDays) {}

  /** The most days a {@linkplain #days(LocalDate, LocalDate) range of days} spans: a week. */
  public static final int MAX_RANGE_DAYS = 7;

  /** Orders by earliest instant, then by latest: "August 2025" before "2025-09-10". */
  public static final Comparator<TimePoint> CHRONOLOGICAL =
      Comparator.comparing(TimePoint::earliest).thenComparing(TimePoint::latest);

  /**
   * @return a {@link Year}, {@link YearMonth}, {@link LocalDate} (a day, the Monday of a week or
   *     the first day of a range) or {@link OffsetDateTime}
   */
  @Value.Parameter
  public abstract Temporal value();

  /**
   * @return how precisely the point is known: by default that of its {@link #value()}'s kind;
   *     {@link Precision#WEEK} or {@link Precision#DAY_RANGE} for a {@link LocalDate} that begins
   *     a week or a range
   */
  @Value.Default
  public Precision precision() {
    return precisionOf(value());
  }

  private static Precision precisionOf(Temporal v) {
    if (v instanceof Year) {
      return Precision.YEAR;
    } else if (v instanceof YearMonth) {
      return Precision.MONTH;
    } else if (v instanceof LocalDate) {
      return Precision.DAY;
    }
    return Precision.INSTANT;
  }

  /** @return the last day of a range of days; given for {@link Precision#DAY_RANGE} only */
  public abstract Optional<LocalDate> through();

  /**
   * @return the zone or offset the year, month, week or days are read in, as the source's own
   *     calendar ({@code Europe/Warsaw}, {@code +03:00}); absent: UTC. Never given for an instant,
   *     which carries its own offset.
   */
  public abstract Optional<ZoneId> zone();

  /** The ISO text, kept once made or parsed: it is written for every time point written. */
  @SuppressWarnings("immutables:incompat") // a cache, set once, outside equality and hashing
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

  /**
   * @param weekBasedYear the ISO week-based year, such as 2025
   * @param week the ISO week, from 1 to 52 or 53
   * @return the ISO week, such as {@code 2025-W37} (8 to 14 September 2025)
   */
  public static TimePoint week(int weekBasedYear, int week) {
    return ImmutableTimePoint.builder().value(weekStart(weekBasedYear, week))
        .precision(Precision.WEEK).build();
  }

  /**
   * @param first the first day
   * @param last the last day, after the first and at most {@link #MAX_RANGE_DAYS} − 1 days after
   * @return the range of days, as a source says "between 8 and 12 September":
   *     {@code 2025-09-08/2025-09-12}
   */
  public static TimePoint days(LocalDate first, LocalDate last) {
    return ImmutableTimePoint.builder().value(first).through(last).precision(Precision.DAY_RANGE)
        .build();
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
   * @param zone the zone or offset the point is read in, as the source's own calendar
   * @return this point read in {@code zone}: {@code 2025-09-10[Europe/Warsaw]}
   * @throws InvalidDataException for an instant, an offset with seconds, or a zone that is not a
   *     region of the time zone database
   */
  public TimePoint inZone(ZoneId zone) {
    return ImmutableTimePoint.copyOf(this).withZone(zone);
  }

  /**
   * @param iso {@code 2025}, {@code 2025-09}, {@code 2025-W37}, {@code 2025-09-10} or
   *     {@code 2025-09-08/2025-09-12}, each optionally followed by a zone in brackets
   *     ({@code [Europe/Warsaw]}, {@code [+02:00]}), or an ISO 8601 date-time with an offset,
   *     such as {@code 2025-09-10T04:30Z}
   * @return the point, at the precision of the text
   * @throws InvalidDataException if the text is none of these, or names an unknown zone
   */
  public static TimePoint parse(String iso) {
    Checks.require(iso != null, "time", "must not be null");
    if (isDate(iso, 0, iso.length())) {
      TimePoint point = ImmutableTimePoint.of(wrap(() -> date(iso, 0, iso.length()), iso));
      point.iso = iso; // a date's text is already in the one form toString writes
      return point;
    }
    int bracket = iso.indexOf('[');
    Checks.require(bracket < 0 || iso.endsWith("]"), "time", () -> FORMS + ", was '" + iso + "'");
    String base = bracket < 0 ? iso : iso.substring(0, bracket);
    ZoneId zone = bracket < 0 ? null : zone(iso, iso.substring(bracket + 1, iso.length() - 1));
    int length = base.length();
    boolean day = isDate(base, 0, length);
    boolean week = length == 8 && digits(base, 0, 4) && base.charAt(4) == '-'
        && base.charAt(5) == 'W' && digits(base, 6, 8);
    boolean range = length == 21 && base.charAt(10) == '/' && isDate(base, 0, 10)
        && isDate(base, 11, 21);
    if (!day && !week && !range) {
      Checks.require(zone == null && ISO.matcher(iso).matches(), "time",
          () -> FORMS + ", was '" + iso + "'");
      return ImmutableTimePoint.of(wrap(() -> OffsetDateTime.parse(iso), iso));
    }
    ImmutableTimePoint.Builder point = ImmutableTimePoint.builder().zone(Optional.ofNullable(zone));
    if (day) {
      point.value(wrap(() -> date(base, 0, length), iso));
    } else if (week) {
      point.value(weekStart(Integer.parseInt(base, 0, 4, 10), Integer.parseInt(base, 6, 8, 10)))
          .precision(Precision.WEEK);
    } else {
      point.value(wrap(() -> date(base, 0, 10), iso))
          .through((LocalDate) wrap(() -> date(base, 11, 21), iso)).precision(Precision.DAY_RANGE);
    }
    return point.build();
  }

  /** Whether {@code text[start, end)} has the form of a year, a month or a day. */
  private static boolean isDate(String text, int start, int end) {
    int length = end - start;
    return (length == 4 || length == 7 || length == 10) && digits(text, start, start + 4)
        && (length == 4 || (text.charAt(start + 4) == '-' && digits(text, start + 5, start + 7)))
        && (length < 10 || (text.charAt(start + 7) == '-' && digits(text, start + 8, end)));
  }

  /** @return the year, month or day of {@code text[start, end)}, which {@link #isDate} accepts */
  private static Temporal date(String text, int start, int end) {
    int year = Integer.parseInt(text, start, start + 4, 10);
    if (end - start == 4) {
      return Year.of(year);
    }
    int month = Integer.parseInt(text, start + 5, start + 7, 10);
    return end - start == 7 ? YearMonth.of(year, month)
        : LocalDate.of(year, month, Integer.parseInt(text, start + 8, end, 10));
  }

  private static LocalDate weekStart(int weekBasedYear, int week) {
    LocalDate fourthOfJanuary = (LocalDate) wrap(() -> LocalDate.of(weekBasedYear, 1, 4));
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary).getMaximum();
    Checks.require(week >= 1 && week <= weeks, "time", () -> "must be a valid date: the ISO"
        + " weeks of " + weekBasedYear + " are 1 to " + weeks + ", was week " + week);
    // the 4th of January is always in week 1
    return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
  }

  /** @return the zone of a bracket's text: an offset {@code ±hh:mm} or a region's id */
  private static ZoneId zone(String iso, String text) {
    ZoneId known = REGION_ZONES.get(text); // the common case: a region read before
    if (known != null) {
      return known;
    }
    if (REGIONS.contains(text)) { // without a regular expression
      return REGION_ZONES.computeIfAbsent(text, ZoneId::of);
    }
    if (OFFSET.matcher(text).matches()) {
      try {
        return ZoneOffset.of(text);
      } catch (DateTimeException e) {
        throw new InvalidDataException("zone", "must be an offset from -18:00 to +18:00, was '"
            + text + "'");
      }
    }
    Checks.require(REGION.matcher(text).matches(), "time", () -> FORMS + ", was '" + iso + "'");
    checkRegion(text);
    return ZoneId.of(text);
  }

  private static void checkRegion(String id) {
    Checks.require(REGIONS.contains(id), "zone", () -> "must name a time zone known to the JDK"
        + " (a region of the IANA database, such as Europe/Warsaw) or an offset such as +02:00,"
        + " was '" + id + "'");
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
    Precision precision = precision();
    boolean day = v instanceof LocalDate;
    Checks.require(day ? precision == Precision.DAY || precision == Precision.WEEK
        || precision == Precision.DAY_RANGE : precision == precisionOf(v),
        "precision", () -> "must be " + (day ? "DAY, WEEK or DAY_RANGE" : precisionOf(v))
            + " for " + v + ", was " + precision);
    checkYear(precision == Precision.WEEK ? v.get(IsoFields.WEEK_BASED_YEAR)
        : v.get(ChronoField.YEAR));
    Checks.require(precision != Precision.WEEK || ((LocalDate) v).getDayOfWeek() == DayOfWeek.MONDAY,
        "value", () -> "must be the Monday a week begins, was " + v + ", a "
            + ((LocalDate) v).getDayOfWeek());
    Checks.require(through().isPresent() == (precision == Precision.DAY_RANGE), "through",
        () -> precision == Precision.DAY_RANGE ? "must be given for a range of days"
            : "must be given only for a range of days, not for " + precision);
    through().ifPresent(last -> {
      checkYear(last.getYear());
      long days = ChronoUnit.DAYS.between((LocalDate) v, last) + 1;
      Checks.require(days >= 2, "through",
          () -> "must be after the first day (first=" + v + ", through=" + last + ")");
      Checks.require(days <= MAX_RANGE_DAYS, "through", () -> "must span at most "
          + MAX_RANGE_DAYS + " days, was " + days + " (first=" + v + ", through=" + last + ")");
    });
    zone().ifPresent(zone -> {
      Checks.require(precision != Precision.INSTANT, "zone",
          () -> "must not be given for an instant, which carries its own offset, was " + zone);
      if (zone instanceof ZoneOffset) {
        Checks.require(((ZoneOffset) zone).getTotalSeconds() % 60 == 0, "zone",
            () -> "must be an offset of whole minutes, was " + zone);
      } else {
        ZoneFacts facts = facts(zone);
        if (!facts.region()) {
          checkRegion(zone.getId());
        }
        Checks.require(precision != Precision.DAY || !facts.skippedDays().contains(v), "zone",
            () -> "must have the day, but " + zone + " skipped " + v);
      }
    });
  }

  /**
   * @return the days on which {@code zone}'s clocks jumped past every hour: those whose midnight
   *     and next midnight both fall in one gap of a transition
   */
  static Set<LocalDate> skippedDays(ZoneId zone) {
    return facts(zone).skippedDays();
  }

  private static ZoneFacts facts(ZoneId zone) {
    return ZONE_FACTS.computeIfAbsent(zone, z -> {
      Set<LocalDate> days = new HashSet<>();
      for (ZoneOffsetTransition t : z.getRules().getTransitions()) {
        LocalDateTime gapStart = t.getDateTimeBefore();
        LocalDateTime gapEnd = t.getDateTimeAfter(); // the gap is [gapStart, gapEnd)
        for (LocalDate d = gapStart.toLocalDate(); t.isGap()
            && !d.plusDays(1).atStartOfDay().isAfter(gapEnd); d = d.plusDays(1)) {
          if (!d.atStartOfDay().isBefore(gapStart)) {
            days.add(d);
          }
        }
      }
      return new ZoneFacts(REGIONS.contains(z.getId()), Set.copyOf(days));
    });
  }

  private static void checkYear(int year) {
    Checks.require(year >= 1 && year <= 9999, "time",
        () -> "must lie between the years 0001 and 9999, was " + year);
  }

  /**
   * @return the first instant the point covers: for {@code 2025-09}, 1 September 00:00 UTC; for
   *     {@code 2025-09[Europe/Warsaw]}, 1 September 00:00 in Warsaw (22:00 UTC on 31 August)
   */
  @Value.Lazy
  public Instant earliest() {
    Temporal v = value();
    return v instanceof OffsetDateTime
        ? ((OffsetDateTime) v).toInstant()
        : firstDay().atStartOfDay(zone().orElse(ZoneOffset.UTC)).toInstant();
  }

  /**
   * @return the last instant the point covers: for {@code 2025-09}, the last nanosecond of 30
   *     September UTC; for a week, of its Sunday; for a range of days, of its last day; in the
   *     point's zone where it has one
   */
  @Value.Lazy
  public Instant latest() {
    Temporal v = value();
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toInstant();
    }
    LocalDate after = dayAfter();
    return after.atStartOfDay(zone().orElse(ZoneOffset.UTC)).toInstant().minusNanos(1);
  }

  /** @return the day after the last the point covers, for any point but an instant */
  private LocalDate dayAfter() {
    switch (precision()) {
      case YEAR:
        return firstDay().plusYears(1);
      case MONTH:
        return firstDay().plusMonths(1);
      case WEEK:
        return firstDay().plusWeeks(1);
      case DAY_RANGE:
        return through().orElseThrow().plusDays(1);
      default:
        return firstDay().plusDays(1);
    }
  }

  /**
   * Whether this point and {@code other} are both days, weeks, months or years in one calendar
   * whose days each have a start of their own (no day skipped whole), so that comparing their
   * days gives what comparing their instants gives, without the zone's rules.
   */
  private boolean sameCalendar(TimePoint other) {
    if (precision() == Precision.INSTANT || other.precision() == Precision.INSTANT
        || !zone().equals(other.zone())) {
      return false;
    }
    ZoneId zone = zone().orElse(ZoneOffset.UTC);
    return zone instanceof ZoneOffset || skippedDays(zone).isEmpty();
  }

  /**
   * @param other another point
   * @return whether all of {@code other}'s span lies within this one's: {@code 2025-09} contains
   *     {@code 2025-09-10}
   */
  public boolean contains(TimePoint other) {
    if (sameCalendar(other)) {
      return !other.firstDay().isBefore(firstDay()) && !other.dayAfter().isAfter(dayAfter());
    }
    return !other.earliest().isBefore(earliest()) && !other.latest().isAfter(latest());
  }

  /**
   * @param other another point
   * @return whether this point certainly ends before {@code other} begins
   */
  public boolean isBefore(TimePoint other) {
    if (sameCalendar(other)) {
      return !dayAfter().isAfter(other.firstDay());
    }
    return latest().isBefore(other.earliest());
  }

  @Override
  public int compareTo(TimePoint other) {
    return CHRONOLOGICAL.compare(this, other);
  }

  /**
   * @return the ISO 8601 text, such as {@code 2025-09}, {@code 2025-W37},
   *     {@code 2025-09-08/2025-09-12}, {@code 2025-09-10[Europe/Warsaw]} or
   *     {@code 2025-09-10T04:30Z}; a zone's offset is written {@code ±hh:mm}, UTC as
   *     {@code +00:00}
   */
  @Override
  public String toString() {
    String text = iso;
    if (text == null) { // racy but safe, as in String.hashCode: a String is immutable
      text = iso();
      iso = text;
    }
    return text;
  }

  private String iso() {
    Temporal v = value();
    String text;
    switch (precision()) {
      case YEAR:
        text = fourDigits(((Year) v).getValue()); // Year.toString writes "1", not "0001"
        break;
      case WEEK:
        int week = v.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        text = fourDigits(v.get(IsoFields.WEEK_BASED_YEAR)) + (week < 10 ? "-W0" : "-W") + week;
        break;
      case DAY_RANGE:
        text = v + "/" + through().orElseThrow();
        break;
      default:
        // OffsetDateTime.toString leaves out zero seconds ("04:30Z"), unlike ISO_OFFSET_DATE_TIME
        text = v.toString();
        break;
    }
    if (zone().isEmpty()) {
      return text;
    }
    ZoneId zone = zone().get();
    return text + "[" + (zone.equals(ZoneOffset.UTC) ? "+00:00" : zone.getId()) + "]";
  }

  private static String fourDigits(int year) {
    String digits = Integer.toString(year);
    return "000".substring(Math.min(3, digits.length() - 1)) + digits;
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
