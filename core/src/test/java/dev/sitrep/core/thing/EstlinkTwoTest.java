package dev.sitrep.core.thing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.ImmutableDossier;
import dev.sitrep.core.dossier.Problem;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.ImmutableGeneralEvent;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the things' Javadoc: on 25 December 2024 the Estlink 2 power cable between
 * Finland and Estonia failed; Finnish police suspected the tanker Eagle S of cutting it with its
 * anchor and seized the ship the next day.
 */
class EstlinkTwoTest {
  private static final State FINLAND = StateCatalogue.get("FI");
  private static final State ESTONIA = StateCatalogue.get("EE");
  private static final State COOK_ISLANDS = StateCatalogue.get("CK");

  private static final Source YLE = Source.builder().id(EntityId.of("source/yle-2024-12-26"))
      .kind(SourceKind.ARTICLE).publisher("Yle").published(TimePoint.day(2024, 12, 26)).build();

  private static final Organization POLICE = Organization.builder()
      .id(EntityId.of("organization/finnish-police")).name("Finnish police")
      .kind(OrganizationKind.SECURITY_SERVICE).state(Ref.to(FINLAND)).build();
  private static final Organization FINGRID = Organization.builder()
      .id(EntityId.of("organization/fingrid")).name("Fingrid").kind(OrganizationKind.COMPANY)
      .build();
  private static final Organization ELERING = Organization.builder()
      .id(EntityId.of("organization/elering")).name("Elering").kind(OrganizationKind.COMPANY)
      .build();

  private static final Vessel EAGLE_S = Vessel.builder().id(EntityId.of("vessel/eagle-s"))
      .name("Eagle S").kind(VesselKind.TANKER).flagState(Ref.to(COOK_ISLANDS))
      .addExternalIds(ExternalId.imo("9329760")).build();

  private static final Infrastructure ESTLINK_2 = Infrastructure.builder()
      .id(EntityId.of("infrastructure/estlink-2")).kind(InfrastructureKind.POWER_CABLE)
      .name("Estlink 2").addOperators(Ref.to(FINGRID), Ref.to(ELERING))
      .addPlaces(Place.builder().name("Anttila").country(Ref.to(FINLAND))
              .precision(PlacePrecision.SETTLEMENT).build(),
          Place.builder().name("Püssi").country(Ref.to(ESTONIA))
              .precision(PlacePrecision.SETTLEMENT).build())
      .build();

  private static final Attribution POLICE_SUSPECT = Attribution.builder().source(Ref.to(YLE))
      .assertedBy(Ref.to(POLICE)).hedge(Hedge.ALLEGED).date(TimePoint.day(2024, 12, 26)).build();

  private static final GeneralEvent CABLE_CUT = GeneralEvent.builder()
      .id(EntityId.of("event/estlink-2-failure")).title("Estlink 2 power cable damaged")
      .when(Period.at(TimePoint.day(2024, 12, 25))).kind(EventKind.ASSAULT).mode("sabotage")
      .addImpacts(Claim.of(Impact.on(ImpactKind.DAMAGED, Ref.to(ESTLINK_2)),
          Attribution.of(Ref.to(YLE), Hedge.STATED)))
      .addSuspicions(Suspicion.builder().thing(Ref.to(EAGLE_S))
          .description("dragged its anchor across the seabed").attribution(POLICE_SUSPECT)
          .build())
      .build();

  private static final GeneralEvent SEIZURE = GeneralEvent.builder()
      .id(EntityId.of("event/eagle-s-seized")).title("Finland seizes the Eagle S")
      .when(Period.at(TimePoint.day(2024, 12, 26))).kind(EventKind.COERCE).mode("seize")
      .addParticipants(Participant.of(Ref.to(POLICE), ParticipantRole.INITIATOR))
      .addImpacts(Claim.of(Impact.on(ImpactKind.SEIZED, Ref.to(EAGLE_S)),
          Attribution.of(Ref.to(YLE), Hedge.STATED)))
      .build();

  private static final Dossier DOSSIER = Dossier.builder().title("Estlink 2")
      .addSources(YLE).addActors(FINLAND, ESTONIA, COOK_ISLANDS, POLICE, FINGRID, ELERING)
      .addThings(EAGLE_S, ESTLINK_2).addEvents(CABLE_CUT, SEIZURE).build();

  @Test
  void theDossierIsValidAndFindsTheVesselByItsImoNumber() {
    assertThat(DOSSIER.validate().problems()).isEmpty();
    assertThat(DOSSIER.find(Ref.of("vessel/eagle-s"), Vessel.class).flatMap(Vessel::imoNumber))
        .contains("9329760");
    assertThat(DOSSIER.entities()).containsSubsequence(COOK_ISLANDS, EAGLE_S, ESTLINK_2,
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
    Dossier d = ImmutableDossier.copyOf(DOSSIER).withEvents(wrong, SEIZURE);
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
    Dossier suspected = ImmutableDossier.copyOf(DOSSIER).withEvents(
        ImmutableGeneralEvent.copyOf(CABLE_CUT).withSuspicions(russia), SEIZURE);
    assertThat(suspected.eventsInvolving(Ref.of("state/rus"))).extracting(e -> e.id().value())
        .containsExactly("event/estlink-2-failure");
    Suspicion denied = Suspicion.builder().from(russia).attribution(Attribution.builder()
        .from(POLICE_SUSPECT).assertedBy(Ref.of("state/rus")).hedge(Hedge.DENIED).build())
        .build();
    Dossier deniedOnly = ImmutableDossier.copyOf(DOSSIER).withEvents(
        ImmutableGeneralEvent.copyOf(CABLE_CUT).withSuspicions(denied), SEIZURE);
    assertThat(deniedOnly.eventsInvolving(Ref.of("state/rus"))).isEmpty();
    assertThat(deniedOnly.eventsMentioning(Ref.of("state/rus"))).hasSize(1);
  }
}
