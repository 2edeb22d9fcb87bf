package dev.sitrep.core.exercise;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Generators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the assessment in its two readings: the strict answer is the count's
 * {@link UncertainCount#reaches(long)}, the as-stated answer its
 * {@link UncertainCount#reachesAsStated(long)}; they never contradict each other; each reason
 * names the figure it used, the threshold and the paragraph; and a check whose readings
 * contradict each other cannot be built.
 */
class ViennaDocument2011PropertiesTest {
  private static final int EXAMPLES = 300;

  /** A strength claim and one threshold of its category. */
  private record Case(Strength strength, ViennaThreshold threshold) {}

  private static final Gen<Case> CASES = in -> {
    Strength strength = Generators.strengths().generate(in);
    List<ViennaThreshold> ofCategory = ViennaDocument2011.THRESHOLDS.stream()
        .filter(t -> t.category() == strength.category()).toList();
    return new Case(strength, Generate.pick(ofCategory).generate(in));
  };

  /**
   * @return the count's own answer, but for a figure of part of the exercise that falls short,
   *     which says nothing of the whole
   */
  static Answer ofFigure(Strength strength, Answer count) {
    return !strength.isWhole() && count == Answer.NO ? Answer.CANNOT_TELL : count;
  }

  @Test
  void bothReadingsAreTheCountsOwnAnswersForTheWholeExercise() {
    qt().withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
      ViennaCheck check = ViennaDocument2011.check(c.strength(), c.threshold());
      UncertainCount count = c.strength().count();
      long minimum = c.threshold().minimum();
      assertThat(check.answer()).isEqualTo(ofFigure(c.strength(), count.reaches(minimum)));
      assertThat(check.asStated())
          .isEqualTo(ofFigure(c.strength(), count.reachesAsStated(minimum)));
      assertThat(check.readingsDiffer()).isEqualTo(check.answer() != check.asStated());
    });
  }

  @Test
  void theReadingsDifferOnlyWhereTheStrictOneCannotTell() {
    qt().withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
      ViennaCheck check = ViennaDocument2011.check(c.strength(), c.threshold());
      if (check.answer() != Answer.CANNOT_TELL) {
        assertThat(check.asStated()).isEqualTo(check.answer());
        assertThat(check.readingsDiffer()).isFalse();
      }
      if (check.readingsDiffer()) {
        assertThat(check.asStated()).isIn(Answer.YES, Answer.NO);
        assertThat(c.strength().count().stated()).isPresent();
      }
    });
  }

  @Test
  void theAsStatedReasonNamesTheStatedFigureOrFallsBackToTheStrictReason() {
    qt().withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
      ViennaCheck check = ViennaDocument2011.check(c.strength(), c.threshold());
      long minimum = c.threshold().minimum();
      String paragraph = "paragraph " + c.threshold().paragraph() + ")";
      assertThat(check.asStatedReason()).contains(String.valueOf(minimum)).endsWith(paragraph);
      assertThat(check.reason()).endsWith(paragraph);
      c.strength().count().stated().ifPresentOrElse(
          stated -> assertThat(check.asStatedReason())
              .contains(" " + stated + " ")
              .contains(check.asStated() == Answer.YES ? " reaches " + minimum
                  : " is below " + minimum),
          () -> assertThat(check.asStatedReason())
              .isEqualTo("no single figure stated, so as strictly: " + check.reason()));
    });
  }

  @Test
  void aCheckIsBuiltIffItsReadingsDoNotContradictEachOther() {
    Gen<Answer> answers = Generate.enumValues(Answer.class);
    qt().withExamples(EXAMPLES).forAll(CASES, answers, answers)
        .checkAssert((c, strict, asStated) -> {
          InvalidDataException e = assertValidIff(
              strict == Answer.CANNOT_TELL || strict == asStated,
              () -> ViennaCheck.builder().strength(c.strength()).threshold(c.threshold())
                  .answer(strict).reason("-").asStated(asStated).asStatedReason("-").build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("asStated");
            assertThat(e.getMessage()).contains("answer=" + strict, "asStated=" + asStated);
          }
        });
  }

  @Test
  void theAssessmentGivesBothReadingsForEveryClaimAndThreshold() {
    qt().withExamples(100).forAll(Generators.militaryExercises()).checkAssert(exercise -> {
      for (ViennaCheck check : ViennaDocument2011.assess(exercise)) {
        assertThat(check).isEqualTo(ViennaDocument2011.check(check.strength(), check.threshold()));
      }
    });
  }

  /**
   * The whole from its parts: the parts summed are current, in their order, pairwise apart
   * (different territories or contributors), and every other current part overlaps one summed
   * before it; there is a sum once a part is apart from the first. The sum's lower bound is the sum
   * of theirs, its stated figure the sum of theirs where each states one; it reaches a threshold as
   * its sum does and, falling short, is cannot tell, never no.
   */
  @Test
  void theWholeIsAssessedFromPartsThatCannotOverlap() {
    Gen<MilitaryExercise> exercises = Generators.militaryExercises().zip(Generators.breakdowns(),
        (e, parts) -> ImmutableMilitaryExercise.copyOf(e).withStrength(parts));
    qt().withExamples(EXAMPLES).forAll(exercises).checkAssert(exercise -> {
      List<Strength> current = Claim.current(exercise.strength());
      List<ViennaCheck> checks = ViennaDocument2011.assessWhole(exercise);
      assertThat(checks.isEmpty()).isEqualTo(
          current.stream().noneMatch(p -> current.get(0).isApartFrom(p)));
      for (ViennaCheck check : checks) {
        List<Strength> summed = check.parts();
        assertThat(summed).hasSizeGreaterThanOrEqualTo(2).isSubsetOf(current);
        assertThat(summed).isSortedAccordingTo(
            (a, b) -> Integer.compare(current.indexOf(a), current.indexOf(b)));
        for (Strength part : current) {
          List<Strength> before = summed.stream()
              .filter(s -> current.indexOf(s) < current.indexOf(part)).toList();
          assertThat(summed.contains(part))
              .isEqualTo(before.stream().allMatch(part::isApartFrom));
        }
        long lower = Math.min(UncertainCount.MAX,
            summed.stream().mapToLong(s -> s.count().lower()).sum());
        assertThat(check.strength().count().lower()).isEqualTo(lower);
        assertThat(check.strength().isWhole()).isTrue();
        long minimum = check.threshold().minimum();
        assertThat(check.answer()).isEqualTo(lower >= minimum ? Answer.YES : Answer.CANNOT_TELL);
        boolean allStated = summed.stream().allMatch(s -> s.count().stated().isPresent());
        long stated = Math.min(UncertainCount.MAX,
            summed.stream().mapToLong(s -> s.count().stated().orElse(0)).sum());
        assertThat(check.asStated()).isEqualTo(
            (allStated ? stated : lower) >= minimum ? Answer.YES : Answer.CANNOT_TELL);
      }
    });
  }
}
