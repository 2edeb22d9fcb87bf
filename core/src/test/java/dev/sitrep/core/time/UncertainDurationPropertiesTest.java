package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties: a duration is accepted iff it is not negative, ordered ({@code lower <= best <=
 * upper}) and has the bounds its qualifier needs; a period or an event takes a duration iff its
 * lower bound fits between the period's start and end; the shortest and longest a period can last
 * bound every way it can have happened.
 */
class UncertainDurationPropertiesTest {
  private static final int EXAMPLES = 300;

  /** Attributes as a caller might pass them, each possibly absent, in any combination. */
  private record Candidate(Optional<Duration> lower, Optional<Duration> best,
      Optional<Duration> upper, Optional<Qualifier> qualifier, Optional<String> phrase) {

    UncertainDuration build() {
      var builder = UncertainDuration.builder();
      lower.ifPresent(builder::lower);
      best.ifPresent(builder::best);
      upper.ifPresent(builder::upper);
      qualifier.ifPresent(builder::qualifier);
      phrase.ifPresent(builder::phrase);
      return builder.build();
    }

    /** The rules, written out once more: the attributes each broken one blames. */
    Set<String> violations() {
      Set<String> broken = new HashSet<>();
      Duration low = lower.orElse(Duration.ZERO);
      if (low.isNegative()) {
        broken.add("lower");
      }
      if (best.filter(b -> b.compareTo(low) < 0
          || upper.map(u -> b.compareTo(u) > 0).orElse(false)).isPresent()) {
        broken.add("best");
      }
      if (upper.filter(u -> u.compareTo(low) < 0).isPresent()) {
        broken.add("upper");
      }
      if (phrase.map(Text::isBlank).orElse(false)) {
        broken.add("phrase");
      }
      if (qualifier.isEmpty()) {
        broken.add("qualifier");
        return broken;
      }
      switch (qualifier.get()) {
        case EXACTLY -> {
          if (!upper.equals(Optional.of(low))) {
            broken.add("upper");
          }
        }
        case ALMOST, AT_MOST, UP_TO, BETWEEN -> {
          if (upper.isEmpty()) {
            broken.add("upper");
          }
        }
        case ABOUT -> {
          if (best.isEmpty()) {
            broken.add("best");
          }
        }
        case SOME -> {
          if (low.isZero()) {
            broken.add("lower");
          }
        }
        default -> { }
      }
      return broken;
    }
  }

  private static final Gen<Duration> DURATIONS = Generate.oneOf(
      Generate.pick(java.util.List.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1),
          Duration.ofHours(4))),
      longs().between(-3, 3).zip(integers().between(0, 2), (h, n) -> Duration.ofHours(h)
          .plusNanos(n)));

  private static final Gen<Candidate> CANDIDATES = in -> new Candidate(
      DURATIONS.toOptionals(25).generate(in),
      DURATIONS.toOptionals(25).generate(in),
      DURATIONS.toOptionals(25).generate(in),
      Generate.enumValues(Qualifier.class).toOptionals(5).generate(in),
      Arbitrary.blankishStrings().toOptionals(25).generate(in));

  @Test
  void theBuilderAcceptsADurationIffItFollowsEveryRule() {
    qt().withExamples(EXAMPLES).forAll(CANDIDATES).checkAssert(candidate -> {
      Set<String> violations = candidate.violations();
      InvalidDataException e = assertValidIff(violations.isEmpty(), candidate::build);
      if (e != null) {
        assertThat(violations).as("the rules broken").contains(e.path());
      }
    });
  }

  @Test
  void aPeriodTakesADurationIffItsLowerBoundFitsBetweenStartAndEnd() {
    qt().withExamples(EXAMPLES).forAll(Generators.periods(), Generators.uncertainDurations())
        .checkAssert((period, duration) -> {
          boolean fits = period.end().isEmpty()
              || duration.lower().compareTo(Duration.between(period.start().earliest(),
                  period.end().get().latest())) <= 0;
          InvalidDataException e = assertValidIff(fits,
              () -> ImmutablePeriod.copyOf(period).withDuration(duration));
          if (e != null) {
            assertThat(e.path()).isEqualTo("duration");
            assertThat(e.getMessage()).contains("must fit the period",
                duration.lower().toString(), period.longest().orElseThrow().toString());
          }
        });
  }

  @Test
  void anEventTakesADurationIffItFitsItsPeriod() {
    qt().withExamples(EXAMPLES).forAll(Generators.events(), Generators.uncertainDurations())
        .checkAssert((event, duration) -> {
          boolean fits = event.when().flatMap(Period::longest)
              .map(longest -> duration.lower().compareTo(longest) <= 0).orElse(true);
          InvalidDataException e = assertValidIff(fits,
              () -> Meeting.builder().from(event).duration(duration).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("duration");
          }
        });
  }

  @Test
  void everyWayAPeriodCanHaveHappenedLastsFromItsShortestToItsLongest() {
    qt().withExamples(EXAMPLES).forAll(Generators.periods(), integers().between(0, 1000),
        integers().between(0, 1000)).checkAssert((period, s, e) -> {
          if (period.end().isEmpty()) {
            assertThat(period.shortest()).isEmpty();
            assertThat(period.longest()).isEmpty();
            return;
          }
          Instant began = between(period.start().earliest(), period.start().latest(), s);
          Instant ended = between(period.end().get().earliest(), period.end().get().latest(), e);
          Duration shortest = period.shortest().orElseThrow();
          Duration longest = period.longest().orElseThrow();
          assertThat(shortest).isLessThanOrEqualTo(longest);
          assertThat(shortest.isNegative()).isFalse();
          if (!ended.isBefore(began)) {
            Duration lasted = Duration.between(began, ended);
            assertThat(lasted).isBetween(shortest, longest);
          }
        });
  }

  /** @return the instant {@code permille} thousandths of the way from {@code a} to {@code b} */
  private static Instant between(Instant a, Instant b, int permille) {
    Duration span = Duration.between(a, b);
    return a.plus(span.dividedBy(1000).multipliedBy(permille));
  }
}
