package dev.sitrep.core.exercise;

import static dev.sitrep.core.exercise.Obligation.NOTIFICATION;
import static dev.sitrep.core.exercise.Obligation.OBSERVATION;
import static dev.sitrep.core.exercise.StrengthCategory.AIRBORNE_OR_AMPHIBIOUS_TROOPS;
import static dev.sitrep.core.exercise.StrengthCategory.ARMOURED_COMBAT_VEHICLES;
import static dev.sitrep.core.exercise.StrengthCategory.ARTILLERY;
import static dev.sitrep.core.exercise.StrengthCategory.BATTLE_TANKS;
import static dev.sitrep.core.exercise.StrengthCategory.COMBAT_AIRCRAFT_SORTIES;
import static dev.sitrep.core.exercise.StrengthCategory.TROOPS;

import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

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
 * <p>A figure that counts only part of an exercise ({@link Strength#isWhole()} is false: one
 * territory, one contributing state) can show that the whole reaches a threshold, never that it
 * does not: where the part falls short, the answer is cannot tell.
 *
 * <p>Where a claimant breaks an exercise down ("6,000 troops in Belarus and 7,000 in Russia"),
 * {@link #assessWhole(MilitaryExercise)} adds the parts up and checks their sum: it can show that
 * the whole reaches a threshold, and, since the parts need not be all of it, never that it does
 * not.
 *
 * <p>Exercises are often declared just under these lines; {@link #assess(MilitaryExercise)}
 * answers, for every strength claim, yes, no or cannot tell, with the reason, in two readings: the
 * strict one, from the claim's bounds alone (is it certain?), and the as-stated one, from the
 * figure the claimant gave (what if the claim is taken at its word?). "up to 150,000 troops"
 * strictly cannot tell whether observers must be invited (13,000), as stated it can: yes.
 *
 * <pre>{@code
 * Strength troops = Strength.of(TROOPS, UncertainCount.about(9_000), attribution);
 * ViennaCheck c = ViennaDocument2011.check(troops, ViennaDocument2011.THRESHOLDS.get(0));
 * c.answer();          // CANNOT_TELL
 * c.reason();          // "bounds 0 to unbounded straddle 9000 (notification, paragraph 40.1.1)"
 * c.asStated();        // YES
 * c.asStatedReason();  // "best guess 9000 reaches 9000 (notification, paragraph 40.1.1)"
 * c.readingsDiffer();  // true
 * }</pre>
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
   * Whether the exercise was notified {@value #NOTICE_DAYS} days or more before it started
   * (paragraph 38), as far as the dates tell, counting whole days as the document does: yes when
   * its notification, however late within its precision, comes 42 days before the end of its
   * start (a notice on 1 August for a start on 12 September); no when, however early, it comes
   * less than 42 days before; cannot tell otherwise (a notice some day in August), or when the
   * exercise has no notification or no time on record (a missing record is not a missing
   * notification).
   *
   * <pre>{@code
   * // notified 2025-07-30, started 2025-09-12: 44 days, YES
   * ViennaDocument2011.noticeGiven(zapad2025);
   * }</pre>
   *
   * @param exercise an exercise
   * @return yes, no or cannot tell
   */
  public static Answer noticeGiven(MilitaryExercise exercise) {
    if (exercise.notification().isEmpty() || exercise.when().isEmpty()) {
      return Answer.CANNOT_TELL;
    }
    TimePoint notified = exercise.notification().get().date();
    TimePoint start = exercise.when().get().start();
    Duration notice = Duration.ofDays(NOTICE_DAYS);
    if (!notified.latest().plus(notice).isAfter(start.latest())) {
      return Answer.YES;
    }
    if (notified.earliest().plus(notice).isAfter(start.latest())) {
      return Answer.NO;
    }
    return Answer.CANNOT_TELL;
  }

  /**
   * @param exercise an exercise with strength claims
   * @return for every claim, a check against each threshold of its category in both readings, in
   *     the order of the claims and then of {@link #THRESHOLDS}
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
   * Assesses the whole of an exercise from the parts its claimants give. For each claimant (the
   * same source, asserter and hedge) and category, the current part figures (those no later figure
   * supersedes) that count different territories or different contributing states are added up,
   * in the order of the claims: a part that may count the same people as one already added (the
   * troops in Belarus, then the Russian troops, some of whom are in Belarus) is left out. Where at
   * least two parts add up, their sum is checked against each threshold of the category in both
   * readings: its lower bound is the sum of theirs, and its best guess the sum of their stated
   * figures when each states one. A sum that falls short is cannot tell, never no.
   *
   * <pre>{@code
   * // Minsk: about 6,000 troops in Belarus; about 7,000 in Russia
   * ViennaCheck c = ViennaDocument2011.assessWhole(exercise).get(1);   // against 13,000
   * c.strength().count();   // at least 0, about 13000 ("sum of 2 parts")
   * c.answer();             // CANNOT_TELL
   * c.asStated();           // YES: best guess 13000 reaches 13000
   * c.parts();              // the two figures
   * }</pre>
   *
   * @param exercise an exercise with strength claims
   * @return the checks of every sum of two or more parts, by claimant and category in the order of
   *     their first part, then in the order of {@link #THRESHOLDS}
   */
  public static List<ViennaCheck> assessWhole(MilitaryExercise exercise) {
    Map<List<Object>, List<Strength>> byClaimant = new LinkedHashMap<>();
    for (Strength s : Claim.current(exercise.strength())) {
      if (!s.isWhole()) {
        Attribution a = s.attribution();
        byClaimant.computeIfAbsent(List.of(s.category(), a.source(), a.assertedBy(),
            a.assertedByDescription(), a.hedge()), k -> new ArrayList<>()).add(s);
      }
    }
    List<ViennaCheck> checks = new ArrayList<>();
    for (List<Strength> parts : byClaimant.values()) {
      List<Strength> added = new ArrayList<>();
      for (Strength part : parts) {
        if (added.stream().allMatch(part::isApartFrom)) {
          added.add(part);
        }
      }
      if (added.size() < 2) {
        continue;
      }
      Strength sum = sum(added);
      for (ViennaThreshold threshold : THRESHOLDS) {
        if (threshold.category() == sum.category()) {
          checks.add(ImmutableViennaCheck.copyOf(check(sum, threshold, false)).withParts(added));
        }
      }
    }
    return List.copyOf(checks);
  }

  /** The parts' sum, attributed as the first part: the claimant's. */
  private static Strength sum(List<Strength> parts) {
    long lower = 0;
    long stated = 0;
    boolean allStated = true;
    for (Strength p : parts) {
      lower = Math.min(UncertainCount.MAX, lower + p.count().lower());
      OptionalLong s = p.count().stated();
      allStated &= s.isPresent();
      stated = s.isPresent() ? Math.min(UncertainCount.MAX, stated + s.getAsLong()) : stated;
    }
    UncertainCount count = UncertainCount.builder().lower(lower)
        .best(allStated ? OptionalLong.of(stated) : OptionalLong.empty())
        .qualifier(allStated ? Qualifier.ABOUT : Qualifier.AT_LEAST)
        .phrase("sum of " + parts.size() + " parts").build();
    return Strength.of(parts.get(0).category(), count, parts.get(0).attribution());
  }

  /**
   * Checks one claim against one threshold in both readings; see {@link ViennaCheck}.
   *
   * @param strength one claim
   * @param threshold one threshold of the same category
   * @return whether the claim reaches the threshold, strictly and as stated, and why
   */
  public static ViennaCheck check(Strength strength, ViennaThreshold threshold) {
    return check(strength, threshold, strength.isWhole());
  }

  private static ViennaCheck check(Strength strength, ViennaThreshold threshold, boolean whole) {
    UncertainCount count = strength.count();
    long minimum = threshold.minimum();
    Answer strict = count.reaches(minimum);
    String strictWhy = strictReason(count, strict, minimum);
    Answer asStated = count.reachesAsStated(minimum);
    OptionalLong stated = count.stated();
    String asStatedWhy;
    if (stated.isEmpty()) {
      asStatedWhy = "no single figure stated, so as strictly: " + strictWhy;
    } else {
      asStatedWhy = statedFigure(count, stated.getAsLong())
          + (asStated == Answer.YES ? " reaches " : " is below ") + minimum;
    }
    if (!whole) { // a part that falls short says nothing of the whole
      String part = strength.isWhole() ? "; the parts summed need not be all of the exercise"
          : "; the figure counts only part of the exercise";
      if (strict == Answer.NO) {
        strict = Answer.CANNOT_TELL;
        strictWhy += part;
      }
      if (asStated == Answer.NO) {
        asStated = Answer.CANNOT_TELL;
        asStatedWhy += part;
      }
    }
    String paragraph = " (" + threshold.obligation().name().toLowerCase(Locale.ROOT)
        + ", paragraph " + threshold.paragraph() + ")";
    return ViennaCheck.builder()
        .strength(strength)
        .threshold(threshold)
        .answer(strict)
        .reason(strictWhy + paragraph)
        .asStated(asStated)
        .asStatedReason(asStatedWhy + paragraph)
        .build();
  }

  /** "lower bound 12800 reaches 9000", "bounds 8000 to 10000 straddle 9000". */
  private static String strictReason(UncertainCount count, Answer answer, long minimum) {
    switch (answer) {
      case YES:
        return "lower bound " + count.lower() + " reaches " + minimum;
      case NO:
        return "upper bound " + count.upper().getAsLong() + " is below " + minimum;
      default:
        return "bounds " + count.lower() + " to "
            + (count.upper().isPresent() ? String.valueOf(count.upper().getAsLong()) : "unbounded")
            + " straddle " + minimum;
    }
  }

  /** "best guess 9000", "stated figure 150000 (up to: its upper bound)". */
  private static String statedFigure(UncertainCount count, long stated) {
    if (count.best().isPresent() && count.qualifier() != Qualifier.EXACTLY) {
      return "best guess " + stated;
    }
    String words = count.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    switch (count.qualifier()) {
      case AT_LEAST:
      case MORE_THAN:
        return "stated figure " + stated + " (" + words + ": its lower bound)";
      case ALMOST:
      case UP_TO:
        return "stated figure " + stated + " (" + words + ": its upper bound)";
      default:
        return "stated figure " + stated + " (" + words + ")";
    }
  }
}
