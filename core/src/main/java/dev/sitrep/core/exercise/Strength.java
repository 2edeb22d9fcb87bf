package dev.sitrep.core.exercise;

import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.quantity.UncertainCount;
import org.immutables.value.Value;

/**
 * One claim about an exercise's size in one category, and who makes it: 12,800 troops declared by
 * the host; "at least 100,000" claimed by another. An exercise keeps every such claim, however much
 * they disagree.
 */
@Value.Immutable
@SitrepStyle
public abstract class Strength {
  /** @return what is counted */
  public abstract StrengthCategory category();

  /** @return how many, as the claimant says */
  public abstract UncertainCount count();

  /** @return who says so, where and how firmly */
  public abstract Attribution attribution();

  /** @return a new builder */
  public static ImmutableStrength.Builder builder() {
    return ImmutableStrength.builder();
  }

  /** @return {@code count} of {@code category}, as {@code attribution} says */
  public static Strength of(StrengthCategory category, UncertainCount count,
      Attribution attribution) {
    return builder().category(category).count(count).attribution(attribution).build();
  }
}
