package dev.sitrep.core.exercise;

import static dev.sitrep.core.exercise.Obligation.NOTIFICATION;
import static dev.sitrep.core.exercise.Obligation.OBSERVATION;
import static dev.sitrep.core.exercise.StrengthCategory.AIRBORNE_OR_AMPHIBIOUS_TROOPS;
import static dev.sitrep.core.exercise.StrengthCategory.ARMOURED_COMBAT_VEHICLES;
import static dev.sitrep.core.exercise.StrengthCategory.ARTILLERY;
import static dev.sitrep.core.exercise.StrengthCategory.BATTLE_TANKS;
import static dev.sitrep.core.exercise.StrengthCategory.COMBAT_AIRCRAFT_SORTIES;
import static dev.sitrep.core.exercise.StrengthCategory.TROOPS;

import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The OSCE Vienna Document 2011 on confidence- and security-building measures: which military
 * activities must be notified in advance, and to which observers must be invited. The thresholds
 * are held as data, in {@link #THRESHOLDS}:
 *
 * <ul>
 *   <li>Prior notification, 42 days or more in advance (paragraph 38), of an activity that at any
 *       time involves at least 9,000 troops, 250 battle tanks, 500 armoured combat vehicles or 250
 *       artillery pieces of 100 mm and more (paragraph 40.1.1), 200 sorties by combat aircraft
 *       (paragraph 40.1.2), or 3,000 troops in an airborne or amphibious landing (paragraph
 *       40.1.3).
 *   <li>Observation of an activity that involves at least 13,000 troops, 300 battle tanks, 500
 *       armoured combat vehicles or 250 artillery pieces (paragraph 47.4), or 3,500 airborne or
 *       amphibious troops (paragraph 47.5).
 * </ul>
 *
 * <p>Exercises are often declared just under these lines; {@link #assess(MilitaryExercise)}
 * answers, for every strength claim, yes, no or cannot tell, with the reason.
 */
public final class ViennaDocument2011 {
  /** Days of advance notice a notifiable activity needs (paragraph 38). */
  public static final int NOTICE_DAYS = 42;

  /** Every threshold, for notification and for observation. */
  public static final List<ViennaThreshold> THRESHOLDS = List.of(
      ViennaThreshold.of(NOTIFICATION, TROOPS, 9_000, "40.1.1"),
      ViennaThreshold.of(NOTIFICATION, BATTLE_TANKS, 250, "40.1.1"),
      ViennaThreshold.of(NOTIFICATION, ARMOURED_COMBAT_VEHICLES, 500, "40.1.1"),
      ViennaThreshold.of(NOTIFICATION, ARTILLERY, 250, "40.1.1"),
      ViennaThreshold.of(NOTIFICATION, COMBAT_AIRCRAFT_SORTIES, 200, "40.1.2"),
      ViennaThreshold.of(NOTIFICATION, AIRBORNE_OR_AMPHIBIOUS_TROOPS, 3_000, "40.1.3"),
      ViennaThreshold.of(OBSERVATION, TROOPS, 13_000, "47.4"),
      ViennaThreshold.of(OBSERVATION, BATTLE_TANKS, 300, "47.4"),
      ViennaThreshold.of(OBSERVATION, ARMOURED_COMBAT_VEHICLES, 500, "47.4"),
      ViennaThreshold.of(OBSERVATION, ARTILLERY, 250, "47.4"),
      ViennaThreshold.of(OBSERVATION, AIRBORNE_OR_AMPHIBIOUS_TROOPS, 3_500, "47.5"));

  private ViennaDocument2011() {}

  /**
   * @param exercise an exercise with strength claims
   * @return for every claim, a check against each threshold of its category, in the order of the
   *     claims and then of {@link #THRESHOLDS}
   */
  public static List<ViennaCheck> assess(MilitaryExercise exercise) {
    List<ViennaCheck> checks = new ArrayList<>();
    for (Strength strength : exercise.strength()) {
      for (ViennaThreshold threshold : THRESHOLDS) {
        if (threshold.category() == strength.category()) {
          checks.add(check(strength, threshold));
        }
      }
    }
    return List.copyOf(checks);
  }

  /**
   * @param strength one claim
   * @param threshold one threshold of the same category
   * @return whether the claim reaches the threshold, and why
   */
  public static ViennaCheck check(Strength strength, ViennaThreshold threshold) {
    UncertainCount count = strength.count();
    Answer answer = count.reaches(threshold.minimum());
    String bounds;
    switch (answer) {
      case YES:
        bounds = "lower bound " + count.lower() + " reaches " + threshold.minimum();
        break;
      case NO:
        bounds = "upper bound " + count.upper().getAsLong() + " is below " + threshold.minimum();
        break;
      default:
        bounds = "bounds " + count.lower() + " to "
            + (count.upper().isPresent() ? String.valueOf(count.upper().getAsLong()) : "unbounded")
            + " straddle " + threshold.minimum();
        break;
    }
    return ViennaCheck.builder()
        .strength(strength)
        .threshold(threshold)
        .answer(answer)
        .reason(bounds + " (" + threshold.obligation().name().toLowerCase(java.util.Locale.ROOT)
            + ", paragraph " + threshold.paragraph() + ")")
        .build();
  }
}
