package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.Charge;
import dev.sitrep.core.prisoner.Pace1900Criterion;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.testing.ArticleSamples;
import dev.sitrep.core.time.TimePoint;
import org.junit.jupiter.api.Test;

class PrisonerJsonTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  @Test
  void aReleasedThenReArrestedPrisonersHistoryRoundTrips() {
    PoliticalPrisoner p = PoliticalPrisoner.builder()
        .id(EntityId.of("prisoner/example"))
        .person(Ref.of("person/example"))
        .detainingState(Ref.to(StateCatalogue.get("BY")))
        .addCharges(Charge.builder().code("Criminal Code of Belarus").article("342").part("1")
            .description("grossly violating public order").build())
        .sentence(Sentence.of(Term.of(2, 6, 0), Regime.of("colony-settlement")))
        .addHistory(StatusChange.of(PrisonerStatus.DETAINED, TimePoint.day(2020, 8, 10)),
            StatusChange.of(PrisonerStatus.CONVICTED, TimePoint.month(2021, 2)),
            StatusChange.of(PrisonerStatus.RELEASED, TimePoint.month(2022, 8)),
            StatusChange.of(PrisonerStatus.DETAINED, TimePoint.day(2024, 1, 15)))
        .addRecognitions(Recognition.builder().by(Ref.of("org/viasna"))
            .addCriteria(Pace1900Criterion.A, Pace1900Criterion.E).build())
        .build();
    String json = JSON.write(p);
    assertThat(json).contains("\"status\":\"released\"").contains("\"criteria\":[\"a\",\"e\"]")
        .contains("\"regime\":\"colony-settlement\"");
    assertThat(JSON.read(json, PoliticalPrisoner.class)).isEqualTo(p);
  }

  @Test
  void aHistoryOutOfOrderIsRefusedWithItsPath() {
    String json = "{\"id\":\"prisoner/x\",\"person\":\"person/x\",\"detaining_state\":\"state/blr\","
        + "\"history\":[{\"status\":\"detained\",\"date\":\"2021-05-10\"},"
        + "{\"status\":\"released\",\"date\":\"2020-01-01\"}]}";
    InvalidDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidDataException.class, () -> JSON.read(json, PoliticalPrisoner.class));
    assertThat(e.path()).isEqualTo("$.history[1].date");
    assertThat(e.rule()).contains("detained 2021-05-10, released 2020-01-01");
  }

  @Test
  void aSentenceInAbsentiaIsWrittenOnlyWhenSoAndFalseReadsAsAbsent() {
    Sentence tried = Sentence.builder().term(Term.of(15, 0, 0)).inAbsentia(true).build();
    assertThat(JSON.write(tried)).isEqualTo("{\"term\":{\"years\":15,\"months\":0,"
        + "\"days\":0},\"in_absentia\":true}");
    assertThat(JSON.read(JSON.write(tried), Sentence.class)).isEqualTo(tried);
    Sentence present = JSON.read("{\"court\":\"Minsk City Court\",\"in_absentia\":false}",
        Sentence.class);
    assertThat(present).isEqualTo(Sentence.builder().court("Minsk City Court").build());
    assertThat(JSON.write(present)).isEqualTo("{\"court\":\"Minsk City Court\"}");
    InvalidDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidDataException.class, () -> JSON.read("{\"in_absentia\":\"yes\"}", Sentence.class));
    assertThat(e.path()).isEqualTo("$.in_absentia");
    assertThat(e.rule()).contains("true or false");
  }

  @Test
  void aTermBeyondAnIntIsRefused() {
    String json = "{\"id\":\"prisoner/x\",\"person\":\"person/x\",\"detaining_state\":\"state/blr\","
        + "\"sentence\":{\"term\":{\"years\":3000000000,\"months\":0,\"days\":0},"
        + "\"regime\":\"prison\"}}";
    InvalidDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidDataException.class, () -> JSON.read(json, PoliticalPrisoner.class));
    assertThat(e.path()).isEqualTo("$.sentence.term.years");
    assertThat(e.rule()).startsWith("must be an integer between -2147483648 and 2147483647");
  }

  @Test
  void overAThousandPoliticalPrisonersRoundTrips() {
    Statistic s = ArticleSamples.politicalPrisoners();
    assertThat(JSON.read(JSON.write(s), Statistic.class)).isEqualTo(s);
  }
}
