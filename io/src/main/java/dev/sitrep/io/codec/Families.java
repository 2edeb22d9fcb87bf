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
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;

/**
 * The codecs of sitrep's sealed families, each variant by its {@code type} name. Kept apart from
 * the variants' codecs so that no two codec classes need each other to initialize.
 */
public final class Families {
  private Families() {}

  /** Any actor: {@code state}, {@code person}, {@code organization}, {@code collective}. */
  public static final UnionCodec<Actor> ACTOR = new UnionCodec<Actor>()
      .variant(Wire.TYPE_STATE, State.class, ActorCodecs.STATE)
      .variant(Wire.TYPE_PERSON, Person.class, ActorCodecs.PERSON)
      .variant(Wire.TYPE_ORGANIZATION, Organization.class, ActorCodecs.ORGANIZATION)
      .variant(Wire.TYPE_COLLECTIVE, Collective.class, ActorCodecs.COLLECTIVE);

  /** Any relation: {@code membership}, {@code office}, {@code actor-relation}. */
  public static final UnionCodec<Relation> RELATION = new UnionCodec<Relation>()
      .variant(Wire.TYPE_MEMBERSHIP, Membership.class, ActorCodecs.MEMBERSHIP)
      .variant(Wire.TYPE_OFFICE, Office.class, ActorCodecs.OFFICE)
      .variant(Wire.TYPE_ACTOR_RELATION, ActorRelation.class, ActorCodecs.ACTOR_RELATION);

  /**
   * Any event: {@code military-exercise}, {@code airspace-incident}, {@code statement},
   * {@code meeting}, {@code border-closure}, {@code warning}, {@code general-event}.
   */
  public static final UnionCodec<Event> EVENT = new UnionCodec<Event>()
      .variant(Wire.TYPE_MILITARY_EXERCISE, MilitaryExercise.class,
          ExerciseCodecs.MILITARY_EXERCISE)
      .variant(Wire.TYPE_AIRSPACE_INCIDENT, AirspaceIncident.class,
          AirspaceCodecs.AIRSPACE_INCIDENT)
      .variant(Wire.TYPE_STATEMENT, Statement.class, OtherEventCodecs.STATEMENT)
      .variant(Wire.TYPE_MEETING, Meeting.class, OtherEventCodecs.MEETING)
      .variant(Wire.TYPE_BORDER_CLOSURE, BorderClosure.class, OtherEventCodecs.BORDER_CLOSURE)
      .variant(Wire.TYPE_WARNING, Warning.class, OtherEventCodecs.WARNING)
      .variant(Wire.TYPE_GENERAL_EVENT, GeneralEvent.class, OtherEventCodecs.GENERAL_EVENT);
}
