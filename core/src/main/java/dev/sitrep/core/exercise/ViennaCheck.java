package dev.sitrep.core.exercise;

import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.Answer;
import org.immutables.value.Value;

/**
 * The answer for one strength claim against one threshold: Minsk's declared 12,800 troops reach
 * the 9,000 for notification ({@code YES}) but not the 13,000 for observation ({@code NO});
 * "between 8,000 and 10,000" may or may not reach 9,000 ({@code CANNOT_TELL}).
 */
@Value.Immutable
@SitrepStyle
public abstract class ViennaCheck {
  /** @return the claim checked */
  public abstract Strength strength();

  /** @return the threshold it was checked against */
  public abstract ViennaThreshold threshold();

  /** @return whether the claim reaches the threshold */
  public abstract Answer answer();

  /** @return why, in words: "lower bound 12800 reaches 9000 (paragraph 40.1.1)" */
  public abstract String reason();

  /** @return a new builder */
  public static ImmutableViennaCheck.Builder builder() {
    return ImmutableViennaCheck.builder();
  }
}
