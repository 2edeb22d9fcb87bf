package dev.sitrep.benchmarks.baseline;

import dev.sitrep.core.Code;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.Consultation;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.Charge;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Converts sitrep values to the baseline's {@link RecordModel}, once, in a benchmark's setup: by
 * hand, attribute by attribute, without going through JSON, so that the byte-for-byte comparison of
 * the two outputs checks both sides.
 */
public final class ToRecords {
  private ToRecords() {}

  public static RecordModel.Dossier dossier(Dossier d) {
    return new RecordModel.Dossier(d.schemaVersion(), d.title().orElse(null),
        map(d.sources(), ToRecords::source), map(d.actors(), ToRecords::actor),
        map(d.relations(), ToRecords::relation), map(d.events(), ToRecords::event),
        map(d.prisoners(), ToRecords::prisoner), map(d.statistics(), ToRecords::statistic));
  }

  public static RecordModel.Event event(Event e) {
    String id = e.id().value();
    String title = e.title();
    String description = e.description().orElse(null);
    RecordModel.Period when = opt(e.when(), ToRecords::period);
    List<RecordModel.Place> places = map(e.places(), ToRecords::place);
    List<RecordModel.Participant> participants = map(e.participants(), ToRecords::participant);
    List<RecordModel.Attribution> attributions = map(e.attributions(), ToRecords::attribution);
    List<RecordModel.EventLink> links = map(e.links(), ToRecords::link);
    if (e instanceof MilitaryExercise x) {
      return new RecordModel.MilitaryExercise(id, title, description, when, places, participants,
          attributions, links, x.series().orElse(null), integer(x.edition()),
          map(x.hosts(), ToRecords::ref), enumeration(x.status(), RecordModel.ExerciseStatus.class),
          x.statusReason().orElse(null), x.scenario().orElse(null),
          map(x.strength(), ToRecords::strength));
    } else if (e instanceof AirspaceIncident x) {
      return new RecordModel.AirspaceIncident(id, title, description, when, places, participants,
          attributions, links, airspace(x.airspace()), map(x.intrusions(), ToRecords::intrusion),
          map(x.responses(), ToRecords::response), map(x.consequences(), ToRecords::consequence),
          map(x.consultations(), ToRecords::consultation),
          map(x.claims(), c -> claim(c, Function.identity())));
    } else if (e instanceof Statement x) {
      return new RecordModel.Statement(id, title, description, when, places, participants,
          attributions, links, ref(x.speaker()), map(x.audience(), ToRecords::ref),
          opt(x.venue(), ToRecords::place), opt(x.quote(), ToRecords::quote),
          x.summary().orElse(null));
    } else if (e instanceof Meeting x) {
      return new RecordModel.Meeting(id, title, description, when, places, participants,
          attributions, links, x.topic().orElse(null));
    } else if (e instanceof BorderClosure x) {
      return new RecordModel.BorderClosure(id, title, description, when, places, participants,
          attributions, links, ref(x.closingState()), ref(x.neighbour()), x.crossings(),
          x.reason().orElse(null), opt(x.relatedExercise(), ToRecords::ref));
    } else if (e instanceof Warning x) {
      return new RecordModel.Warning(id, title, description, when, places, participants,
          attributions, links, ref(x.by()), ref(x.to()), x.about());
    } else if (e instanceof GeneralEvent x) {
      return new RecordModel.GeneralEvent(id, title, description, when, places, participants,
          attributions, links, code(x.kind()), x.mode().orElse(null));
    }
    throw new IllegalArgumentException("no record for " + e.getClass());
  }

  static RecordModel.Actor actor(Actor a) {
    String id = a.id().value();
    List<RecordModel.Name> names = map(a.otherNames(), ToRecords::name);
    List<RecordModel.ExternalId> ids = map(a.externalIds(), ToRecords::externalId);
    if (a instanceof State x) {
      return new RecordModel.State(id, x.name(), names, ids, x.alpha2(), x.alpha3());
    } else if (a instanceof Person x) {
      return new RecordModel.Person(id, x.name(), names, ids, opt(x.birthDate(), ToRecords::time));
    } else if (a instanceof Organization x) {
      return new RecordModel.Organization(id, x.name(), names, ids, code(x.kind()),
          opt(x.parent(), ToRecords::ref), opt(x.state(), ToRecords::ref));
    } else if (a instanceof Collective x) {
      return new RecordModel.Collective(id, x.name(), names, ids,
          opt(x.affiliation(), ToRecords::ref), opt(x.kind(), ToRecords::code),
          opt(x.size(), ToRecords::count));
    }
    throw new IllegalArgumentException("no record for " + a.getClass());
  }

  static RecordModel.Relation relation(Relation r) {
    if (r instanceof Membership x) {
      return new RecordModel.Membership(x.id().value(), ref(x.member()), ref(x.organization()),
          opt(x.period(), ToRecords::period), map(x.attributions(), ToRecords::attribution));
    } else if (r instanceof Office x) {
      return new RecordModel.Office(x.id().value(), ref(x.holder()), x.title(), ref(x.of()),
          opt(x.period(), ToRecords::period), map(x.attributions(), ToRecords::attribution));
    } else if (r instanceof ActorRelation x) {
      return new RecordModel.ActorRelation(x.id().value(), ref(x.subject()), code(x.kind()),
          ref(x.to()), x.description().orElse(null), opt(x.period(), ToRecords::period),
          map(x.attributions(), ToRecords::attribution));
    }
    throw new IllegalArgumentException("no record for " + r.getClass());
  }

  static RecordModel.Source source(Source s) {
    return new RecordModel.Source(s.id().value(), code(s.kind()), s.title().orElse(null),
        s.publisher().orElse(null), s.authors(), opt(s.published(), ToRecords::time),
        s.url().orElse(null));
  }

  static RecordModel.Name name(Name n) {
    return new RecordModel.Name(n.value(), n.language().orElse(null), n.script().orElse(null));
  }

  static RecordModel.ExternalId externalId(ExternalId x) {
    return new RecordModel.ExternalId(code(x.scheme()), x.value());
  }

  static RecordModel.Period period(Period p) {
    return new RecordModel.Period(time(p.start()), opt(p.end(), ToRecords::time),
        p.phrase().orElse(null));
  }

  static RecordModel.UncertainCount count(UncertainCount c) {
    return new RecordModel.UncertainCount(c.lower(), along(c.best()), along(c.upper()),
        enumeration(c.qualifier(), RecordModel.Qualifier.class), c.phrase().orElse(null));
  }

  static RecordModel.Place place(Place p) {
    return new RecordModel.Place(p.name(), opt(p.country(), ToRecords::ref),
        opt(p.point(), ToRecords::point),
        enumeration(p.precision(), RecordModel.PlacePrecision.class));
  }

  static RecordModel.GeoPoint point(GeoPoint p) {
    return new RecordModel.GeoPoint(p.lat(), p.lon());
  }

  static RecordModel.Airspace airspace(Airspace a) {
    return new RecordModel.Airspace(opt(a.state(), ToRecords::ref),
        a.flightInformationRegion().orElse(null));
  }

  static RecordModel.Attribution attribution(Attribution a) {
    return new RecordModel.Attribution(ref(a.source()), opt(a.assertedBy(), ToRecords::ref),
        a.assertedByDescription().orElse(null), enumeration(a.hedge(), RecordModel.Hedge.class),
        opt(a.date(), ToRecords::time));
  }

  static RecordModel.Quote quote(Quote q) {
    return new RecordModel.Quote(q.text(), q.language().orElse(null), attribution(q.attribution()));
  }

  static <V> RecordModel.Claim claim(Claim<V> c, Function<V, String> value) {
    return new RecordModel.Claim(opt(c.id(), EntityId::value), value.apply(c.value()),
        attribution(c.attribution()), opt(c.supersedes(), EntityId::value));
  }

  static RecordModel.Participant participant(Participant p) {
    return new RecordModel.Participant(ref(p.actor()), code(p.role()));
  }

  static RecordModel.EventLink link(EventLink l) {
    return new RecordModel.EventLink(code(l.kind()), ref(l.target()),
        l.description().orElse(null), map(l.attributions(), ToRecords::attribution));
  }

  static RecordModel.Strength strength(Strength s) {
    return new RecordModel.Strength(enumeration(s.category(), RecordModel.StrengthCategory.class),
        count(s.count()), attribution(s.attribution()));
  }

  static RecordModel.Intrusion intrusion(Intrusion i) {
    return new RecordModel.Intrusion(code(i.platform()), i.model().orElse(null), count(i.count()),
        map(i.origin(), c -> claim(c, ToRecords::ref)), map(i.transits(), ToRecords::transit),
        opt(i.entry(), ToRecords::place));
  }

  static RecordModel.Transit transit(Transit t) {
    return new RecordModel.Transit(ref(t.state()), opt(t.count(), ToRecords::count));
  }

  static RecordModel.Response response(Response r) {
    return new RecordModel.Response(map(r.responders(), ToRecords::ref), r.assets(),
        code(r.action()), opt(r.count(), ToRecords::count),
        opt(r.attribution(), ToRecords::attribution));
  }

  static RecordModel.Consequence consequence(Consequence c) {
    return new RecordModel.Consequence(code(c.kind()), c.description().orElse(null),
        opt(c.count(), ToRecords::count), opt(c.attribution(), ToRecords::attribution));
  }

  static RecordModel.Consultation consultation(Consultation c) {
    return new RecordModel.Consultation(ref(c.forum()), c.basis(),
        map(c.requestedBy(), ToRecords::ref), opt(c.requested(), ToRecords::time),
        opt(c.held(), ToRecords::time));
  }

  static RecordModel.PoliticalPrisoner prisoner(PoliticalPrisoner p) {
    return new RecordModel.PoliticalPrisoner(p.id().value(), ref(p.person()),
        ref(p.detainingState()), opt(p.detentionPlace(), ToRecords::place),
        map(p.charges(), ToRecords::charge), opt(p.sentence(), ToRecords::sentence),
        opt(p.placeOfConfinement(), ToRecords::place), map(p.history(), ToRecords::statusChange),
        map(p.recognitions(), ToRecords::recognition),
        map(p.attributions(), ToRecords::attribution));
  }

  static RecordModel.Charge charge(Charge c) {
    return new RecordModel.Charge(c.code().orElse(null), c.article().orElse(null),
        c.part().orElse(null),
        c.description().orElse(null));
  }

  static RecordModel.Sentence sentence(Sentence s) {
    return new RecordModel.Sentence(opt(s.term(), ToRecords::term), opt(s.regime(), ToRecords::code));
  }

  static RecordModel.Term term(Term t) {
    return new RecordModel.Term(t.years(), t.months(), t.days());
  }

  static RecordModel.StatusChange statusChange(StatusChange s) {
    return new RecordModel.StatusChange(enumeration(s.status(), RecordModel.PrisonerStatus.class),
        time(s.date()), opt(s.attribution(), ToRecords::attribution));
  }

  static RecordModel.Recognition recognition(Recognition r) {
    return new RecordModel.Recognition(ref(r.by()), opt(r.date(), ToRecords::time),
        map(r.criteria(), c -> enumeration(c, RecordModel.Pace1900Criterion.class)));
  }

  static RecordModel.Statistic statistic(Statistic s) {
    return new RecordModel.Statistic(s.id().value(), code(s.metric()), ref(s.subject()),
        time(s.asOf()), count(s.count()), attribution(s.attribution()));
  }

  // Scalars -------------------------------------------------------------------------------------

  static String ref(Ref<?> r) {
    return r.id().value();
  }

  static String time(TimePoint t) {
    return t.toString();
  }

  static String code(Code c) {
    return c.code();
  }

  static <E extends Enum<E>> E enumeration(Enum<?> value, Class<E> type) {
    return Enum.valueOf(type, value.name());
  }

  static Long along(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }

  static Integer integer(OptionalInt v) {
    return v.isPresent() ? v.getAsInt() : null;
  }

  static <A, B> B opt(Optional<A> value, Function<? super A, B> f) {
    return value.isPresent() ? f.apply(value.get()) : null;
  }

  static <A, B> List<B> map(List<A> values, Function<? super A, B> f) {
    List<B> out = new ArrayList<>(values.size());
    for (A a : values) {
      out.add(f.apply(a));
    }
    return out;
  }
}
