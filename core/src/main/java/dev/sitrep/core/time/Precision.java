package dev.sitrep.core.time;

/**
 * How precisely a {@link TimePoint} is known: the article's "2020", "August", "September 10"; a
 * dataset's week or range of days. From the coarsest to the finest.
 */
public enum Precision {
  /** A year, such as {@code 2020}. */
  YEAR,
  /** A month, such as {@code 2025-08} ("August summit meeting in Alaska"). */
  MONTH,
  /** An ISO week, Monday to Sunday, such as {@code 2025-W37} (ACLED's and UCDP's week). */
  WEEK,
  /**
   * A range of two to {@value TimePoint#MAX_RANGE_DAYS} days, as a source gave it: "between 8
   * and 12 September", {@code 2025-09-08/2025-09-12} (UCDP's "within 2-6 days").
   */
  DAY_RANGE,
  /** A day, such as {@code 2025-09-10}. */
  DAY,
  /** An instant with its UTC offset, such as {@code 2025-09-10T04:30Z}. */
  INSTANT
}
