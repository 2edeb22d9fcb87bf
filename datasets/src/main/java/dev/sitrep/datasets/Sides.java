package dev.sitrep.datasets;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.identity.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event's participants on the two sides a dataset's row has: ACLED's actor1 and actor2 with
 * their associated actors, UCDP's side A and side B, PLOVER's actor and recipient. Roles of the
 * first side are {@code side-a}, {@code initiator}, {@code host}, {@code organizer},
 * {@code speaker}; of the second {@code side-b}, {@code target}, {@code responder},
 * {@code audience}; a {@code participant} (or any other role) goes to the first side still free.
 * Associates are {@code side-a-associate} and {@code side-b-associate}.
 *
 * @param a the first side's main actor, or null
 * @param aAssociates actors associated with the first side
 * @param b the second side's main actor, or null
 * @param bAssociates actors associated with the second side
 * @param rest participants the row has no place for
 */
record Sides(Participant a, List<Participant> aAssociates, Participant b,
    List<Participant> bAssociates, List<Participant> rest) {
  static final ParticipantRole SIDE_A = ParticipantRole.of("side-a");
  static final ParticipantRole SIDE_B = ParticipantRole.of("side-b");
  static final ParticipantRole SIDE_A_ASSOCIATE = ParticipantRole.of("side-a-associate");
  static final ParticipantRole SIDE_B_ASSOCIATE = ParticipantRole.of("side-b-associate");

  private static final Set<ParticipantRole> FIRST = Set.of(SIDE_A, ParticipantRole.INITIATOR,
      ParticipantRole.HOST, ParticipantRole.ORGANIZER, ParticipantRole.SPEAKER);
  private static final Set<ParticipantRole> SECOND = Set.of(SIDE_B, ParticipantRole.TARGET,
      ParticipantRole.RESPONDER, ParticipantRole.AUDIENCE);

  /**
   * @param participants an event's participants
   * @param withAssociates whether the row has columns for associated actors
   * @return them by side
   */
  static Sides of(List<Participant> participants, boolean withAssociates) {
    Participant a = null;
    Participant b = null;
    List<Participant> aAssoc = new ArrayList<>();
    List<Participant> bAssoc = new ArrayList<>();
    List<Participant> others = new ArrayList<>();
    for (Participant p : participants) {
      if (withAssociates && p.role().equals(SIDE_A_ASSOCIATE)) {
        aAssoc.add(p);
      } else if (withAssociates && p.role().equals(SIDE_B_ASSOCIATE)) {
        bAssoc.add(p);
      } else if (FIRST.contains(p.role()) && a == null) {
        a = p;
      } else if (SECOND.contains(p.role()) && b == null) {
        b = p;
      } else {
        others.add(p);
      }
    }
    List<Participant> rest = new ArrayList<>();
    for (Participant p : others) {
      if (a == null && !SECOND.contains(p.role())) {
        a = p;
      } else if (b == null && !FIRST.contains(p.role())) {
        b = p;
      } else {
        rest.add(p);
      }
    }
    return new Sides(a, aAssoc, b, bAssoc, rest);
  }

  /** @return the name of the actor {@code ref} in the record, or its id where the record lacks it */
  static String name(EventRecord record, Ref<? extends Actor> ref, String column,
      LossReport report) {
    return record.actor(ref.id()).map(Actor::name).orElseGet(() -> {
      report.add(column, "actor not in the input; written as its id");
      return ref.id().value();
    });
  }
}
