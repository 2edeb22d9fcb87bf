package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * How an actor takes part in an event: an open vocabulary. Russia is a {@link #PARTICIPANT} of
 * Zapad 2025, Belarus its {@link #HOST}; Poland the {@link #TARGET} of the drone incursion.
 */
public final class ParticipantRole extends Code {
  /** Hosts the event on its territory: Belarus hosts Zapad 2025. */
  public static final ParticipantRole HOST = new ParticipantRole("host");
  /** Organizes the event. */
  public static final ParticipantRole ORGANIZER = new ParticipantRole("organizer");
  /** Takes part. */
  public static final ParticipantRole PARTICIPANT = new ParticipantRole("participant");
  /** Starts the event; PLOVER's actor. */
  public static final ParticipantRole INITIATOR = new ParticipantRole("initiator");
  /** Is the event's target; PLOVER's recipient. */
  public static final ParticipantRole TARGET = new ParticipantRole("target");
  /** Responds to the event: the jets that shot down drones. */
  public static final ParticipantRole RESPONDER = new ParticipantRole("responder");
  /** Observes the event, as foreign observers invited to an exercise. */
  public static final ParticipantRole OBSERVER = new ParticipantRole("observer");
  /** Speaks, in a statement. */
  public static final ParticipantRole SPEAKER = new ParticipantRole("speaker");
  /** Is spoken to, in a statement: the Sejm. */
  public static final ParticipantRole AUDIENCE = new ParticipantRole("audience");

  private ParticipantRole(String code) {
    super("role", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the role for {@code code}, well-known or not
   */
  public static ParticipantRole of(String code) {
    return new ParticipantRole(code);
  }
}
