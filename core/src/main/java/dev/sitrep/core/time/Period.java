package dev.sitrep.core.time;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of time from a start to an optional end, each at its own precision, with the source's own
 * words where it gives them: Zapad 2025 from {@code 2025-09-12}; the drone incursion
 * {@code 2025-09-10} to {@code 2025-09-10}, "early on September 10"; Lukashenka's dependence on the
 * Kremlin from {@code 2020}, with no end.
 *
 * <p>An absent end means the period is open or its end is unknown. A period whose end certainly
 * lies before its start is rejected.
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

  /** @return a new builder */
  public static ImmutablePeriod.Builder builder() {
    return ImmutablePeriod.builder();
  }

  /** @return a period from {@code start}, its end open or unknown */
  public static Period from(TimePoint start) {
    return builder().start(start).build();
  }

  /** @return a period from {@code start} to {@code end} */
  public static Period between(TimePoint start, TimePoint end) {
    return builder().start(start).end(end).build();
  }

  /** @return a period within one point in time, such as a single day */
  public static Period at(TimePoint point) {
    return between(point, point);
  }

  @Value.Check
  void check() {
    end().ifPresent(end -> Checks.require(!end.isBefore(start()), "end",
        () -> "must not be before start (start=" + start() + ", end=" + end + ")"));
    phrase().ifPresent(p -> Checks.notBlank(p, "phrase"));
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
