package dev.sitrep.core.exercise;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Supersedable;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One claim about an exercise's size in one category, and who makes it: 12,800 troops declared by
 * the host; "at least 100,000" claimed by another. An exercise keeps every such claim, however much
 * they disagree; a corrected figure supersedes the earlier one of its category, and a figure may
 * count part of the exercise, on one territory or from one contributing state:
 *
 * <pre>{@code
 * Strength partner = Strength.builder().category(StrengthCategory.TROOPS)
 *     .count(UncertainCount.about(3_000)).attribution(declared)
 *     .contributor(Ref.of("state/rus")).build();   // "a third of them from the partner state"
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Strength implements Supersedable {
  /** @return what is counted */
  public abstract StrengthCategory category();

  /** @return how many, as the claimant says */
  public abstract UncertainCount count();

  /** @return who says so, where and how firmly */
  @Override
  public abstract Attribution attribution();

  /** @return an id, so that a later, corrected figure of the same category can supersede it */
  @Override
  public abstract Optional<EntityId> id();

  /** @return the id of the earlier figure of the same category that this one corrects */
  @Override
  public abstract Optional<EntityId> supersedes();

  /**
   * @return the territory the figure applies to, where it counts only part of the exercise: the
   *     troops in Belarus, not those in Russia
   */
  public abstract Optional<Place> territory();

  /**
   * @return the state that contributes what is counted, where the figure counts one state's part:
   *     "a third of them from the partner state"
   */
  public abstract Optional<Ref<State>> contributor();

  /** @return whether the figure counts the whole exercise: no territory, no contributor */
  public boolean isWhole() {
    return territory().isEmpty() && contributor().isEmpty();
  }

  /**
   * Whether this figure and another cannot count the same people or things: they count different
   * territories, or the parts of different contributing states. The troops in Belarus and those in
   * Russia are apart; the troops in Belarus and the Russian troops may overlap.
   *
   * @param other another figure
   * @return whether both name a territory and the territories differ, or both name a contributor
   *     and the contributors differ
   */
  public boolean isApartFrom(Strength other) {
    return territory().isPresent() && other.territory().isPresent()
        && !territory().equals(other.territory())
        || contributor().isPresent() && other.contributor().isPresent()
        && !contributor().equals(other.contributor());
  }

  /** @return a new builder */
  public static ImmutableStrength.Builder builder() {
    return ImmutableStrength.builder();
  }

  /**
   * @param category what is counted
   * @param count how many
   * @param attribution who says so
   * @return {@code count} of {@code category}, as {@code attribution} says
   */
  public static Strength of(StrengthCategory category, UncertainCount count,
      Attribution attribution) {
    return builder().category(category).count(count).attribution(attribution).build();
  }
}
