package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.ImmutableBorderClosure;
import dev.sitrep.core.event.ImmutableGeneralEvent;
import dev.sitrep.core.event.ImmutableMeeting;
import dev.sitrep.core.event.ImmutableStatement;
import dev.sitrep.core.event.ImmutableWarning;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;

/** Codecs of statements, meetings, border closures, warnings and general events. */
public final class OtherEventCodecs {
  private OtherEventCodecs() {}

  /** The codec of {@link Statement}, named {@code statement} in the schema. */
  public static final ObjectCodec<Statement, ImmutableStatement.Builder> STATEMENT =
      EventCodecs.event("statement",
              "An event: something said, by whom, to whom and where, as the speaker's quoted"
                  + " words, the source's summary of them, or both.",
              Statement.class, Statement::builder,
              ImmutableStatement.Builder::build)
          .required("speaker", "who spoke",
              Statement::speaker, ImmutableStatement.Builder::speaker,
              Scalars.refToSubtype(Actor.class))
          .list("audience", "to whom: the members of the Polish parliament",
              Statement::audience, ImmutableStatement.Builder::addAllAudience,
              Scalars.refToSubtype(Actor.class))
          .optional("venue", "where: Warsaw",
              Statement::venue, ImmutableStatement.Builder::venue, FoundationCodecs.PLACE)
          .optional("quote", "the words, as quoted, and who said them",
              Statement::quote, ImmutableStatement.Builder::quote, FoundationCodecs.QUOTE)
          .optional("summary", "the source's summary of what was said",
              Statement::summary, ImmutableStatement.Builder::summary, Scalars.STRING)
          .build();

  /** The codec of {@link Meeting}, named {@code meeting} in the schema. */
  public static final ObjectCodec<Meeting, ImmutableMeeting.Builder> MEETING =
      EventCodecs.event("meeting",
              "An event: a meeting or summit, such as Putin and Trump in Alaska in August 2025;"
                  + " who met are its participants.",
              Meeting.class, Meeting::builder,
              ImmutableMeeting.Builder::build)
          .optional("topic", "what it was about, if the source says",
              Meeting::topic, ImmutableMeeting.Builder::topic, Scalars.STRING)
          .build();

  /** The codec of {@link BorderClosure}, named {@code border-closure} in the schema. */
  public static final ObjectCodec<BorderClosure, ImmutableBorderClosure.Builder> BORDER_CLOSURE =
      EventCodecs.event("border-closure",
              "An event: a state closing its border, or named crossings of it, with a neighbour,"
                  + " the reason given and the exercise it is tied to.",
              BorderClosure.class, BorderClosure::builder,
              ImmutableBorderClosure.Builder::build)
          .required("closing_state", "the state that closes its border",
              BorderClosure::closingState, ImmutableBorderClosure.Builder::closingState,
              Scalars.ref(State.class))
          .required("neighbour", "the state it closes the border with; not the closing state",
              BorderClosure::neighbour, ImmutableBorderClosure.Builder::neighbour,
              Scalars.ref(State.class))
          .list("crossings", "the crossings closed, by name; absent when the source says only"
                  + " \"border crossings\"",
              BorderClosure::crossings, ImmutableBorderClosure.Builder::addAllCrossings,
              Scalars.STRING)
          .optional("reason", "the reason given, in the source's words",
              BorderClosure::reason, ImmutableBorderClosure.Builder::reason, Scalars.STRING)
          .optional("related_exercise", "the exercise the closure is tied to",
              BorderClosure::relatedExercise, ImmutableBorderClosure.Builder::relatedExercise,
              Scalars.ref(MilitaryExercise.class))
          .build();

  /** The codec of {@link Warning}, named {@code warning} in the schema. */
  public static final ObjectCodec<Warning, ImmutableWarning.Builder> WARNING =
      EventCodecs.event("warning",
              "An event: a warning passed from one actor to another, such as officials in Minsk"
                  + " warning Warsaw of drones.",
              Warning.class, Warning::builder,
              ImmutableWarning.Builder::build)
          .required("from", "who warned",
              Warning::by, ImmutableWarning.Builder::by, Scalars.refToSubtype(Actor.class))
          .attribute("by")
          .required("to", "who was warned; not `from`",
              Warning::to, ImmutableWarning.Builder::to, Scalars.refToSubtype(Actor.class))
          .required("about", "what about, in the source's words",
              Warning::about, ImmutableWarning.Builder::about, Scalars.STRING)
          .build();

  /** The codec of {@link GeneralEvent}, named {@code general-event} in the schema. */
  public static final ObjectCodec<GeneralEvent, ImmutableGeneralEvent.Builder> GENERAL_EVENT =
      EventCodecs.event("general-event",
              "An event of any other kind, by a PLOVER-aligned kind code and an optional mode,"
                  + " such as Russia's February 2022 invasion of Ukraine (assault).",
              GeneralEvent.class, GeneralEvent::builder,
              ImmutableGeneralEvent.Builder::build)
          .required("kind", "the event's kind: one of PLOVER's event types in lowercase, or"
                  + " another code",
              GeneralEvent::kind, ImmutableGeneralEvent.Builder::kind,
              Scalars.code(EventKind.class, EventKind::of))
          .optional("mode", "the mode within the kind, such as `fortify`",
              GeneralEvent::mode, ImmutableGeneralEvent.Builder::mode, Scalars.CODE)
          .build();
}
