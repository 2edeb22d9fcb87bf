package dev.sitrep.core.time;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of time from a start to an optional end, each at its own precision, with the source's own
 * words where it gives them: Zapad 2025 from {@code 2025-09-12}; the drone incursion
 * {@code 2025-09-10} to {@code 2025-09-10}, "early on September 10"; Lukashenka's dependence on the
 * Kremlin from {@code 2020}, with no end. How long it lasted, as the source says it, is kept
 * beside the bounds whether or not they are known:
 *
 * <pre>{@code
 * Period closure = Period.builder().start(TimePoint.parse("2025-09-10"))
 *     .end(TimePoint.parse("2025-09-10"))
 *     .duration(UncertainDuration.about(Duration.ofHours(4)).withPhrase("for about four hours"))
 *     .build();
 * closure.longest();    // PT23H59M59.999999999S: one day, from its first to its last instant
 * }</pre>
 *
 * <p>An absent end means the period is open or its end is unknown. A period whose end certainly
 * lies before its start is rejected, and so is a duration that cannot fit between its start and
 * end: one whose lower bound is longer than {@link #longest()}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Period {
  /** @return when it began */
  public abstract TimePoint start();

  /** @return when it ended, if it has and the source says */
  public abstract Optional<TimePoint> end();

  /** @return the source's own words, such as "early on September 10" */
  public abstract Optional<String> phrase();

  /** @return how long it lasted, as the source says: "for about four hours" */
  public abstract Optional<UncertainDuration> duration();

  /** @return a new builder */
  public static ImmutablePeriod.Builder builder() {
    return ImmutablePeriod.builder();
  }

  /**
   * @param start when it began
   * @return a period from {@code start}, its end open or unknown
   */
  public static Period from(TimePoint start) {
    return builder().start(start).build();
  }

  /**
   * @param start when it began
   * @param end when it ended
   * @return a period from {@code start} to {@code end}
   */
  public static Period between(TimePoint start, TimePoint end) {
    return builder().start(start).end(end).build();
  }

  /**
   * @param point the point in time
   * @return a period within one point in time, such as a single day
   */
  public static Period at(TimePoint point) {
    return between(point, point);
  }

  @Value.Check
  void check() {
    end().ifPresent(end -> Checks.require(!end.isBefore(start()), "end",
        () -> "must not be before start (start=" + start() + ", end=" + end + ")"));
    phrase().ifPresent(p -> Checks.notBlank(p, "phrase"));
    duration().ifPresent(d -> checkFits(this, d, "duration"));
  }

  /**
   * Fails unless {@code duration} can be how long {@code period} lasted: its lower bound no longer
   * than the period's {@link #longest()}, where the period has an end.
   *
   * @param period the period
   * @param duration how long it lasted, as the source says
   * @param path the attribute of the duration, for the message
   */
  public static void checkFits(Period period, UncertainDuration duration, String path) {
    period.longest().ifPresent(longest -> Checks.require(duration.lower().compareTo(longest) <= 0,
        path, () -> "must fit the period: at least " + duration.lower() + ", but from "
            + period.start() + " to " + period.end().orElseThrow() + " lasts at most " + longest));
  }

  /**
   * @return the longest the period can have lasted, from its start's earliest instant to its
   *     end's latest; empty when it has no end. {@code 2025-09-10} to {@code 2025-09-11}: just
   *     under two days.
   */
  public Optional<Duration> longest() {
    return end().map(e -> Duration.between(start().earliest(), e.latest()));
  }

  /**
   * @return the shortest the period can have lasted, from its start's latest instant to its end's
   *     earliest, or zero where they overlap; empty when it has no end. {@code 2025-09-10} to
   *     {@code 2025-09-12}: one day.
   */
  public Optional<Duration> shortest() {
    return end().map(e -> {
      Duration d = Duration.between(start().latest(), e.earliest());
      return d.isNegative() ? Duration.ZERO : d;
    });
  }

  /**
   * @param point a point in time
   * @return whether the point lies certainly within this period (an open end reaches forever)
   */
  public boolean contains(TimePoint point) {
    return !point.earliest().isBefore(start().earliest())
        && end().map(e -> !point.latest().isAfter(e.latest())).orElse(true);
  }
}
