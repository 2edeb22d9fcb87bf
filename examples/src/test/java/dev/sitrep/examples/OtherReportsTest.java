package dev.sitrep.examples;

import static dev.sitrep.examples.OtherReports.CABLE_CUT;
import static dev.sitrep.examples.OtherReports.EAGLE_S;
import static dev.sitrep.examples.OtherReports.ESTLINK;
import static dev.sitrep.examples.OtherReports.ESTLINK_2;
import static dev.sitrep.examples.OtherReports.POLICE_SUSPECT;
import static dev.sitrep.examples.OtherReports.SEIZURE;
import static dev.sitrep.examples.OtherReports.YLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.ImmutableDossier;
import dev.sitrep.core.dossier.Problem;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.ImmutableGeneralEvent;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.io.SitrepJson;
import org.junit.jupiter.api.Test;

/**
 * The reports beyond the article: on 25 December 2024 the Estlink 2 power cable between Finland
 * and Estonia failed, Finnish police suspected the tanker Eagle S of cutting it with its anchor and
 * seized the ship the next day; on 11 September 2025 Belarus freed 52 prisoners, and one of them,
 * refusing to leave the country, was returned to custody.
 */
class OtherReportsTest {
  @Test
  void bothDossiersAreValidAndSurviveJson() {
    for (Dossier d : new Dossier[] {ESTLINK, OtherReports.PRISONER_RELEASE}) {
      assertThat(d.validate().problems()).isEmpty();
      SitrepJson json = SitrepJson.defaults();
      assertThat(json.read(json.write(d), Dossier.class)).isEqualTo(d);
    }
  }

  @Test
  void theReleaseNamesWhomItFreedAndThePrisonerReturnedToCustodyPointsBackAtIt() {
    Impact released = OtherReports.RELEASE.impacts().get(0).value();
    assertThat(released.people()).containsExactly(Ref.to(OtherReports.STATKEVICH));
    assertThat(OtherReports.STATKEVICH_PRISONER.currentStatus())
        .contains(PrisonerStatus.RETURNED_TO_CUSTODY);
    assertThat(OtherReports.STATKEVICH_PRISONER.history().get(3).event())
        .contains(Ref.to(OtherReports.RELEASE));
    // Minsk's 11 September began at 21:00 UTC on the 10th
    assertThat(OtherReports.RELEASE.when().orElseThrow().start()
        .contains(TimePoint.parse("2025-09-10T21:30Z"))).isTrue();
  }

  @Test
  void theDossierFindsTheVesselByItsImoNumber() {
    assertThat(ESTLINK.find(Ref.of("vessel/eagle-s"), Vessel.class).flatMap(Vessel::imoNumber))
        .contains("9329760");
    assertThat(ESTLINK.entities()).containsSubsequence(StateCatalogue.get("CK"), EAGLE_S,
        ESTLINK_2,
        CABLE_CUT, SEIZURE);
  }

  @Test
  void anImpactOnOneThingCountsExactlyThatThing() {
    Impact damaged = CABLE_CUT.impacts().get(0).value();
    assertThat(damaged.count().lower()).isEqualTo(1);
    assertThat(damaged.count().upper()).hasValue(1);
    assertThat(damaged.affectedThings()).containsExactly(Ref.to(ESTLINK_2));
  }

  @Test
  void referencesToThingsAreCheckedForTheirKind() {
    GeneralEvent wrong = ImmutableGeneralEvent.copyOf(CABLE_CUT)
        .withImpacts(Claim.of(Impact.on(ImpactKind.DAMAGED, Ref.of("state/fin")),
            Attribution.of(Ref.to(YLE), Hedge.STATED)))
        .withSuspicions(Suspicion.builder().thing(Ref.of("vessel/yi-peng-3"))
            .actor(Ref.of(EAGLE_S.id())).attribution(POLICE_SUSPECT).build());
    Dossier d = ImmutableDossier.copyOf(ESTLINK).withEvents(wrong, SEIZURE);
    assertThat(d.validate().problems()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("events[0].impacts[0].value.affected_things[0]", Problem.WRONG_KIND),
        tuple("events[0].suspicions[0].thing", Problem.DANGLING_REFERENCE),
        tuple("events[0].suspicions[0].actor", Problem.WRONG_KIND));
    assertThat(d.validate().problems().get(0).message())
        .isEqualTo("refers to state/fin, a state, where a thing is required");
  }

  @Test
  void anActorSuspectedIsInvolvedUnlessTheSuspicionIsDenied() {
    Suspicion russia = Suspicion.builder().actor(Ref.of("state/rus"))
        .attribution(POLICE_SUSPECT).build();
    Dossier suspected = ImmutableDossier.copyOf(ESTLINK).withEvents(
        ImmutableGeneralEvent.copyOf(CABLE_CUT).withSuspicions(russia), SEIZURE);
    assertThat(suspected.eventsInvolving(Ref.of("state/rus"))).extracting(e -> e.id().value())
        .containsExactly("event/estlink-2-failure");
    Suspicion denied = Suspicion.builder().from(russia).attribution(Attribution.builder()
        .from(POLICE_SUSPECT).assertedBy(Ref.of("state/rus")).hedge(Hedge.DENIED).build())
        .build();
    Dossier deniedOnly = ImmutableDossier.copyOf(ESTLINK).withEvents(
        ImmutableGeneralEvent.copyOf(CABLE_CUT).withSuspicions(denied), SEIZURE);
    assertThat(deniedOnly.eventsInvolving(Ref.of("state/rus"))).isEmpty();
    assertThat(deniedOnly.eventsMentioning(Ref.of("state/rus"))).hasSize(1);
  }
}
