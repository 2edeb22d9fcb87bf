package dev.sitrep.io.codec;

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

/** Codecs of statements, meetings, border closures, warnings and general events. */
public final class OtherEventCodecs {
  private OtherEventCodecs() {}

  public static final ObjectCodec<Statement, ImmutableStatement.Builder> STATEMENT =
      EventCodecs.event(Statement.class, Statement::builder,
              ImmutableStatement.Builder::build)
          .required(Wire.SPEAKER, Statement::speaker, ImmutableStatement.Builder::speaker,
              Scalars.refToSubtype())
          .list(Wire.AUDIENCE, Statement::audience, ImmutableStatement.Builder::addAllAudience,
              Scalars.refToSubtype())
          .optional(Wire.VENUE, Statement::venue, ImmutableStatement.Builder::venue,
              FoundationCodecs.PLACE)
          .optional(Wire.QUOTE, Statement::quote, ImmutableStatement.Builder::quote,
              FoundationCodecs.QUOTE)
          .optional(Wire.SUMMARY, Statement::summary, ImmutableStatement.Builder::summary,
              Scalars.STRING);

  public static final ObjectCodec<Meeting, ImmutableMeeting.Builder> MEETING =
      EventCodecs.event(Meeting.class, Meeting::builder,
              ImmutableMeeting.Builder::build)
          .optional(Wire.TOPIC, Meeting::topic, ImmutableMeeting.Builder::topic, Scalars.STRING);

  public static final ObjectCodec<BorderClosure, ImmutableBorderClosure.Builder> BORDER_CLOSURE =
      EventCodecs.event(BorderClosure.class, BorderClosure::builder,
              ImmutableBorderClosure.Builder::build)
          .required(Wire.CLOSING_STATE, BorderClosure::closingState,
              ImmutableBorderClosure.Builder::closingState, Scalars.ref())
          .required(Wire.NEIGHBOUR, BorderClosure::neighbour,
              ImmutableBorderClosure.Builder::neighbour, Scalars.ref())
          .list(Wire.CROSSINGS, BorderClosure::crossings,
              ImmutableBorderClosure.Builder::addAllCrossings, Scalars.STRING)
          .optional(Wire.REASON, BorderClosure::reason, ImmutableBorderClosure.Builder::reason,
              Scalars.STRING)
          .optional(Wire.RELATED_EXERCISE, BorderClosure::relatedExercise,
              ImmutableBorderClosure.Builder::relatedExercise, Scalars.ref());

  public static final ObjectCodec<Warning, ImmutableWarning.Builder> WARNING =
      EventCodecs.event(Warning.class, Warning::builder,
              ImmutableWarning.Builder::build)
          .required(Wire.FROM, Warning::from, ImmutableWarning.Builder::from,
              Scalars.refToSubtype())
          .required(Wire.TO, Warning::to, ImmutableWarning.Builder::to, Scalars.refToSubtype())
          .required(Wire.ABOUT, Warning::about, ImmutableWarning.Builder::about, Scalars.STRING);

  public static final ObjectCodec<GeneralEvent, ImmutableGeneralEvent.Builder> GENERAL_EVENT =
      EventCodecs.event(GeneralEvent.class, GeneralEvent::builder,
              ImmutableGeneralEvent.Builder::build)
          .required(Wire.KIND, GeneralEvent::kind, ImmutableGeneralEvent.Builder::kind,
              Scalars.code(EventKind::of))
          .optional(Wire.MODE, GeneralEvent::mode, ImmutableGeneralEvent.Builder::mode,
              Scalars.STRING);
}
