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
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.statistic.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Every reference an entity holds, with its path and the kind of entity it must point at: the
 * one place that knows where each type keeps its references.
 */
final class References {
  /** A reference found at {@code path}, which must point at an entity of {@code kind}. */
  static final class Found {
    final String path;
    final EntityId id;
    final Class<? extends Entity> kind;

    Found(String path, EntityId id, Class<? extends Entity> kind) {
      this.path = path;
      this.id = id;
      this.kind = kind;
    }
  }

  private final List<Found> found = new ArrayList<>();

  static List<Found> in(Dossier d) {
    References r = new References();
    r.each("actors", d.actors(), r::actor);
    r.each("relations", d.relations(), r::relation);
    r.each("events", d.events(), r::event);
    r.each("prisoners", d.prisoners(), r::prisoner);
    r.each("statistics", d.statistics(), r::statistic);
    return r.found;
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

  private void ref(String path, Ref<?> ref, Class<? extends Entity> kind) {
    found.add(new Found(path, ref.id(), kind));
  }

  private void refs(String path, List<? extends Ref<?>> refs, Class<? extends Entity> kind) {
    each(path, refs, (p, r) -> ref(p, r, kind));
  }

  private void optional(String path, Optional<? extends Ref<?>> ref,
      Class<? extends Entity> kind) {
    ref.ifPresent(r -> ref(path, r, kind));
  }

  private static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private void attribution(String path, Attribution a) {
    ref(at(path, "source"), a.source(), Source.class);
    optional(at(path, "asserted_by"), a.assertedBy(), Actor.class);
  }

  private void attributions(String path, List<Attribution> list) {
    each(path, list, this::attribution);
  }

  private void place(String path, Place p) {
    ref(at(path, "country"), p.country(), State.class);
  }

  private void claims(String path, List<? extends Claim<?>> claims) {
    each(path, claims, (p, c) -> attribution(at(p, "attribution"), c.attribution()));
  }

  private void actor(String path, Actor a) {
    if (a instanceof Organization) {
      Organization o = (Organization) a;
      optional(at(path, "parent"), o.parent(), Organization.class);
      optional(at(path, "state"), o.state(), State.class);
    } else if (a instanceof Collective) {
      optional(at(path, "affiliation"), ((Collective) a).affiliation(), Actor.class);
    }
  }

  private void relation(String path, Relation r) {
    if (r instanceof Membership) {
      Membership m = (Membership) r;
      ref(at(path, "member"), m.member(), Actor.class);
      ref(at(path, "organization"), m.organization(), Organization.class);
    } else if (r instanceof Office) {
      Office o = (Office) r;
      ref(at(path, "holder"), o.holder(), Person.class);
      ref(at(path, "of"), o.of(), Actor.class);
    } else {
      ActorRelation t = (ActorRelation) r;
      ref(at(path, "from"), t.from(), Actor.class);
      ref(at(path, "to"), t.to(), Actor.class);
    }
    attributions(at(path, "attributions"), r.attributions());
  }

  private void event(String path, Event e) {
    each(at(path, "places"), e.places(), this::place);
    each(at(path, "participants"), e.participants(),
        (p, x) -> ref(at(p, "actor"), x.actor(), Actor.class));
    attributions(at(path, "attributions"), e.attributions());
    each(at(path, "links"), e.links(), (p, l) -> {
      ref(at(p, "target"), l.target(), Event.class);
      attributions(at(p, "attributions"), l.attributions());
    });
    if (e instanceof MilitaryExercise) {
      MilitaryExercise x = (MilitaryExercise) e;
      refs(at(path, "hosts"), x.hosts(), State.class);
      each(at(path, "strength"), x.strength(),
          (p, s) -> attribution(at(p, "attribution"), s.attribution()));
    } else if (e instanceof AirspaceIncident) {
      incident(path, (AirspaceIncident) e);
    } else if (e instanceof Statement) {
      Statement s = (Statement) e;
      ref(at(path, "speaker"), s.speaker(), Actor.class);
      refs(at(path, "audience"), s.audience(), Actor.class);
      s.venue().ifPresent(v -> place(at(path, "venue"), v));
      s.quote().ifPresent(q -> attribution(at(path, "quote.attribution"), q.attribution()));
    } else if (e instanceof BorderClosure) {
      BorderClosure b = (BorderClosure) e;
      ref(at(path, "closing_state"), b.closingState(), State.class);
      ref(at(path, "neighbour"), b.neighbour(), State.class);
      optional(at(path, "related_exercise"), b.relatedExercise(), MilitaryExercise.class);
    } else if (e instanceof Warning) {
      Warning w = (Warning) e;
      ref(at(path, "from"), w.from(), Actor.class);
      ref(at(path, "to"), w.to(), Actor.class);
    }
  }

  private void incident(String path, AirspaceIncident a) {
    ref(at(path, "airspace.state"), a.airspace().state(), State.class);
    each(at(path, "intrusions"), a.intrusions(), (p, i) -> {
      each(at(p, "origin"), i.origin(), (q, c) -> {
        ref(at(q, "value"), c.value(), State.class);
        attribution(at(q, "attribution"), c.attribution());
      });
      each(at(p, "transits"), i.transits(), (q, t) -> ref(at(q, "state"), t.state(), State.class));
      i.entry().ifPresent(x -> place(at(p, "entry"), x));
    });
    each(at(path, "responses"), a.responses(), (p, r) -> {
      refs(at(p, "responders"), r.responders(), Actor.class);
      r.attribution().ifPresent(x -> attribution(at(p, "attribution"), x));
    });
    each(at(path, "consequences"), a.consequences(),
        (p, c) -> c.attribution().ifPresent(x -> attribution(at(p, "attribution"), x)));
    each(at(path, "consultations"), a.consultations(), (p, c) -> {
      ref(at(p, "forum"), c.forum(), Organization.class);
      refs(at(p, "requested_by"), c.requestedBy(), Actor.class);
    });
    claims(at(path, "claims"), a.claims());
  }

  private void prisoner(String path, PoliticalPrisoner p) {
    ref(at(path, "person"), p.person(), Person.class);
    ref(at(path, "detaining_state"), p.detainingState(), State.class);
    p.detentionPlace().ifPresent(x -> place(at(path, "detention_place"), x));
    p.placeOfConfinement().ifPresent(x -> place(at(path, "place_of_confinement"), x));
    each(at(path, "history"), p.history(),
        (q, c) -> c.attribution().ifPresent(x -> attribution(at(q, "attribution"), x)));
    each(at(path, "recognitions"), p.recognitions(),
        (q, r) -> ref(at(q, "by"), r.by(), Organization.class));
    attributions(at(path, "attributions"), p.attributions());
  }

  private void statistic(String path, Statistic s) {
    ref(at(path, "subject"), s.subject(), Actor.class);
    attribution(at(path, "attribution"), s.attribution());
  }
}
