package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * How an actor takes part in an event: an open vocabulary. Russia is a {@link #PARTICIPANT} of
 * Zapad 2025, Belarus its {@link #HOST}; Poland the {@link #TARGET} of the drone incursion.
 */
public final class ParticipantRole extends Code {
  public static final ParticipantRole HOST = new ParticipantRole("host");
  public static final ParticipantRole ORGANIZER = new ParticipantRole("organizer");
  public static final ParticipantRole PARTICIPANT = new ParticipantRole("participant");
  public static final ParticipantRole INITIATOR = new ParticipantRole("initiator");
  public static final ParticipantRole TARGET = new ParticipantRole("target");
  public static final ParticipantRole RESPONDER = new ParticipantRole("responder");
  public static final ParticipantRole OBSERVER = new ParticipantRole("observer");
  public static final ParticipantRole SPEAKER = new ParticipantRole("speaker");
  public static final ParticipantRole AUDIENCE = new ParticipantRole("audience");

  private ParticipantRole(String code) {
    super("role", code);
  }

  /** @return the role for {@code code}, well-known or not */
  public static ParticipantRole of(String code) {
    return new ParticipantRole(code);
  }
}
