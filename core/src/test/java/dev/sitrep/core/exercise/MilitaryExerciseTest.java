package dev.sitrep.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.testing.ArticleSamples;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import org.junit.jupiter.api.Test;

class MilitaryExerciseTest {
  private static ImmutableMilitaryExercise.Builder zapad2023() {
    return MilitaryExercise.builder().from(ArticleSamples.zapad2023());
  }

  @Test
  void theCancelledZapad2023KeepsItsReason() {
    MilitaryExercise cancelled = zapad2023().build();
    assertThat(cancelled.status()).isEqualTo(ExerciseStatus.CANCELLED);
    assertThat(cancelled.statusReason()).hasValueSatisfying(r -> assertThat(r).contains("Ukraine"));
  }

  @Test
  void anExerciseNeedsAHost() {
    assertThatThrownBy(() -> zapad2023().hosts(java.util.List.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("hosts: must not be empty");
  }

  @Test
  void theEditionMustFitThePeriod() {
    assertThatThrownBy(() -> zapad2023().edition(2025).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("edition: must be a year the exercise's time overlaps")
        .hasMessageContaining("edition=2025");
    assertThat(zapad2023().when(Period.between(TimePoint.day(2023, 12, 30),
        TimePoint.day(2024, 1, 3))).edition(2024).build().edition()).hasValue(2024);
  }

  @Test
  void thePeriodMustBeOrdered() {
    assertThatThrownBy(() -> zapad2023().when(Period.between(TimePoint.day(2025, 9, 16),
        TimePoint.day(2025, 9, 12))).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("end: must not be before start");
  }
}
