package dev.sitrep.core.quantity;

/**
 * A three-valued answer to a question about an uncertain count: "does at least 19 reach 13?" is
 * {@link #YES}, "does at least 19 reach 25?" is {@link #CANNOT_TELL}. The strict reading
 * ({@link UncertainCount#reaches(long)}) gives any of the three; the as-stated reading
 * ({@link UncertainCount#reachesAsStated(long)}) gives yes or no whenever the source states a
 * figure, and cannot tell only when it does not ("between 8,000 and 10,000" against 9,000).
 */
public enum Answer {
  /** Certainly so, whatever the true count within its bounds; as stated, the figure reaches. */
  YES,
  /** Certainly not; as stated, the figure falls short. */
  NO,
  /** The bounds allow both; as stated, the source also gives no single figure. */
  CANNOT_TELL
}
