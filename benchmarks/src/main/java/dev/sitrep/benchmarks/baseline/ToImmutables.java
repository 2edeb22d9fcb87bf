package dev.sitrep.benchmarks.baseline;

import static dev.sitrep.benchmarks.baseline.ToRecords.map;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Converts the baseline's records ({@link ToRecords}) to {@link ImmutablesModel}'s values, once,
 * in a benchmark's setup: attribute by attribute with the generated builders, {@code null} as an
 * empty {@code Optional}. The records hold sitrep's data, and the Immutables mapper has to write
 * these values to the very bytes sitrep writes, so a conversion that lost or changed anything
 * would show.
 */
public final class ToImmutables {
  private ToImmutables() {}

  /** @return the dossier {@code d} as Immutables values */
  public static ImmutablesModel.Dossier dossier(RecordModel.Dossier d) {
    return ImmutableDossier.builder().schemaVersion(d.schemaVersion()).title(opt(d.title()))
        .sources(map(d.sources(), ToImmutables::source))
        .actors(map(d.actors(), ToImmutables::actor))
        .relations(map(d.relations(), ToImmutables::relation))
        .events(map(d.events(), ToImmutables::event))
        .prisoners(map(d.prisoners(), ToImmutables::prisoner))
        .statistics(map(d.statistics(), ToImmutables::statistic))
        .build();
  }

  /** The attributes every event has, which each kind's builder takes {@code from} it. */
  private record SharedEvent(String id, String title, Optional<String> description,
      Optional<ImmutablesModel.Period> when, List<ImmutablesModel.Place> places,
      List<ImmutablesModel.Participant> participants,
      List<ImmutablesModel.Attribution> attributions, List<ImmutablesModel.EventLink> links)
      implements ImmutablesModel.Event {}

  private static SharedEvent shared(String id, String title, String description,
      RecordModel.Period when, List<RecordModel.Place> places,
      List<RecordModel.Participant> participants, List<RecordModel.Attribution> attributions,
      List<RecordModel.EventLink> links) {
    return new SharedEvent(id, title, opt(description), opt(when, ToImmutables::period),
        map(places, ToImmutables::place), map(participants, ToImmutables::participant),
        map(attributions, ToImmutables::attribution), map(links, ToImmutables::link));
  }

  /** @return the event {@code e} as an Immutables value of the same kind */
  public static ImmutablesModel.Event event(RecordModel.Event e) {
    if (e instanceof RecordModel.MilitaryExercise x) {
      return ImmutableMilitaryExercise.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .series(opt(x.series()))
          .edition(x.edition() == null ? OptionalInt.empty() : OptionalInt.of(x.edition()))
          .hosts(x.hosts()).status(x.status()).statusReason(opt(x.statusReason()))
          .scenario(opt(x.scenario())).strength(map(x.strength(), ToImmutables::strength))
          .build();
    } else if (e instanceof RecordModel.AirspaceIncident x) {
      return ImmutableAirspaceIncident.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .airspace(airspace(x.airspace()))
          .intrusions(map(x.intrusions(), ToImmutables::intrusion))
          .responses(map(x.responses(), ToImmutables::response))
          .consequences(map(x.consequences(), ToImmutables::consequence))
          .consultations(map(x.consultations(), ToImmutables::consultation))
          .claims(map(x.claims(), ToImmutables::claim))
          .build();
    } else if (e instanceof RecordModel.Statement x) {
      return ImmutableStatement.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .speaker(x.speaker()).audience(x.audience()).venue(opt(x.venue(), ToImmutables::place))
          .quote(opt(x.quote(), ToImmutables::quote)).summary(opt(x.summary()))
          .build();
    } else if (e instanceof RecordModel.Meeting x) {
      return ImmutableMeeting.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .topic(opt(x.topic()))
          .build();
    } else if (e instanceof RecordModel.BorderClosure x) {
      return ImmutableBorderClosure.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .closingState(x.closingState()).neighbour(x.neighbour()).crossings(x.crossings())
          .reason(opt(x.reason())).relatedExercise(opt(x.relatedExercise()))
          .build();
    } else if (e instanceof RecordModel.Warning x) {
      return ImmutableWarning.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .by(x.from()).to(x.to()).about(x.about())
          .build();
    } else if (e instanceof RecordModel.GeneralEvent x) {
      return ImmutableGeneralEvent.builder()
          .from(shared(x.id(), x.title(), x.description(), x.when(), x.places(),
              x.participants(), x.attributions(), x.links()))
          .kind(x.kind()).mode(opt(x.mode()))
          .build();
    }
    throw new IllegalArgumentException("no Immutables value for " + e.getClass());
  }

  /** The attributes every actor has, which each kind's builder takes {@code from} it. */
  private record SharedActor(String id, String name, List<ImmutablesModel.Name> otherNames,
      List<ImmutablesModel.ExternalId> externalIds) implements ImmutablesModel.Actor {}

  private static SharedActor shared(String id, String name, List<RecordModel.Name> otherNames,
      List<RecordModel.ExternalId> externalIds) {
    return new SharedActor(id, name, map(otherNames, ToImmutables::name),
        map(externalIds, ToImmutables::externalId));
  }

  static ImmutablesModel.Actor actor(RecordModel.Actor a) {
    if (a instanceof RecordModel.State x) {
      return ImmutableState.builder()
          .from(shared(x.id(), x.name(), x.otherNames(), x.externalIds()))
          .alpha2(x.alpha2()).alpha3(x.alpha3())
          .build();
    } else if (a instanceof RecordModel.Person x) {
      return ImmutablePerson.builder()
          .from(shared(x.id(), x.name(), x.otherNames(), x.externalIds()))
          .birthDate(opt(x.birthDate()))
          .build();
    } else if (a instanceof RecordModel.Organization x) {
      return ImmutableOrganization.builder()
          .from(shared(x.id(), x.name(), x.otherNames(), x.externalIds()))
          .kind(x.kind()).parent(opt(x.parent())).state(opt(x.state()))
          .build();
    } else if (a instanceof RecordModel.Collective x) {
      return ImmutableCollective.builder()
          .from(shared(x.id(), x.name(), x.otherNames(), x.externalIds()))
          .affiliation(opt(x.affiliation())).kind(opt(x.kind()))
          .size(opt(x.size(), ToImmutables::count))
          .build();
    }
    throw new IllegalArgumentException("no Immutables value for " + a.getClass());
  }

  static ImmutablesModel.Relation relation(RecordModel.Relation r) {
    if (r instanceof RecordModel.Membership x) {
      return ImmutableMembership.builder().id(x.id()).member(x.member())
          .organization(x.organization()).period(opt(x.period(), ToImmutables::period))
          .attributions(map(x.attributions(), ToImmutables::attribution))
          .build();
    } else if (r instanceof RecordModel.Office x) {
      return ImmutableOffice.builder().id(x.id()).holder(x.holder()).title(x.title()).of(x.of())
          .period(opt(x.period(), ToImmutables::period))
          .attributions(map(x.attributions(), ToImmutables::attribution))
          .build();
    } else if (r instanceof RecordModel.ActorRelation x) {
      return ImmutableActorRelation.builder().id(x.id()).subject(x.from()).kind(x.kind()).to(x.to())
          .description(opt(x.description())).period(opt(x.period(), ToImmutables::period))
          .attributions(map(x.attributions(), ToImmutables::attribution))
          .build();
    }
    throw new IllegalArgumentException("no Immutables value for " + r.getClass());
  }

  static ImmutablesModel.Source source(RecordModel.Source s) {
    return ImmutableSource.builder().id(s.id()).kind(s.kind()).title(opt(s.title()))
        .publisher(opt(s.publisher())).authors(s.authors()).published(opt(s.published()))
        .url(opt(s.url()))
        .build();
  }

  static ImmutablesModel.Name name(RecordModel.Name n) {
    return ImmutableName.builder().value(n.value()).language(opt(n.language()))
        .script(opt(n.script())).build();
  }

  static ImmutablesModel.ExternalId externalId(RecordModel.ExternalId x) {
    return ImmutableExternalId.builder().scheme(x.scheme()).value(x.value()).build();
  }

  static ImmutablesModel.Period period(RecordModel.Period p) {
    return ImmutablePeriod.builder().start(p.start()).end(opt(p.end())).phrase(opt(p.phrase()))
        .build();
  }

  static ImmutablesModel.UncertainCount count(RecordModel.UncertainCount c) {
    return ImmutableUncertainCount.builder().lower(c.lower()).best(along(c.best()))
        .upper(along(c.upper())).qualifier(c.qualifier()).phrase(opt(c.phrase()))
        .build();
  }

  static ImmutablesModel.Place place(RecordModel.Place p) {
    return ImmutablePlace.builder().name(p.name()).country(opt(p.country()))
        .point(opt(p.point(), ToImmutables::point)).precision(p.precision())
        .build();
  }

  static ImmutablesModel.GeoPoint point(RecordModel.GeoPoint p) {
    return ImmutableGeoPoint.builder().lat(p.lat()).lon(p.lon()).build();
  }

  static ImmutablesModel.Airspace airspace(RecordModel.Airspace a) {
    return ImmutableAirspace.builder().state(opt(a.state()))
        .flightInformationRegion(opt(a.flightInformationRegion())).build();
  }

  static ImmutablesModel.Attribution attribution(RecordModel.Attribution a) {
    return ImmutableAttribution.builder().source(a.source()).assertedBy(opt(a.assertedBy()))
        .assertedByDescription(opt(a.assertedByDescription())).hedge(a.hedge())
        .date(opt(a.date()))
        .build();
  }

  static ImmutablesModel.Quote quote(RecordModel.Quote q) {
    return ImmutableQuote.builder().text(q.text()).language(opt(q.language()))
        .attribution(attribution(q.attribution())).build();
  }

  static ImmutablesModel.Claim claim(RecordModel.Claim c) {
    return ImmutableClaim.builder().id(opt(c.id())).value(c.value())
        .attribution(attribution(c.attribution())).supersedes(opt(c.supersedes()))
        .build();
  }

  static ImmutablesModel.Participant participant(RecordModel.Participant p) {
    return ImmutableParticipant.builder().actor(p.actor()).role(p.role()).build();
  }

  static ImmutablesModel.EventLink link(RecordModel.EventLink l) {
    return ImmutableEventLink.builder().kind(l.kind()).target(l.target())
        .description(opt(l.description()))
        .attributions(map(l.attributions(), ToImmutables::attribution))
        .build();
  }

  static ImmutablesModel.Strength strength(RecordModel.Strength s) {
    return ImmutableStrength.builder().category(s.category()).count(count(s.count()))
        .attribution(attribution(s.attribution())).build();
  }

  static ImmutablesModel.Intrusion intrusion(RecordModel.Intrusion i) {
    return ImmutableIntrusion.builder().platform(i.platform()).model(opt(i.model()))
        .count(count(i.count())).origin(map(i.origin(), ToImmutables::claim))
        .transits(map(i.transits(), ToImmutables::transit))
        .entry(opt(i.entry(), ToImmutables::place))
        .build();
  }

  static ImmutablesModel.Transit transit(RecordModel.Transit t) {
    return ImmutableTransit.builder().state(t.state()).count(opt(t.count(), ToImmutables::count))
        .build();
  }

  static ImmutablesModel.Response response(RecordModel.Response r) {
    return ImmutableResponse.builder().responders(r.responders()).assets(r.assets())
        .action(r.action()).count(opt(r.count(), ToImmutables::count))
        .attribution(opt(r.attribution(), ToImmutables::attribution))
        .build();
  }

  static ImmutablesModel.Consequence consequence(RecordModel.Consequence c) {
    return ImmutableConsequence.builder().kind(c.kind()).description(opt(c.description()))
        .count(opt(c.count(), ToImmutables::count))
        .attribution(opt(c.attribution(), ToImmutables::attribution))
        .build();
  }

  static ImmutablesModel.Consultation consultation(RecordModel.Consultation c) {
    return ImmutableConsultation.builder().forum(c.forum()).basis(c.basis())
        .requestedBy(c.requestedBy()).requested(opt(c.requested())).held(opt(c.held()))
        .build();
  }

  static ImmutablesModel.PoliticalPrisoner prisoner(RecordModel.PoliticalPrisoner p) {
    return ImmutablePoliticalPrisoner.builder().id(p.id()).person(p.person())
        .detainingState(p.detainingState())
        .detentionPlace(opt(p.detentionPlace(), ToImmutables::place))
        .charges(map(p.charges(), ToImmutables::charge))
        .sentence(opt(p.sentence(), ToImmutables::sentence))
        .placeOfConfinement(opt(p.placeOfConfinement(), ToImmutables::place))
        .history(map(p.history(), ToImmutables::statusChange))
        .recognitions(map(p.recognitions(), ToImmutables::recognition))
        .attributions(map(p.attributions(), ToImmutables::attribution))
        .build();
  }

  static ImmutablesModel.Charge charge(RecordModel.Charge c) {
    return ImmutableCharge.builder().code(opt(c.code())).article(opt(c.article()))
        .part(opt(c.part())).description(opt(c.description())).build();
  }

  static ImmutablesModel.Sentence sentence(RecordModel.Sentence s) {
    return ImmutableSentence.builder().term(opt(s.term(), ToImmutables::term))
        .regime(opt(s.regime())).build();
  }

  static ImmutablesModel.Term term(RecordModel.Term t) {
    return ImmutableTerm.builder().years(t.years()).months(t.months()).days(t.days()).build();
  }

  static ImmutablesModel.StatusChange statusChange(RecordModel.StatusChange s) {
    return ImmutableStatusChange.builder().status(s.status()).date(s.date())
        .attribution(opt(s.attribution(), ToImmutables::attribution)).build();
  }

  static ImmutablesModel.Recognition recognition(RecordModel.Recognition r) {
    return ImmutableRecognition.builder().by(r.by()).date(opt(r.date())).criteria(r.criteria())
        .build();
  }

  static ImmutablesModel.Statistic statistic(RecordModel.Statistic s) {
    return ImmutableStatistic.builder().id(s.id()).metric(s.metric()).subject(s.subject())
        .asOf(s.asOf()).count(count(s.count())).attribution(attribution(s.attribution()))
        .build();
  }

  // Helpers -------------------------------------------------------------------------------------

  static Optional<String> opt(String value) {
    return Optional.ofNullable(value);
  }

  static <A, B> Optional<B> opt(A value, Function<? super A, B> f) {
    return value == null ? Optional.empty() : Optional.of(f.apply(value));
  }

  static OptionalLong along(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
