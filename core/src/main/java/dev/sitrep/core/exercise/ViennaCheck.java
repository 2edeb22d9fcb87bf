package dev.sitrep.core.exercise;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.Answer;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer for one strength claim against one threshold, in two readings. Strictly, from the
 * claim's bounds alone ({@link #answer()}): Minsk's declared 12,800 troops reach the 9,000 for
 * notification ({@code YES}) but not the 13,000 for observation ({@code NO}); "between 8,000 and
 * 10,000" may or may not reach 9,000 ({@code CANNOT_TELL}). As stated, from the figure the
 * claimant gave ({@link #asStated()}): "about 9,000 troops", strictly {@code CANNOT_TELL}, reaches
 * 9,000 ({@code YES}) when taken at its word.
 *
 * <pre>{@code
 * for (ViennaCheck c : ViennaDocument2011.assess(exercise)) {
 *   if (c.readingsDiffer()) {
 *     System.out.println(c.answer() + " strictly, " + c.asStated() + " as stated");
 *   }
 * }
 * }</pre>
 *
 * <p>The readings never contradict each other: where the strict answer is yes or no, the as-stated
 * answer is the same.
 */
@Value.Immutable
@SitrepStyle
public abstract class ViennaCheck {
  /** @return the claim checked, or the whole summed from {@link #parts()} */
  public abstract Strength strength();

  /**
   * @return the part figures summed into {@link #strength()} when the whole is assessed from its
   *     parts ({@link ViennaDocument2011#assessWhole(MilitaryExercise)}); empty when
   *     {@code strength()} is one of the exercise's own claims
   */
  public abstract List<Strength> parts();

  /** @return the threshold it was checked against */
  public abstract ViennaThreshold threshold();

  /**
   * @return the strict reading: whether the claim's bounds reach the threshold, as
   *     {@link dev.sitrep.core.quantity.UncertainCount#reaches(long)} answers
   */
  public abstract Answer answer();

  /**
   * @return why the strict answer, in words: "lower bound 12800 reaches 9000 (notification,
   *     paragraph 40.1.1)"
   */
  public abstract String reason();

  /**
   * @return the as-stated reading: whether the figure the claimant gave reaches the threshold, as
   *     {@link dev.sitrep.core.quantity.UncertainCount#reachesAsStated(long)} answers; the strict
   *     answer when the claim gives no single figure
   */
  public abstract Answer asStated();

  /**
   * @return why the as-stated answer, in words: "best guess 9000 reaches 9000 (notification,
   *     paragraph 40.1.1)", "stated figure 150000 (up to: its upper bound) reaches 13000
   *     (observation, paragraph 47.4)", or, without a single figure, "no single figure stated, so
   *     as strictly: bounds 8000 to 10000 straddle 9000 (notification, paragraph 40.1.1)"
   */
  public abstract String asStatedReason();

  /**
   * Whether the readings differ: "about 9,000 troops" against 9,000 cannot tell strictly but
   * reaches as stated; "exactly 12,800" gives the same answer in both.
   *
   * @return whether {@link #answer()} and {@link #asStated()} differ
   */
  public boolean readingsDiffer() {
    return answer() != asStated();
  }

  /** @return a new builder */
  public static ImmutableViennaCheck.Builder builder() {
    return ImmutableViennaCheck.builder();
  }

  @Value.Check
  void check() {
    Checks.require(answer() == Answer.CANNOT_TELL || asStated() == answer(), "asStated",
        () -> "must equal the strict answer where that is certain (answer=" + answer()
            + ", asStated=" + asStated() + ")");
  }
}
