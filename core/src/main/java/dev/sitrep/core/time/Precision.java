package dev.sitrep.core.time;

/** How precisely a {@link TimePoint} is known: the article's "2020", "August", "September 10". */
public enum Precision {
  /** A year, such as {@code 2020}. */
  YEAR,
  /** A month, such as {@code 2025-08} ("August summit meeting in Alaska"). */
  MONTH,
  /** A day, such as {@code 2025-09-10}. */
  DAY,
  /** An instant with its UTC offset, such as {@code 2025-09-10T04:30Z}. */
  INSTANT
}
