package dev.sitrep.core.provenance;

import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * A value as someone asserts it. Where sources disagree, each gets its own claim: an exercise's
 * strength as 6,850 troops declared by its host, and as 100,000 claimed by someone else; drones
 * detected by one side and shot down according to another.
 *
 * @param <T> the kind of value claimed, such as an {@code UncertainCount}
 */
@Value.Immutable
@SitrepStyle
public abstract class Claim<T> {
  /** @return what is claimed */
  @Value.Parameter
  public abstract T value();

  /** @return who claims it, where and how firmly */
  @Value.Parameter
  public abstract Attribution attribution();

  /**
   * @param value what is claimed
   * @param attribution who claims it
   * @param <T> the kind of value
   * @return the claim
   */
  public static <T> Claim<T> of(T value, Attribution attribution) {
    return ImmutableClaim.of(value, attribution);
  }
}
