package dev.sitrep.core.prisoner;

import static dev.sitrep.core.prisoner.PrisonerStatus.CONVICTED;
import static dev.sitrep.core.prisoner.PrisonerStatus.DETAINED;
import static dev.sitrep.core.prisoner.PrisonerStatus.DIED_IN_CUSTODY;
import static dev.sitrep.core.prisoner.PrisonerStatus.EXPELLED;
import static dev.sitrep.core.prisoner.PrisonerStatus.PARDONED;
import static dev.sitrep.core.prisoner.PrisonerStatus.PRE_TRIAL_DETENTION;
import static dev.sitrep.core.prisoner.PrisonerStatus.RELEASED;
import static dev.sitrep.core.prisoner.PrisonerStatus.SERVING_SENTENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.time.TimePoint;
import org.junit.jupiter.api.Test;

class PoliticalPrisonerTest {
  private static ImmutablePoliticalPrisoner.Builder prisoner() {
    return PoliticalPrisoner.builder()
        .id(EntityId.of("prisoner/example"))
        .person(Ref.of("person/example"))
        .detainingState(Ref.to(StateCatalogue.get("BY")));
  }

  private static StatusChange at(PrisonerStatus status, String date) {
    return StatusChange.of(status, TimePoint.parse(date));
  }

  @Test
  void aPrisonerReleasedThenReArrestedIsValid() {
    PoliticalPrisoner p = prisoner().addHistory(
        at(DETAINED, "2020-08-09"), at(PRE_TRIAL_DETENTION, "2020-08-12"),
        at(CONVICTED, "2021-03"), at(SERVING_SENTENCE, "2021-04"), at(PARDONED, "2024-07-03"),
        at(DETAINED, "2025-02-01"), at(CONVICTED, "2025-06"), at(SERVING_SENTENCE, "2025-07"))
        .addCharges(Charge.builder().code("Criminal Code of Belarus").article("342").part("1")
            .build())
        .sentence(Sentence.of(Term.of(3, 0, 0), Regime.GENERAL_REGIME_COLONY))
        .build();
    assertThat(p.currentStatus()).hasValue(SERVING_SENTENCE);
    assertThat(p.detentionDate()).hasValue(TimePoint.day(2020, 8, 9));
    assertThat(p.verdictDate()).hasValue(TimePoint.month(2025, 6));
  }

  @Test
  void aStatusBeforeAnyEarlierOneIsRejectedThoughAVagueDateLiesBetween() {
    assertThatThrownBy(() -> prisoner().addHistory(at(DETAINED, "2025-09-10"),
        at(PRE_TRIAL_DETENTION, "2025"), at(CONVICTED, "2025-01-01")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("history[2].date: must not be before history[0] "
            + "(detained 2025-09-10, convicted 2025-01-01)");
  }

  @Test
  void releasedBeforeDetainedIsRejectedWithBothDates() {
    assertThatThrownBy(() -> prisoner()
        .addHistory(at(DETAINED, "2021-05-10"), at(RELEASED, "2020-01-01")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("history[1].date: must not be before the status it follows "
            + "(detained 2021-05-10, released 2020-01-01)");
  }

  @Test
  void servingASentenceNeedsAConviction() {
    assertThatThrownBy(() -> prisoner()
        .addHistory(at(DETAINED, "2021-05-10"), at(SERVING_SENTENCE, "2021-06")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("history[1].status: serving-sentence needs a conviction since the person was last set "
            + "free, "
            + "but it follows detained");
  }

  @Test
  void aReArrestStartsANewCase() {
    assertThatThrownBy(() -> prisoner().addHistory(at(DETAINED, "2020"), at(CONVICTED, "2021"),
        at(RELEASED, "2022"), at(DETAINED, "2023"), at(PARDONED, "2024")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("history[4].status: pardoned needs a conviction");
  }

  @Test
  void releaseNeedsCustodyAndNothingFollowsDeath() {
    assertThatThrownBy(() -> prisoner().addHistory(at(RELEASED, "2020")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("history[0].status: released needs the person to be held before, "
            + "but it is the first status");
    assertThatThrownBy(() -> prisoner().addHistory(at(DETAINED, "2020"),
        at(DIED_IN_CUSTODY, "2021"), at(RELEASED, "2022")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("history[2].status: nothing can follow died-in-custody, was released");
  }

  @Test
  void pardonedPrisonersCanBeExpelled() {
    assertThat(prisoner().addHistory(at(DETAINED, "2020"), at(CONVICTED, "2021"),
        at(PARDONED, "2025-09-11"), at(EXPELLED, "2025-09-11")).build().currentStatus())
        .hasValue(EXPELLED);
  }

  @Test
  void aConvictionInAbsentiaIsNotADetention() {
    PoliticalPrisoner p = prisoner().addHistory(at(CONVICTED, "2021-03"),
        at(DETAINED, "2023-01-10")).build();
    assertThat(p.detentionDate()).hasValue(TimePoint.day(2023, 1, 10));
    assertThat(p.verdictDate()).hasValue(TimePoint.month(2021, 3));
    assertThat(prisoner().addHistory(at(CONVICTED, "2021-03")).build().detentionDate()).isEmpty();
  }

  @Test
  void termsAreNonNegative() {
    assertThatThrownBy(() -> Term.of(1, -2, 0))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("months: must not be negative, was -2");
  }
}
