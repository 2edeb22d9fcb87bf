package dev.sitrep.examples;

import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.InfrastructureKind;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.thing.VesselKind;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.time.ZoneId;

/**
 * Two reports of the article's kind that the article itself does not need, each a small
 * {@link Dossier} of what the model holds beyond it: things that are not actors (a tanker suspected
 * of cutting a power cable, then seized), and a release of prisoners that named who it freed, one
 * of whom refused to leave the country and was returned to custody.
 */
public final class OtherReports {
  private OtherReports() {}

  private static final State FINLAND = StateCatalogue.get("FI");
  private static final State ESTONIA = StateCatalogue.get("EE");
  private static final State COOK_ISLANDS = StateCatalogue.get("CK");
  private static final State BELARUS = StateCatalogue.get("BY");
  private static final State UNITED_STATES = StateCatalogue.get("US");

  // Estlink 2 ------------------------------------------------------------------------------------

  /** Finnish public broadcasting's report of the seizure. */
  public static final Source YLE = Source.builder().id(EntityId.of("source/yle-2024-12-26"))
      .kind(SourceKind.ARTICLE).publisher("Yle").published(TimePoint.day(2024, 12, 26)).build();

  /** The Finnish police, who suspected the tanker. */
  public static final Organization FINNISH_POLICE = Organization.builder()
      .id(EntityId.of("organization/finnish-police")).name("Finnish police")
      .kind(OrganizationKind.SECURITY_SERVICE).state(Ref.to(FINLAND)).build();

  /** One of the cable's two operators, Finland's grid. */
  public static final Organization FINGRID = Organization.builder()
      .id(EntityId.of("organization/fingrid")).name("Fingrid").kind(OrganizationKind.COMPANY)
      .build();

  /** The other operator, Estonia's grid. */
  public static final Organization ELERING = Organization.builder()
      .id(EntityId.of("organization/elering")).name("Elering").kind(OrganizationKind.COMPANY)
      .build();

  /** The tanker, under the Cook Islands' flag, with its IMO number. */
  public static final Vessel EAGLE_S = Vessel.builder().id(EntityId.of("vessel/eagle-s"))
      .name("Eagle S").kind(VesselKind.TANKER).flagState(Ref.to(COOK_ISLANDS))
      .addExternalIds(ExternalId.imo("9329760")).build();

  /** The power cable between Finland and Estonia. */
  public static final Infrastructure ESTLINK_2 = Infrastructure.builder()
      .id(EntityId.of("infrastructure/estlink-2")).kind(InfrastructureKind.POWER_CABLE)
      .name("Estlink 2").addOperators(Ref.to(FINGRID), Ref.to(ELERING))
      .addPlaces(Place.builder().name("Anttila").country(Ref.to(FINLAND))
              .precision(PlacePrecision.SETTLEMENT).build(),
          Place.builder().name("Püssi").country(Ref.to(ESTONIA))
              .precision(PlacePrecision.SETTLEMENT).build())
      .build();

  /** Who suspected the tanker, and how firmly: the police, alleging. */
  public static final Attribution POLICE_SUSPECT = Attribution.builder().source(Ref.to(YLE))
      .assertedBy(Ref.to(FINNISH_POLICE)).hedge(Hedge.ALLEGED).date(TimePoint.day(2024, 12, 26))
      .build();

  /** The cable damaged on Christmas Day, the tanker suspected of dragging its anchor over it. */
  public static final GeneralEvent CABLE_CUT = GeneralEvent.builder()
      .id(EntityId.of("event/estlink-2-failure")).title("Estlink 2 power cable damaged")
      .when(Period.at(TimePoint.day(2024, 12, 25).inZone(ZoneId.of("Europe/Helsinki"))))
      .kind(EventKind.ASSAULT).mode("sabotage")
      .addImpacts(Claim.of(Impact.on(ImpactKind.DAMAGED, Ref.to(ESTLINK_2)),
          Attribution.of(Ref.to(YLE), Hedge.STATED)))
      .addSuspicions(Suspicion.builder().thing(Ref.to(EAGLE_S))
          .description("dragged its anchor across the seabed").attribution(POLICE_SUSPECT)
          .build())
      .build();

  /** The tanker seized the next day: an impact of kind seized on the vessel. */
  public static final GeneralEvent SEIZURE = GeneralEvent.builder()
      .id(EntityId.of("event/eagle-s-seized")).title("Finland seizes the Eagle S")
      .when(Period.at(TimePoint.day(2024, 12, 26).inZone(ZoneId.of("Europe/Helsinki"))))
      .kind(EventKind.COERCE).mode("seize")
      .addParticipants(Participant.of(Ref.to(FINNISH_POLICE), ParticipantRole.INITIATOR))
      .addImpacts(Claim.of(Impact.on(ImpactKind.SEIZED, Ref.to(EAGLE_S)),
          Attribution.of(Ref.to(YLE), Hedge.STATED)))
      .build();

  /** The Estlink 2 case, December 2024. */
  public static final Dossier ESTLINK = Dossier.builder().title("Estlink 2")
      .addSources(YLE).addActors(FINLAND, ESTONIA, COOK_ISLANDS, FINNISH_POLICE, FINGRID, ELERING)
      .addThings(EAGLE_S, ESTLINK_2).addEvents(CABLE_CUT, SEIZURE).build();

  // The release of 11 September 2025 -------------------------------------------------------------

  /** A news agency's report of the release. */
  public static final Source RELEASE_REPORT = Source.builder()
      .id(EntityId.of("source/release-2025-09-11")).kind(SourceKind.ARTICLE)
      .published(TimePoint.day(2025, 9, 11)).build();

  /** The opposition politician who would not leave Belarus. */
  public static final Person STATKEVICH = Person.builder()
      .id(EntityId.of("person/mikalai-statkevich")).name("Mikalai Statkevich").build();

  /** 52 prisoners freed after talks with a US delegation; the report names one of them. */
  public static final GeneralEvent RELEASE = GeneralEvent.builder()
      .id(EntityId.of("event/belarus-release-2025-09-11"))
      .title("Belarus frees 52 prisoners after talks with a US delegation")
      .when(Period.at(TimePoint.day(2025, 9, 11).inZone(ZoneId.of("Europe/Minsk"))))
      .kind(EventKind.CONCEDE).mode("release")
      .addParticipants(Participant.of(Ref.to(BELARUS), ParticipantRole.INITIATOR),
          Participant.of(Ref.to(UNITED_STATES), ParticipantRole.PARTICIPANT))
      .addImpacts(Claim.of(Impact.builder().kind(ImpactKind.RELEASED)
              .count(UncertainCount.exactly(52)).addPeople(Ref.to(STATKEVICH)).build(),
          Attribution.of(Ref.to(RELEASE_REPORT), Hedge.STATED)))
      .build();

  /**
   * Statkevich: sentenced to 14 years in 2021, pardoned in the release, returned to custody the
   * same day when he refused to cross into Lithuania; his history stays checked.
   */
  public static final PoliticalPrisoner STATKEVICH_PRISONER = PoliticalPrisoner.builder()
      .id(EntityId.of("prisoner/mikalai-statkevich")).person(Ref.to(STATKEVICH))
      .detainingState(Ref.to(BELARUS))
      .sentence(Sentence.builder().term(Term.of(14, 0, 0)).date(TimePoint.day(2021, 12, 14))
          .build())
      .addHistory(StatusChange.of(PrisonerStatus.DETAINED, TimePoint.day(2020, 5, 31)),
          StatusChange.of(PrisonerStatus.CONVICTED, TimePoint.day(2021, 12, 14)),
          StatusChange.of(PrisonerStatus.SERVING_SENTENCE, TimePoint.day(2021, 12, 14)),
          StatusChange.builder().status(PrisonerStatus.PARDONED)
              .date(TimePoint.day(2025, 9, 11)).event(Ref.to(RELEASE)).build(),
          StatusChange.builder().status(PrisonerStatus.RETURNED_TO_CUSTODY)
              .date(TimePoint.day(2025, 9, 11)).event(Ref.to(RELEASE)).build())
      .build();

  /** The release and the prisoner who was returned. */
  public static final Dossier PRISONER_RELEASE = Dossier.builder()
      .title("The release of 11 September 2025")
      .addSources(RELEASE_REPORT).addActors(BELARUS, UNITED_STATES, STATKEVICH)
      .addEvents(RELEASE).addPrisoners(STATKEVICH_PRISONER).build();
}
