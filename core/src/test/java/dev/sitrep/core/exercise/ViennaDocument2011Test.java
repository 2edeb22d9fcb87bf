package dev.sitrep.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ViennaDocument2011Test {
  private static final Attribution DECLARED =
      Attribution.of(Ref.of("source/ministry-of-defence"), Hedge.DECLARED);

  private static List<Answer> answers(UncertainCount troops) {
    MilitaryExercise exercise = MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2025"))
        .title("Zapad 2025")
        .edition(2025)
        .when(Period.from(TimePoint.day(2025, 9, 12)))
        .addHosts(Ref.to(StateCatalogue.get("BY")))
        .status(ExerciseStatus.PLANNED)
        .addStrength(Strength.of(StrengthCategory.TROOPS, troops, DECLARED))
        .build();
    return ViennaDocument2011.assess(exercise).stream().map(ViennaCheck::answer)
        .collect(Collectors.toList());
  }

  @Test
  void declared12800TroopsMustBeNotifiedButNeedNoObservers() {
    assertThat(answers(UncertainCount.exactly(12_800))).containsExactly(Answer.YES, Answer.NO);
  }

  @Test
  void atLeast100000TroopsNeedBoth() {
    assertThat(answers(UncertainCount.atLeast(100_000))).containsExactly(Answer.YES, Answer.YES);
  }

  @Test
  void almost7000TroopsNeedNoNotification() {
    assertThat(answers(UncertainCount.almost(7_000)).get(0)).isEqualTo(Answer.NO);
  }

  @Test
  void between8000And10000CannotTell() {
    assertThat(answers(UncertainCount.between(8_000, 10_000)).get(0))
        .isEqualTo(Answer.CANNOT_TELL);
  }

  @Test
  void theReasonGivesTheBoundsAndTheParagraph() {
    ViennaCheck check = ViennaDocument2011.check(
        Strength.of(StrengthCategory.TROOPS, UncertainCount.between(8_000, 10_000), DECLARED),
        ViennaDocument2011.THRESHOLDS.get(0));
    assertThat(check.reason())
        .isEqualTo("bounds 8000 to 10000 straddle 9000 (notification, paragraph 40.1.1)");
  }

  @Test
  void everyCategoryHasANotificationThreshold() {
    assertThat(ViennaDocument2011.THRESHOLDS.stream()
        .filter(t -> t.obligation() == Obligation.NOTIFICATION)
        .map(ViennaThreshold::category))
        .containsExactlyInAnyOrder(StrengthCategory.values());
  }
}
