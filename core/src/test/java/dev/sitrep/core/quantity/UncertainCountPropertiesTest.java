package dev.sitrep.core.quantity;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties: a count is accepted iff it is non-negative, ordered ({@code lower <= best <= upper})
 * and has the bounds its qualifier needs; the three-valued comparison agrees with the bounds; the
 * as-stated reading answers from the stated figure, which lies within the bounds, so that it never
 * contradicts the strict reading.
 */
class UncertainCountPropertiesTest {
  private static final int EXAMPLES = 500;

  /** Attributes as a caller might pass them, each possibly absent, in any combination. */
  private record Candidate(Optional<Long> lower, Optional<Long> best, Optional<Long> upper,
      Optional<Qualifier> qualifier, Optional<String> phrase) {

    UncertainCount build() {
      var builder = UncertainCount.builder();
      lower.ifPresent(builder::lower);
      best.ifPresent(builder::best);
      upper.ifPresent(builder::upper);
      qualifier.ifPresent(builder::qualifier);
      phrase.ifPresent(builder::phrase);
      return builder.build();
    }

    /** The rules, written out once more: each broken one with the attribute it blames. */
    Map<String, Long> violations() {
      Map<String, Long> broken = new HashMap<>();
      long low = lower.orElse(0L);
      if (low < 0 || low > UncertainCount.MAX) {
        broken.put("lower", low);
      }
      best.filter(b -> b > UncertainCount.MAX).ifPresent(b -> broken.put("best", b));
      upper.filter(u -> u > UncertainCount.MAX).ifPresent(u -> broken.put("upper", u));
      best.filter(b -> b < low || upper.map(u -> b > u).orElse(false))
          .ifPresent(b -> broken.put("best", b));
      upper.filter(u -> u < low).ifPresent(u -> broken.put("upper", u));
      if (phrase.map(Text::isBlank).orElse(false)) {
        broken.put("phrase", null);
      }
      if (qualifier.isEmpty()) {
        broken.put("qualifier", null);
        return broken;
      }
      switch (qualifier.get()) {
        case EXACTLY:
          if (!upper.equals(Optional.of(low))) {
            broken.put("upper", upper.orElse(null));
          }
          break;
        case ALMOST:
        case AT_MOST:
        case UP_TO:
        case BETWEEN:
          if (upper.isEmpty()) {
            broken.put("upper", null);
          }
          break;
        case ABOUT:
          if (best.isEmpty()) {
            broken.put("best", null);
          }
          break;
        case SOME:
          if (low < 1) {
            broken.put("lower", low);
          }
          break;
        default:
          break;
      }
      return broken;
    }
  }

  private static <T> Gen<Optional<T>> maybe(Gen<T> gen) {
    return gen.toOptionals(25);
  }

  private static final Gen<Candidate> CANDIDATES = in -> new Candidate(
      maybe(Arbitrary.longs()).generate(in),
      maybe(Arbitrary.longs()).generate(in),
      maybe(Arbitrary.longs()).generate(in),
      Generate.enumValues(Qualifier.class).toOptionals(5).generate(in),
      maybe(Arbitrary.blankishStrings()).generate(in));

  @Test
  void theBuilderAcceptsACountIffItFollowsEveryRule() {
    qt().withExamples(EXAMPLES).forAll(CANDIDATES).checkAssert(candidate -> {
      Map<String, Long> violations = candidate.violations();
      InvalidDataException e = assertValidIff(violations.isEmpty(), candidate::build);
      if (e != null) {
        assertThat(violations).as("the rules broken").containsKey(e.path());
        Long offending = violations.get(e.path());
        if (offending != null) {
          assertThat(e.getMessage()).contains(String.valueOf(offending));
        }
      }
    });
  }

  @Test
  void theFactoriesAcceptTheirNumbersIffTheBoundsTheyMakeAreValid() {
    qt().withExamples(EXAMPLES).forAll(Arbitrary.longs(), Arbitrary.longs()).checkAssert((n, m) -> {
      boolean count = n >= 0 && n <= UncertainCount.MAX;
      assertValidIff(count, () -> UncertainCount.exactly(n));
      assertValidIff(count, () -> UncertainCount.atLeast(n));
      assertValidIff(count, () -> UncertainCount.atMost(n));
      assertValidIff(count, () -> UncertainCount.upTo(n));
      assertValidIff(count, () -> UncertainCount.about(n));
      // more than n is at least n + 1; n itself must be a count, and leave room for n + 1
      assertValidIff(n >= 0 && n < UncertainCount.MAX, () -> UncertainCount.moreThan(n));
      // almost n is at most n - 1, which must be a count
      assertValidIff(n >= 1 && n <= UncertainCount.MAX + 1, () -> UncertainCount.almost(n));
      assertValidIff(count && n <= m && m <= UncertainCount.MAX,
          () -> UncertainCount.between(n, m));
    });
  }

  @Test
  void reachesAgreesWithTheLeastAndGreatestPossibleCount() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts(), Arbitrary.longs())
        .checkAssert((count, threshold) -> {
          boolean leastReaches = count.lower() >= threshold;
          boolean greatestReaches = count.upper().isEmpty()
              || count.upper().getAsLong() >= threshold;
          Answer expected = leastReaches ? Answer.YES
              : greatestReaches ? Answer.CANNOT_TELL : Answer.NO;
          assertThat(count.reaches(threshold)).isEqualTo(expected);
        });
  }

  @Test
  void reachesIsMonotonic() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts(), Arbitrary.longs())
        .checkAssert((count, threshold) -> {
          if (threshold > Long.MIN_VALUE && count.reaches(threshold) == Answer.YES) {
            assertThat(count.reaches(threshold - 1)).isEqualTo(Answer.YES);
          }
          if (threshold < Long.MAX_VALUE && count.reaches(threshold) == Answer.NO) {
            assertThat(count.reaches(threshold + 1)).isEqualTo(Answer.NO);
          }
        });
  }

  @Test
  void everyGeneratedCountIsOrderedAndNonNegative() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts()).checkAssert(count -> {
      assertThat(count.lower()).isNotNegative();
      count.best().ifPresent(b -> assertThat(b).isGreaterThanOrEqualTo(count.lower()));
      count.upper().ifPresent(u -> assertThat(u).isGreaterThanOrEqualTo(count.lower()));
      if (count.best().isPresent() && count.upper().isPresent()) {
        assertThat(count.best().getAsLong()).isLessThanOrEqualTo(count.upper().getAsLong());
      }
    });
  }

  /** The stated figure, written out once more from the table in {@link UncertainCount#stated()}. */
  private static OptionalLong expectedStated(UncertainCount count) {
    if (count.best().isPresent()) {
      return count.best();
    }
    switch (count.qualifier()) {
      case EXACTLY:
      case AT_LEAST:
      case MORE_THAN:
        return OptionalLong.of(count.lower());
      case ALMOST:
      case UP_TO:
        return OptionalLong.of(count.upper().getAsLong());
      default:
        return OptionalLong.empty();
    }
  }

  @Test
  void theStatedFigureIsTheBestGuessOrTheNumberTheQualifierSays() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts()).checkAssert(count ->
        assertThat(count.stated()).isEqualTo(expectedStated(count)));
  }

  @Test
  void theStatedFigureLiesWithinTheBounds() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts()).checkAssert(count ->
        count.stated().ifPresent(s -> {
          assertThat(s).isGreaterThanOrEqualTo(count.lower());
          count.upper().ifPresent(u -> assertThat(s).isLessThanOrEqualTo(u));
        }));
  }

  @Test
  void asStatedAnswersFromTheStatedFigureOrElseStrictly() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts(), Arbitrary.longs())
        .checkAssert((count, threshold) -> {
          Answer expected = count.stated().isPresent()
              ? (count.stated().getAsLong() >= threshold ? Answer.YES : Answer.NO)
              : count.reaches(threshold);
          assertThat(count.reachesAsStated(threshold)).isEqualTo(expected);
        });
  }

  @Test
  void theAsStatedAnswerIsNeverContradictedByTheStrictOne() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts(), Arbitrary.longs())
        .checkAssert((count, threshold) -> {
          Answer strict = count.reaches(threshold);
          if (strict != Answer.CANNOT_TELL) {
            assertThat(count.reachesAsStated(threshold)).isEqualTo(strict);
          }
        });
  }

  @Test
  void asStatedCannotTellOnlyWhenNoFigureIsStated() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts(), Arbitrary.longs())
        .checkAssert((count, threshold) -> assertThat(
            count.reachesAsStated(threshold) == Answer.CANNOT_TELL)
            .isEqualTo(count.stated().isEmpty() && count.reaches(threshold) == Answer.CANNOT_TELL));
  }

  @Test
  void reachesAsStatedIsMonotonic() {
    qt().withExamples(EXAMPLES).forAll(Generators.uncertainCounts(), Arbitrary.longs())
        .checkAssert((count, threshold) -> {
          if (threshold > Long.MIN_VALUE && count.reachesAsStated(threshold) == Answer.YES) {
            assertThat(count.reachesAsStated(threshold - 1)).isEqualTo(Answer.YES);
          }
          if (threshold < Long.MAX_VALUE && count.reachesAsStated(threshold) == Answer.NO) {
            assertThat(count.reachesAsStated(threshold + 1)).isEqualTo(Answer.NO);
          }
        });
  }

  @Test
  void upToNIsStrictlyAtMostNAndAsStatedN() {
    Gen<Long> counts = Generate.oneOf(Generate.pick(List.of(0L, 1L, 150_000L,
        UncertainCount.MAX - 1, UncertainCount.MAX)), Generate.longRange(0, UncertainCount.MAX));
    qt().withExamples(EXAMPLES).forAll(counts, Arbitrary.longs()).checkAssert((n, threshold) -> {
      UncertainCount upTo = UncertainCount.upTo(n);
      assertThat(upTo.qualifier()).isEqualTo(Qualifier.UP_TO);
      assertThat(upTo.lower()).isZero();
      assertThat(upTo.upper()).hasValue(n);
      assertThat(upTo.stated()).hasValue(n);
      Answer strict = threshold <= 0 ? Answer.YES
          : threshold <= n ? Answer.CANNOT_TELL : Answer.NO;
      assertThat(upTo.reaches(threshold)).isEqualTo(strict);
      assertThat(upTo.reachesAsStated(threshold))
          .isEqualTo(threshold <= n ? Answer.YES : Answer.NO);
      // "up to" and "at most" have the same bounds; only "up to" states a figure
      assertThat(upTo.reaches(threshold)).isEqualTo(UncertainCount.atMost(n).reaches(threshold));
      assertThat(UncertainCount.atMost(n).reachesAsStated(threshold)).isEqualTo(strict);
    });
  }
}
