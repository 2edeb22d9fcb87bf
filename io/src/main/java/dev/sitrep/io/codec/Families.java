package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.UnrecognizedActor;
import dev.sitrep.core.actor.UnrecognizedRelation;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.UnrecognizedEvent;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.thing.Aircraft;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.UnrecognizedThing;
import dev.sitrep.core.thing.Vessel;

/**
 * The codecs of sitrep's sealed families, each variant by its {@code type} name, and an element
 * of an unknown type kept, in lenient mode, as the family's unrecognized variant. Kept apart from
 * the variants' codecs so that no two codec classes need each other to initialize.
 */
public final class Families {
  private Families() {}

  /** Any actor: {@code state}, {@code person}, {@code organization}, {@code collective}. */
  public static final UnionCodec<Actor> ACTOR = UnionCodec.declare("actor",
          "Any actor: a state, person, organization or collective.", Actor.class)
      .variant(State.class, ActorCodecs.STATE)
      .variant(Person.class, ActorCodecs.PERSON)
      .variant(Organization.class, ActorCodecs.ORGANIZATION)
      .variant(Collective.class, ActorCodecs.COLLECTIVE)
      .keepUnrecognized(UnrecognizedActor::of)
      .build();

  /** Any thing: {@code vessel}, {@code aircraft}, {@code infrastructure}. */
  public static final UnionCodec<Thing> THING = UnionCodec.declare("thing",
          "Any thing that events act on and that is not an actor: a vessel, aircraft or"
              + " infrastructure.", Thing.class)
      .variant(Vessel.class, ThingCodecs.VESSEL)
      .variant(Aircraft.class, ThingCodecs.AIRCRAFT)
      .variant(Infrastructure.class, ThingCodecs.INFRASTRUCTURE)
      .keepUnrecognized(UnrecognizedThing::of)
      .build();

  /** Any relation: {@code membership}, {@code office}, {@code actor-relation}. */
  public static final UnionCodec<Relation> RELATION = UnionCodec.declare("relation",
          "Any relation: membership, office or actor-relation.", Relation.class)
      .variant(Membership.class, ActorCodecs.MEMBERSHIP)
      .variant(Office.class, ActorCodecs.OFFICE)
      .variant(ActorRelation.class, ActorCodecs.ACTOR_RELATION)
      .keepUnrecognized(UnrecognizedRelation::of)
      .build();

  /**
   * Any event: {@code military-exercise}, {@code airspace-incident}, {@code statement},
   * {@code meeting}, {@code border-closure}, {@code warning}, {@code general-event}.
   */
  public static final UnionCodec<Event> EVENT = UnionCodec.declare("event",
          "Any event: military-exercise, airspace-incident, statement, meeting, border-closure,"
              + " warning or general-event.", Event.class)
      .variant(MilitaryExercise.class, ExerciseCodecs.MILITARY_EXERCISE)
      .variant(AirspaceIncident.class, AirspaceCodecs.AIRSPACE_INCIDENT)
      .variant(Statement.class, OtherEventCodecs.STATEMENT)
      .variant(Meeting.class, OtherEventCodecs.MEETING)
      .variant(BorderClosure.class, OtherEventCodecs.BORDER_CLOSURE)
      .variant(Warning.class, OtherEventCodecs.WARNING)
      .variant(GeneralEvent.class, OtherEventCodecs.GENERAL_EVENT)
      .keepUnrecognized(UnrecognizedEvent::of)
      .build();
}
