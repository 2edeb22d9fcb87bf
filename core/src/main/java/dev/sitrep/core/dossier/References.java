package dev.sitrep.core.dossier;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Membership;
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
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Notification;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.Supersedable;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Aircraft;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.Vessel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Every reference an entity holds, with its wire path and the kind of entity it must point at.
 *
 * <p>Generated from sitrep-io's codec declarations by {@code ReferenceTableGenerator} (io's tests);
 * do not edit: regenerate as {@code GeneratedFilesTest} says.
 */
final class References {
  /**
   * A reference found at {@code path}, which must point at an entity of {@code kind}; {@code aside}
   * when it is within an attribution, or within a claim that is denied or that a later claim
   * supersedes: an actor that only asserts something, or that such a claim names.
   */
  static final class Found {
    final String path;
    final EntityId id;
    final Class<? extends Entity> kind;
    final boolean aside;

    Found(String path, EntityId id, Class<? extends Entity> kind, boolean aside) {
      this.path = path;
      this.id = id;
      this.kind = kind;
      this.aside = aside;
    }
  }

  /** Every reference, in the order of the walk. */
  final List<Found> found = new ArrayList<>();

  /** Every claim that supersedes a claim dated later than itself. */
  final List<Problem> supersededLater = new ArrayList<>();

  private boolean aside;

  static References of(Dossier d) {
    References r = new References();
    r.dossier("", d);
    return r;
  }

  static List<Found> in(Event e) {
    References r = new References();
    r.event("", e);
    return r.found;
  }

  private <T> void each(String path, List<T> values, BiConsumer<String, T> walk) {
    for (int i = 0; i < values.size(); i++) {
      walk.accept(path + "[" + i + "]", values.get(i));
    }
  }

  /** Walks a list of claims, each aside if denied or superseded. */
  private <C extends Supersedable> void claims(String path, List<C> claims,
      BiConsumer<String, C> walk) {
    Map<EntityId, C> byId = new HashMap<>();
    claims.forEach(c -> c.id().ifPresent(id -> byId.put(id, c)));
    Set<EntityId> superseded = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      C c = claims.get(i);
      c.supersedes().ifPresent(superseded::add);
      int at = i;
      c.supersedes().map(byId::get).filter(c::isDatedBefore)
          .ifPresent(earlier -> supersededLater.add(Problem.of(path + "[" + at
              + "].supersedes", Problem.SUPERSEDES_LATER, "supersedes "
              + earlier.id().get() + ", a claim dated later")));
    }
    for (int i = 0; i < claims.size(); i++) {
      C c = claims.get(i);
      boolean was = aside;
      aside = was || c.attribution().hedge() == Hedge.DENIED
          || c.id().filter(superseded::contains).isPresent();
      walk.accept(path + "[" + i + "]", c);
      aside = was;
    }
  }

  private void ref(String path, Ref<?> ref, Class<? extends Entity> kind) {
    found.add(new Found(path, ref.id(), kind, aside));
  }

  private static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private void dossier(String path, Dossier v) {
    each(at(path, "actors"), v.actors(), this::actor);
    each(at(path, "things"), v.things(), this::thing);
    each(at(path, "relations"), v.relations(), this::relation);
    each(at(path, "events"), v.events(), this::event);
    each(at(path, "prisoners"), v.prisoners(), this::politicalPrisoner);
    each(at(path, "statistics"), v.statistics(), this::statistic);
  }

  private void actor(String path, Actor v) {
    if (v instanceof Organization) {
      organization(path, (Organization) v);
    } else if (v instanceof Collective) {
      collective(path, (Collective) v);
    }
  }

  private void organization(String path, Organization v) {
    v.parent().ifPresent(x -> ref(at(path, "parent"), x, Organization.class));
    v.state().ifPresent(x -> ref(at(path, "state"), x, State.class));
  }

  private void collective(String path, Collective v) {
    v.affiliation().ifPresent(x -> ref(at(path, "affiliation"), x, Actor.class));
  }

  private void thing(String path, Thing v) {
    if (v instanceof Vessel) {
      vessel(path, (Vessel) v);
    } else if (v instanceof Aircraft) {
      aircraft(path, (Aircraft) v);
    } else if (v instanceof Infrastructure) {
      infrastructure(path, (Infrastructure) v);
    }
  }

  private void vessel(String path, Vessel v) {
    v.flagState().ifPresent(x -> ref(at(path, "flag_state"), x, State.class));
    each(at(path, "operators"), v.operators(), (q, x) -> ref(q, x, Actor.class));
  }

  private void aircraft(String path, Aircraft v) {
    each(at(path, "operators"), v.operators(), (q, x) -> ref(q, x, Actor.class));
  }

  private void infrastructure(String path, Infrastructure v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "operators"), v.operators(), (q, x) -> ref(q, x, Actor.class));
  }

  private void place(String path, Place v) {
    v.country().ifPresent(x -> ref(at(path, "country"), x, State.class));
    each(at(path, "border_states"), v.borderStates(), (q, x) -> ref(q, x, State.class));
  }

  private void relation(String path, Relation v) {
    if (v instanceof Membership) {
      membership(path, (Membership) v);
    } else if (v instanceof Office) {
      office(path, (Office) v);
    } else if (v instanceof ActorRelation) {
      actorRelation(path, (ActorRelation) v);
    }
  }

  private void membership(String path, Membership v) {
    ref(at(path, "member"), v.member(), Actor.class);
    ref(at(path, "organization"), v.organization(), Organization.class);
    each(at(path, "attributions"), v.attributions(), this::attribution);
  }

  private void attribution(String path, Attribution v) {
    boolean was = aside;
    aside = true;
    ref(at(path, "source"), v.source(), Source.class);
    v.assertedBy().ifPresent(x -> ref(at(path, "asserted_by"), x, Actor.class));
    each(at(path, "also_asserted_by"), v.alsoAssertedBy(), (q, x) -> ref(q, x, Actor.class));
    aside = was;
  }

  private void office(String path, Office v) {
    ref(at(path, "holder"), v.holder(), Person.class);
    ref(at(path, "of"), v.of(), Actor.class);
    each(at(path, "attributions"), v.attributions(), this::attribution);
  }

  private void actorRelation(String path, ActorRelation v) {
    ref(at(path, "from"), v.from(), Actor.class);
    ref(at(path, "to"), v.to(), Actor.class);
    each(at(path, "attributions"), v.attributions(), this::attribution);
  }

  private void event(String path, Event v) {
    if (v instanceof MilitaryExercise) {
      militaryExercise(path, (MilitaryExercise) v);
    } else if (v instanceof AirspaceIncident) {
      airspaceIncident(path, (AirspaceIncident) v);
    } else if (v instanceof Statement) {
      statement(path, (Statement) v);
    } else if (v instanceof Meeting) {
      meeting(path, (Meeting) v);
    } else if (v instanceof BorderClosure) {
      borderClosure(path, (BorderClosure) v);
    } else if (v instanceof Warning) {
      warning(path, (Warning) v);
    } else if (v instanceof GeneralEvent) {
      generalEvent(path, (GeneralEvent) v);
    }
  }

  private void militaryExercise(String path, MilitaryExercise v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
    each(at(path, "hosts"), v.hosts(), (q, x) -> ref(q, x, State.class));
    claims(at(path, "strength"), v.strength(), this::strength);
    v.notification().ifPresent(x -> notification(at(path, "notification"), x));
    each(at(path, "observers"), v.observers(), (q, x) -> ref(q, x, Actor.class));
  }

  private void participant(String path, Participant v) {
    ref(at(path, "actor"), v.actor(), Actor.class);
  }

  private void eventLink(String path, EventLink v) {
    ref(at(path, "target"), v.target(), Event.class);
    each(at(path, "attributions"), v.attributions(), this::attribution);
  }

  private void impactClaim(String path, Claim<?> v) {
    impact(at(path, "value"), (Impact) v.value());
    attribution(at(path, "attribution"), v.attribution());
  }

  private void impact(String path, Impact v) {
    v.affectedActor().ifPresent(x -> ref(at(path, "affected_actor"), x, Actor.class));
    each(at(path, "people"), v.people(), (q, x) -> ref(q, x, Person.class));
    each(at(path, "affected_things"), v.affectedThings(), (q, x) -> ref(q, x, Thing.class));
  }

  private void suspicion(String path, Suspicion v) {
    v.thing().ifPresent(x -> ref(at(path, "thing"), x, Thing.class));
    v.actor().ifPresent(x -> ref(at(path, "actor"), x, Actor.class));
    attribution(at(path, "attribution"), v.attribution());
  }

  private void strength(String path, Strength v) {
    attribution(at(path, "attribution"), v.attribution());
    v.territory().ifPresent(x -> place(at(path, "territory"), x));
    v.contributor().ifPresent(x -> ref(at(path, "contributor"), x, State.class));
  }

  private void notification(String path, Notification v) {
    each(at(path, "notified"), v.notified(), (q, x) -> ref(q, x, Actor.class));
    v.attribution().ifPresent(x -> attribution(at(path, "attribution"), x));
  }

  private void airspaceIncident(String path, AirspaceIncident v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
    airspace(at(path, "airspace"), v.airspace());
    each(at(path, "intrusions"), v.intrusions(), this::intrusion);
    each(at(path, "responses"), v.responses(), this::response);
    each(at(path, "consequences"), v.consequences(), this::consequence);
    each(at(path, "consultations"), v.consultations(), this::consultation);
    claims(at(path, "claims"), v.claims(), this::stringClaim);
  }

  private void airspace(String path, Airspace v) {
    v.state().ifPresent(x -> ref(at(path, "state"), x, State.class));
  }

  private void intrusion(String path, Intrusion v) {
    claims(at(path, "platform_claims"), v.platformClaims(), this::platformClaim);
    claims(at(path, "model_claims"), v.modelClaims(), this::stringClaim);
    claims(at(path, "origin"), v.origin(), this::refClaim);
    each(at(path, "transits"), v.transits(), this::transit);
    v.entry().ifPresent(x -> place(at(path, "entry"), x));
  }

  private void platformClaim(String path, Claim<?> v) {
    attribution(at(path, "attribution"), v.attribution());
  }

  private void stringClaim(String path, Claim<?> v) {
    attribution(at(path, "attribution"), v.attribution());
  }

  private void refClaim(String path, Claim<?> v) {
    ref(at(path, "value"), (Ref<?>) v.value(), State.class);
    attribution(at(path, "attribution"), v.attribution());
  }

  private void transit(String path, Transit v) {
    ref(at(path, "state"), v.state(), State.class);
  }

  private void response(String path, Response v) {
    each(at(path, "responders"), v.responders(), (q, x) -> ref(q, x, Actor.class));
    v.attribution().ifPresent(x -> attribution(at(path, "attribution"), x));
  }

  private void consequence(String path, Consequence v) {
    v.attribution().ifPresent(x -> attribution(at(path, "attribution"), x));
  }

  private void consultation(String path, Consultation v) {
    ref(at(path, "forum"), v.forum(), Organization.class);
    each(at(path, "requested_by"), v.requestedBy(), (q, x) -> ref(q, x, Actor.class));
  }

  private void statement(String path, Statement v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
    ref(at(path, "speaker"), v.speaker(), Actor.class);
    each(at(path, "audience"), v.audience(), (q, x) -> ref(q, x, Actor.class));
    v.venue().ifPresent(x -> place(at(path, "venue"), x));
    v.quote().ifPresent(x -> quote(at(path, "quote"), x));
  }

  private void quote(String path, Quote v) {
    attribution(at(path, "attribution"), v.attribution());
  }

  private void meeting(String path, Meeting v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
  }

  private void borderClosure(String path, BorderClosure v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
    ref(at(path, "closing_state"), v.closingState(), State.class);
    ref(at(path, "neighbour"), v.neighbour(), State.class);
    v.relatedExercise().ifPresent(x -> ref(at(path, "related_exercise"), x, MilitaryExercise.class));
  }

  private void warning(String path, Warning v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
    ref(at(path, "from"), v.from(), Actor.class);
    ref(at(path, "to"), v.to(), Actor.class);
  }

  private void generalEvent(String path, GeneralEvent v) {
    each(at(path, "places"), v.places(), this::place);
    each(at(path, "participants"), v.participants(), this::participant);
    each(at(path, "attributions"), v.attributions(), this::attribution);
    each(at(path, "links"), v.links(), this::eventLink);
    claims(at(path, "impacts"), v.impacts(), this::impactClaim);
    claims(at(path, "suspicions"), v.suspicions(), this::suspicion);
  }

  private void politicalPrisoner(String path, PoliticalPrisoner v) {
    ref(at(path, "person"), v.person(), Person.class);
    ref(at(path, "detaining_state"), v.detainingState(), State.class);
    v.detentionPlace().ifPresent(x -> place(at(path, "detention_place"), x));
    v.placeOfConfinement().ifPresent(x -> place(at(path, "place_of_confinement"), x));
    each(at(path, "history"), v.history(), this::statusChange);
    each(at(path, "recognitions"), v.recognitions(), this::recognition);
    each(at(path, "attributions"), v.attributions(), this::attribution);
  }

  private void statusChange(String path, StatusChange v) {
    v.attribution().ifPresent(x -> attribution(at(path, "attribution"), x));
    v.event().ifPresent(x -> ref(at(path, "event"), x, Event.class));
  }

  private void recognition(String path, Recognition v) {
    ref(at(path, "by"), v.by(), Organization.class);
    v.attribution().ifPresent(x -> attribution(at(path, "attribution"), x));
  }

  private void statistic(String path, Statistic v) {
    ref(at(path, "subject"), v.subject(), Actor.class);
    attribution(at(path, "attribution"), v.attribution());
    v.event().ifPresent(x -> ref(at(path, "event"), x, Event.class));
    v.supersedes().ifPresent(x -> ref(at(path, "supersedes"), x, Statistic.class));
  }
}
