package dev.sitrep.core.exercise;

import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * One threshold of the Vienna Document 2011: an activity that reaches {@link #minimum()} in
 * {@link #category()} is subject to {@link #obligation()}, by the paragraph cited; for example
 * 9,000 troops for prior notification (paragraph 40.1.1).
 */
@Value.Immutable
@SitrepStyle
public abstract class ViennaThreshold {
  /** @return what the threshold requires */
  @Value.Parameter
  public abstract Obligation obligation();

  /** @return what it counts */
  @Value.Parameter
  public abstract StrengthCategory category();

  /** @return the smallest figure that triggers the obligation ("equal to or exceeding") */
  @Value.Parameter
  public abstract long minimum();

  /** @return the paragraph of the Vienna Document 2011, such as "40.1.1" */
  @Value.Parameter
  public abstract String paragraph();

  /**
   * @param obligation what the threshold requires
   * @param category what it counts
   * @param minimum the least count that requires it
   * @param paragraph the paragraph of the Vienna Document 2011, such as "40.1.1"
   * @return the threshold
   */
  public static ViennaThreshold of(Obligation obligation, StrengthCategory category, long minimum,
      String paragraph) {
    return ImmutableViennaThreshold.of(obligation, category, minimum, paragraph);
  }
}
