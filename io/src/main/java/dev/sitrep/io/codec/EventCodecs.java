package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventBuilder;
import dev.sitrep.core.event.AffectedGroup;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.ImmutableImpact;
import dev.sitrep.core.event.ImmutableEventLink;
import dev.sitrep.core.event.ImmutableParticipant;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.ImmutableSuspicion;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.ImmutableClaim;
import java.util.function.Function;
import java.util.function.Supplier;

/** The parts every kind of event shares: participants, links, and the common properties. */
public final class EventCodecs {
  private EventCodecs() {}

  /** The codec of {@link Participant}, named {@code participant} in the schema. */
  public static final ObjectCodec<Participant, ImmutableParticipant.Builder> PARTICIPANT =
      ObjectCodec.declare("participant",
              "An actor in a role in an event, such as Belarus, host of Zapad 2025.",
              Participant.class, ImmutableParticipant::builder,
              ImmutableParticipant.Builder::build)
          .required("actor", "who takes part",
              Participant::actor, ImmutableParticipant.Builder::actor,
              Scalars.refToSubtype(Actor.class))
          .required("role", "the actor's role in the event",
              Participant::role, ImmutableParticipant.Builder::role,
              Scalars.code(ParticipantRole.class, ParticipantRole::of))
          .build();

  /** The codec of {@link EventLink}, named {@code event-link} in the schema. */
  public static final ObjectCodec<EventLink, ImmutableEventLink.Builder> EVENT_LINK =
      ObjectCodec.declare("event-link",
              "A typed link from an event to another, read 'event kind target', with who asserts"
                  + " it.",
              EventLink.class, EventLink::builder, ImmutableEventLink.Builder::build)
          .required("kind", "how the event relates to the target, read \"event kind target\"",
              EventLink::kind, ImmutableEventLink.Builder::kind,
              Scalars.code(LinkKind.class, LinkKind::of))
          .required("target", "the other event",
              EventLink::target, ImmutableEventLink.Builder::target, Scalars.ref(Event.class))
          .optional("description", "the source's own words for the link: \"significantly smaller"
                  + " in scale\"",
              EventLink::description, ImmutableEventLink.Builder::description, Scalars.STRING)
          .list("attributions", "who asserts the link",
              EventLink::attributions, ImmutableEventLink.Builder::addAllAttributions,
              FoundationCodecs.ATTRIBUTION)
          .build();

  /** The codec of {@link Impact}, named {@code impact} in the schema. */
  public static final ObjectCodec<Impact, ImmutableImpact.Builder> IMPACT =
      ObjectCodec.declare("impact",
              "What an event did to people or things, as one source counts it: at least 12"
                  + " civilians killed.",
              Impact.class, Impact::builder, ImmutableImpact.Builder::build)
          .required("kind", "what was done to them",
              Impact::kind, ImmutableImpact.Builder::kind,
              Scalars.code(ImpactKind.class, ImpactKind::of))
          .required("count", "how many people or things",
              Impact::count, ImmutableImpact.Builder::count, FoundationCodecs.UNCERTAIN_COUNT)
          .optional("affected", "the group it fell on",
              Impact::affected, ImmutableImpact.Builder::affected,
              Scalars.code(AffectedGroup.class, AffectedGroup::of))
          .optional("affected_actor", "the actor it fell on, or whose people or things they"
                  + " were, such as the state whose soldiers were killed",
              Impact::affectedActor, ImmutableImpact.Builder::affectedActor,
              Scalars.refToSubtype(Actor.class))
          .list("people", "the people the source names among those counted, such as the"
                  + " prisoners a release set free; distinct, no more than the count's upper bound",
              Impact::people, ImmutableImpact.Builder::addAllPeople, Scalars.ref(Person.class))
          .list("affected_things", "the things it fell on, where the source names them: a cable"
                  + " damaged, a ship seized; none twice, no more than the count's `upper`",
              Impact::affectedThings, ImmutableImpact.Builder::addAllAffectedThings,
              Scalars.refToSubtype(Thing.class))
          .build();

  /** A claim of an impact: who counts it so. */
  public static final ObjectCodec<Claim<Impact>, ImmutableClaim.Builder<Impact>> IMPACT_CLAIM =
      FoundationCodecs.claim("impact-claim",
          "A claim of what an event did, such as a count of people killed according to one"
              + " source; a later claim of the same kind may supersede it.",
          IMPACT);

  /** The codec of {@link Suspicion}, named {@code suspicion} in the schema. */
  public static final ObjectCodec<Suspicion, ImmutableSuspicion.Builder> SUSPICION =
      ObjectCodec.declare("suspicion",
              "Who or what someone suspects of causing an event: a thing, an actor or both, with"
                  + " who suspects it and how firmly; a later suspicion may supersede it.",
              Suspicion.class, Suspicion::builder, ImmutableSuspicion.Builder::build)
          .optional("thing", "the thing suspected, such as a vessel; `thing`, `actor` or both",
              Suspicion::thing, ImmutableSuspicion.Builder::thing,
              Scalars.refToSubtype(Thing.class))
          .optional("actor", "the actor suspected, such as the state behind the thing",
              Suspicion::actor, ImmutableSuspicion.Builder::actor,
              Scalars.refToSubtype(Actor.class))
          .optional("description", "what it is suspected of doing, in the source's words:"
                  + " \"dragged its anchor\"",
              Suspicion::description, ImmutableSuspicion.Builder::description, Scalars.STRING)
          .required("attribution", "who suspects it, where and how firmly",
              Suspicion::attribution, ImmutableSuspicion.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .optional("id", "the suspicion's id, so that a later one can supersede it; unique among"
                  + " the event's suspicions",
              Suspicion::id, ImmutableSuspicion.Builder::id, Scalars.ENTITY_ID)
          .optional("supersedes", "the id of the earlier suspicion of the event that this one"
                  + " supersedes; never one that leads back to it",
              Suspicion::supersedes, ImmutableSuspicion.Builder::supersedes, Scalars.ENTITY_ID)
          .build();

  /**
   * @return a codec for one kind of event, with the properties every event shares declared:
   *     {@code id}, {@code title}, {@code description}, {@code when}, {@code duration},
   *     {@code places}, {@code participants}, {@code attributions}, {@code links},
   *     {@code impacts}, {@code suspicions}; the kind's
   *     own properties
   *     follow them
   */
  static <E extends Event, B extends EventBuilder<?>> ObjectCodec.Declaration<E, B> event(
      String name, String description, Class<E> type, Supplier<B> builder,
      Function<B, ? extends E> build) {
    return ObjectCodec.declare(name, description, type, builder, build)
        .shared("event-properties")
        .required("id", "the event's id",
            E::id, EventBuilder::id, Scalars.ENTITY_ID)
        .required("title", "a short title: \"Zapad 2025\"",
            E::title, EventBuilder::title, Scalars.STRING)
        .optional("description", "what happened, in the source's own words",
            E::description, EventBuilder::description, Scalars.STRING)
        .optional("when", "when it happened, at the precision the source gives",
            E::when, EventBuilder::when, FoundationCodecs.PERIOD)
        .optional("duration", "how long it lasted, as the source says, whether or not its start"
                + " and end are known; where they are, the lower bound fits between them",
            E::duration, EventBuilder::duration, FoundationCodecs.UNCERTAIN_DURATION)
        .list("places", "where it happened",
            E::places, EventBuilder::addAllPlaces, FoundationCodecs.PLACE)
        .list("participants", "who took part, and how",
            E::participants, EventBuilder::addAllParticipants, PARTICIPANT)
        .list("attributions", "who asserts that it happened, and how firmly",
            E::attributions, EventBuilder::addAllAttributions, FoundationCodecs.ATTRIBUTION)
        .list("links", "how it relates to other events",
            E::links, EventBuilder::addAllLinks, EVENT_LINK)
        .list("impacts", "what it did to people and things, as each source counts it; a later"
                + " claim supersedes only one of the same kind",
            E::impacts, EventBuilder::addAllImpacts, IMPACT_CLAIM)
        .list("suspicions", "who or what is suspected of causing it, and by whom",
            E::suspicions, EventBuilder::addAllSuspicions, SUSPICION)
        .shared(null)
        .extensions(EventBuilder::putAllExtensions);
  }
}
