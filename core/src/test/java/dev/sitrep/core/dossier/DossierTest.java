package dev.sitrep.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierTest {
  private static final Source ARTICLE = Source.builder().id(EntityId.of("source/article"))
      .kind(SourceKind.ARTICLE).build();
  private static final State BELARUS = StateCatalogue.get("BY");
  private static final State POLAND = StateCatalogue.get("PL");
  private static final State RUSSIA = StateCatalogue.get("RU");
  private static final State USA = StateCatalogue.get("US");
  private static final Person LUKASHENKA = Person.builder()
      .id(EntityId.of("person/alyaksandr-lukashenka")).name("Alyaksandr Lukashenka")
      .addOtherNames(Name.of("Alexander Lukashenko"), Name.of("Аляксандр Лукашэнка", "be", "Cyrl"))
      .build();
  private static final Person PUTIN = Person.builder().id(EntityId.of("person/vladimir-putin"))
      .name("Vladimir Putin").build();

  private static MilitaryExercise zapad(Ref<State> host) {
    return MilitaryExercise.builder().id(EntityId.of("exercise/zapad-2025")).title("Zapad 2025")
        .when(Period.from(TimePoint.day(2025, 9, 12))).addHosts(host)
        .status(ExerciseStatus.PLANNED)
        .addAttributions(Attribution.of(Ref.to(ARTICLE), Hedge.STATED)).build();
  }

  private static final Meeting ALASKA = Meeting.builder().id(EntityId.of("meeting/alaska-summit"))
      .title("Putin–Trump summit in Alaska").when(Period.at(TimePoint.month(2025, 8)))
      .addParticipants(Participant.of(Ref.to(PUTIN), ParticipantRole.PARTICIPANT)).build();

  private static final Warning WARNING = Warning.builder().id(EntityId.of("warning/minsk-warsaw"))
      .title("Minsk warns Warsaw of drones").when(Period.at(TimePoint.day(2025, 9, 10)))
      .by(Ref.to(BELARUS)).to(Ref.to(POLAND))
      .about("drones were heading their way from the direction of Belarus").build();

  private static ImmutableDossier.Builder valid() {
    return Dossier.builder().addSources(ARTICLE)
        .addActors(BELARUS, POLAND, RUSSIA, USA, LUKASHENKA, PUTIN)
        .addEvents(zapad(Ref.to(BELARUS)), ALASKA, WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "01", "1.", "1.x", "v1", "99999999999999999999"})
  void aSchemaVersionThisSitrepDoesNotReadIsRefused(String version) {
    assertThatThrownBy(() -> valid().schemaVersion(version).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("schemaVersion: must be a version this sitrep reads, 1 or 1.x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.2", "1.2.3"})
  void aSchemaVersionOfThisMajorVersionIsKept(String version) {
    assertThat(valid().schemaVersion(version).build().schemaVersion()).isEqualTo(version);
  }

  @Test
  void aValidDossierHasNoProblems() {
    assertThat(valid().build().validate().isValid()).isTrue();
    assertThat(valid().build().schemaVersion()).isEqualTo(Dossier.SCHEMA_VERSION);
  }

  @Test
  void aDanglingReferenceAndADuplicateIdAreBothReportedWithPaths() {
    Dossier d = valid().addActors(Person.builder().id(EntityId.of("state/pol"))
            .name("Not Poland").build())
        .addEvents(MilitaryExercise.builder().from(zapad(Ref.of("state/xyz")))
            .id(EntityId.of("exercise/zapad-2025-b")).build())
        .build();
    ValidationReport report = d.validate();
    assertThat(report.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("actors[6].id", Problem.DUPLICATE_ID),
        org.assertj.core.groups.Tuple.tuple("events[3].hosts[0]", Problem.DANGLING_REFERENCE));
    assertThat(report.problems().get(0).message())
        .isEqualTo("id state/pol is already the id of actors[1].id");
  }

  @Test
  void aPersonWhereAStateIsRequiredIsReported() {
    Dossier d = valid().events(java.util.List.of(zapad(Ref.of("person/vladimir-putin")))).build();
    assertThat(d.validate().problems()).containsExactly(Problem.of("events[0].hosts[0]",
        Problem.WRONG_KIND,
        "refers to person/vladimir-putin, a person, where a state is required"));
  }

  @Test
  void requireValidThrowsWithTheWholeReport() {
    Dossier d = valid().addEvents(MilitaryExercise.builder().from(zapad(Ref.of("state/xyz")))
        .id(EntityId.of("exercise/zapad-2025")).build()).build();
    assertThatThrownBy(d::requireValid)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("2 problem(s)")
        .hasMessageContaining("events[3].id: id exercise/zapad-2025 is already the id of events[0].id")
        .hasMessageContaining("events[3].hosts[0]: refers to state/xyz");
  }

  @Test
  void theTimelineOrdersByEarliestTime() {
    assertThat(valid().build().timeline().stream().map(Event::title)
        .collect(Collectors.toList())).containsExactly("Putin–Trump summit in Alaska",
            "Minsk warns Warsaw of drones", "Zapad 2025");
  }

  @Test
  void tiesKeepTheDossiersOrderAndUntimedEventsComeLast() {
    Meeting untimed = Meeting.builder().id(EntityId.of("meeting/untimed")).title("Untimed")
        .build();
    Meeting sameDay = Meeting.builder().from(ALASKA).id(EntityId.of("meeting/same"))
        .title("Same month").build();
    Dossier d = Dossier.builder().addEvents(untimed, ALASKA, sameDay).build();
    assertThat(d.timeline()).containsExactly(ALASKA, sameDay, untimed);
  }

  @Test
  void lukashenkoFindsLukashenka() {
    assertThat(valid().build().findActors("lukashenko")).containsExactly(LUKASHENKA);
    assertThat(valid().build().findActors("ЛУКАШЭНКА")).containsExactly(LUKASHENKA);
    assertThat(valid().build().findActors("belarus")).containsExactly(BELARUS);
  }

  @Test
  void eventsInvolvingAnActorAndWithinAWindow() {
    Dossier d = valid().build();
    assertThat(d.eventsInvolving(Ref.to(BELARUS))).extracting(Event::title)
        .containsExactly("Zapad 2025", "Minsk warns Warsaw of drones");
    assertThat(d.eventsInvolving(Ref.to(PUTIN))).containsExactly(ALASKA);
    assertThat(d.eventsWithin(Period.at(TimePoint.month(2025, 9)))).extracting(Event::title)
        .containsExactly("Zapad 2025", "Minsk warns Warsaw of drones");
    assertThat(d.eventsWithin(Period.at(TimePoint.year(2025)))).hasSize(3);
    assertThat(d.eventsWithin(Period.at(TimePoint.day(2025, 9, 10)))).containsExactly(WARNING);
    assertThat(d.find(Ref.to(PUTIN), Person.class)).hasValue(PUTIN);
    assertThat(d.find(Ref.of("person/vladimir-putin"), State.class)).isEmpty();
  }
}
