package dev.sitrep.core.time;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import org.junit.jupiter.api.Test;

/** Properties: a period is accepted iff its end does not lie wholly before its start. */
class PeriodPropertiesTest {
  private static final int EXAMPLES = 300;

  @Test
  void aPeriodIsAcceptedIffItsEndDoesNotCertainlyPrecedeItsStart() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints(), Generators.timePoints())
        .checkAssert((start, end) -> {
          boolean ordered = !end.latest().isBefore(start.earliest());
          InvalidDataException e = assertValidIff(ordered, () -> Period.between(start, end));
          if (e != null) {
            assertThat(e.path()).isEqualTo("end");
            assertThat(e.getMessage()).contains("start=" + start, "end=" + end);
          }
        });
  }

  @Test
  void anOpenPeriodOrAPeriodWithinOnePointIsAlwaysAccepted() {
    qt().withExamples(EXAMPLES).forAll(Generators.timePoints()).checkAssert(point -> {
      assertThat(Period.from(point).end()).isEmpty();
      assertThat(Period.at(point).end()).contains(point);
      assertThat(Period.at(point).contains(point)).isTrue();
    });
  }

  @Test
  void aPhraseIsAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.periods(), Arbitrary.blankishStrings())
        .checkAssert((period, phrase) -> assertValidIff(!Text.isBlank(phrase),
            () -> ImmutablePeriod.copyOf(period).withPhrase(phrase)));
  }

  @Test
  void everyPeriodContainsWhatLiesBetweenItsStartAndEnd() {
    qt().withExamples(EXAMPLES).forAll(Generators.periods(), Generators.timePoints())
        .checkAssert((period, point) -> {
          boolean within = !point.earliest().isBefore(period.start().earliest())
              && period.end().map(e -> !point.latest().isAfter(e.latest())).orElse(true);
          assertThat(period.contains(point)).isEqualTo(within);
        });
  }
}
