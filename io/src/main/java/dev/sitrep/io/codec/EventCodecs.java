package dev.sitrep.io.codec;

import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventBuilder;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.ImmutableEventLink;
import dev.sitrep.core.event.ImmutableParticipant;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import java.util.function.Function;
import java.util.function.Supplier;

/** The parts every kind of event shares: participants, links, and the common properties. */
public final class EventCodecs {
  private EventCodecs() {}

  public static final ObjectCodec<Participant, ImmutableParticipant.Builder> PARTICIPANT =
      ObjectCodec.of(Participant.class, ImmutableParticipant::builder,
              ImmutableParticipant.Builder::build)
          .required(Wire.ACTOR, Participant::actor, ImmutableParticipant.Builder::actor,
              Scalars.refToSubtype())
          .required(Wire.ROLE, Participant::role, ImmutableParticipant.Builder::role,
              Scalars.code(ParticipantRole::of));

  public static final ObjectCodec<EventLink, ImmutableEventLink.Builder> EVENT_LINK =
      ObjectCodec.of(EventLink.class, EventLink::builder, ImmutableEventLink.Builder::build)
          .required(Wire.KIND, EventLink::kind, ImmutableEventLink.Builder::kind,
              Scalars.code(LinkKind::of))
          .required(Wire.TARGET, EventLink::target, ImmutableEventLink.Builder::target,
              Scalars.ref())
          .optional(Wire.DESCRIPTION, EventLink::description,
              ImmutableEventLink.Builder::description, Scalars.STRING)
          .list(Wire.ATTRIBUTIONS, EventLink::attributions,
              ImmutableEventLink.Builder::addAllAttributions, FoundationCodecs.ATTRIBUTION);

  /**
   * @return a codec for one kind of event, with the properties every event shares declared:
   *     {@code id}, {@code title}, {@code description}, {@code when}, {@code places},
   *     {@code participants}, {@code attributions}, {@code links}; the kind's own properties
   *     follow them
   */
  static <E extends Event, B extends EventBuilder<?>> ObjectCodec<E, B> event(Class<E> type,
      Supplier<B> builder, Function<B, ? extends E> build) {
    return ObjectCodec.of(type, builder, build)
        .required(Wire.ID, E::id, EventBuilder::id, Scalars.ENTITY_ID)
        .required(Wire.TITLE, E::title, EventBuilder::title, Scalars.STRING)
        .optional(Wire.DESCRIPTION, E::description, EventBuilder::description, Scalars.STRING)
        .optional(Wire.WHEN, E::when, EventBuilder::when, FoundationCodecs.PERIOD)
        .list(Wire.PLACES, E::places, EventBuilder::addAllPlaces, FoundationCodecs.PLACE)
        .list(Wire.PARTICIPANTS, E::participants, EventBuilder::addAllParticipants, PARTICIPANT)
        .list(Wire.ATTRIBUTIONS, E::attributions, EventBuilder::addAllAttributions,
            FoundationCodecs.ATTRIBUTION)
        .list(Wire.LINKS, E::links, EventBuilder::addAllLinks, EVENT_LINK);
  }
}
