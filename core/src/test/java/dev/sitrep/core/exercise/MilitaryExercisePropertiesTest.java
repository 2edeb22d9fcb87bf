package dev.sitrep.core.exercise;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of military exercises: hosts that are given and distinct, an edition the exercise's
 * time overlaps, text that is not blank; and the Vienna Document's answer for every strength claim
 * is the count's own three-valued comparison with each threshold of its category.
 */
class MilitaryExercisePropertiesTest {
  private static final int EXAMPLES = 100;

  private static final List<Ref<State>> FEW_STATES =
      List.of(Ref.of("state/blr"), Ref.of("state/rus"), Ref.of("state/pol"));

  /** A period and an edition near its years, or anywhere, or out of range. */
  private record Edition(Optional<Period> when, int year) {}

  private static final Gen<Edition> EDITIONS = in -> {
    Optional<Period> when = Generators.periods().toOptionals(80).generate(in);
    int near = when.map(w -> {
      int start = w.start().earliest().atOffset(ZoneOffset.UTC).getYear();
      int end = w.end().orElse(w.start()).latest().atOffset(ZoneOffset.UTC).getYear();
      return Generate.pick(List.of(start - 1, start, start + 1, end - 1, end, end + 1))
          .generate(in);
    }).orElse(2025);
    int year = Generate.oneOf(Generate.constant(near), Arbitrary.intsAround(1, 9999))
        .generate(in);
    return new Edition(when, year);
  };

  /** Whether some instant of the year (in UTC) lies between the earliest start and latest end. */
  private static boolean overlaps(int year, Period when) {
    Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant nextYear = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant start = when.start().earliest();
    Instant end = when.end().orElse(when.start()).latest();
    return nextYear.isAfter(start) && !end.isBefore(yearStart);
  }

  @Test
  void anExerciseIsAcceptedIffItHasHostsAndNoneTwice() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.militaryExercises(),
            lists().of(Generate.pick(FEW_STATES)).ofSizeBetween(0, 4))
        .checkAssert((exercise, hosts) -> {
          boolean valid = !hosts.isEmpty() && new HashSet<>(hosts).size() == hosts.size();
          InvalidDataException e = assertValidIff(valid,
              () -> ImmutableMilitaryExercise.copyOf(exercise).withHosts(hosts));
          if (e != null) {
            assertThat(e.path()).isEqualTo("hosts");
          }
        });
  }

  @Test
  void anEditionIsAcceptedIffItIsAYearTheExercisesTimeOverlaps() {
    qt().withExamples(300).forAll(Generators.militaryExercises(), EDITIONS)
        .checkAssert((exercise, edition) -> {
          int year = edition.year();
          boolean inRange = year >= 1 && year <= 9999;
          boolean valid = inRange && edition.when().map(w -> overlaps(year, w)).orElse(true);
          InvalidDataException e = assertValidIff(valid, () -> MilitaryExercise.builder()
              .from(exercise).when(edition.when()).duration(Optional.empty()).edition(year).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("edition");
            assertThat(e.getMessage()).contains(inRange ? "edition=" + year : "was " + year);
          }
        });
  }

  @Test
  void seriesStatusReasonAndScenarioAreAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.militaryExercises(), Arbitrary.blankishStrings())
        .checkAssert((exercise, text) -> {
          ImmutableMilitaryExercise x = ImmutableMilitaryExercise.copyOf(exercise);
          InvalidDataException e = assertValidIff(!Text.isBlank(text), () -> x.withSeries(text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("series");
          }
          e = assertValidIff(!Text.isBlank(text), () -> x.withStatusReason(text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("statusReason");
          }
          e = assertValidIff(!Text.isBlank(text), () -> x.withScenario(text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("scenario");
          }
        });
  }

  @Test
  void theAssessmentAnswersForEveryClaimAndThresholdOfItsCategoryAsTheCountReachesIt() {
    qt().withExamples(EXAMPLES).forAll(Generators.militaryExercises()).checkAssert(exercise -> {
      List<ViennaCheck> expected = new ArrayList<>();
      for (Strength s : exercise.strength()) {
        for (ViennaThreshold t : ViennaDocument2011.THRESHOLDS) {
          if (t.category() == s.category()) {
            expected.add(ViennaCheck.builder().strength(s).threshold(t)
                .answer(ViennaDocument2011PropertiesTest.ofFigure(s, s.count().reaches(t.minimum())))
                .reason("-").asStated(ViennaDocument2011PropertiesTest.ofFigure(s,
                    s.count().reachesAsStated(t.minimum()))).asStatedReason("-").build());
          }
        }
      }
      List<ViennaCheck> checks = ViennaDocument2011.assess(exercise);
      assertThat(checks).extracting(ViennaCheck::strength, ViennaCheck::threshold,
          ViennaCheck::answer, ViennaCheck::asStated).containsExactlyElementsOf(expected.stream()
              .map(c -> tuple(c.strength(), c.threshold(), c.answer(), c.asStated())).toList());
    });
  }

  @Test
  void everyStrengthClaimIsCheckedAgainstEachThresholdOfItsCategory() {
    qt().withExamples(300).forAll(Generators.strengths()
            .map(s -> ImmutableStrength.copyOf(s).withSupersedes(java.util.Optional.empty())),
            Generators.militaryExercises())
        .checkAssert((strength, exercise) -> {
          MilitaryExercise one = ImmutableMilitaryExercise.copyOf(exercise)
              .withStrength(strength); // alone, it can supersede nothing
          List<ViennaCheck> checks = ViennaDocument2011.assess(one);
          List<ViennaThreshold> ofCategory = ViennaDocument2011.THRESHOLDS.stream()
              .filter(t -> t.category() == strength.category()).toList();
          assertThat(checks).extracting(ViennaCheck::threshold)
              .containsExactlyElementsOf(ofCategory);
          for (ViennaCheck check : checks) {
            long minimum = check.threshold().minimum();
            Answer answer = ViennaDocument2011PropertiesTest.ofFigure(strength,
                strength.count().reaches(minimum));
            assertThat(check.answer()).isEqualTo(answer);
            assertThat(check.strength()).isEqualTo(strength);
            assertThat(check.reason()).contains(String.valueOf(minimum),
                "paragraph " + check.threshold().paragraph());
            if (answer == Answer.YES) {
              assertThat(check.reason()).contains("lower bound " + strength.count().lower());
            } else if (answer == Answer.NO) {
              assertThat(check.reason())
                  .contains("upper bound " + strength.count().upper().getAsLong());
            }
          }
        });
  }

  @Test
  void everyCategoryHasAThresholdForNotification() {
    qt().withExamples(20).forAll(Generate.enumValues(StrengthCategory.class))
        .checkAssert(category -> assertThat(ViennaDocument2011.THRESHOLDS)
            .anyMatch(t -> t.category() == category && t.obligation() == Obligation.NOTIFICATION));
  }

  @Test
  void generatedEditionsLieInTheExercisesTime() {
    qt().withExamples(EXAMPLES).forAll(Generators.militaryExercises()).checkAssert(x -> {
      if (x.edition().isPresent() && x.when().isPresent()) {
        assertThat(overlaps(x.edition().getAsInt(), x.when().get())).isTrue();
      }
      assertThat(x.hosts()).isNotEmpty().doesNotHaveDuplicates();
    });
  }
}
