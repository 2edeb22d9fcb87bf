package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * The kind of a {@link GeneralEvent}: an open vocabulary whose well-known codes are the sixteen
 * event types of the PLOVER ontology, in lowercase ({@code ASSAULT} is {@link #ASSAULT},
 * {@code assault} on the wire). Russia's February 2022 invasion of Ukraine is an assault; the
 * suppression of protests in 2020 is coercion; fortifying a border is mobilization. Any other
 * lowercase code is kept.
 */
public final class EventKind extends Code {
  /** PLOVER's AGREE: agreeing to, or signing, an agreement. */
  public static final EventKind AGREE = new EventKind("agree");
  /** PLOVER's CONSULT: meeting, talking, negotiating. */
  public static final EventKind CONSULT = new EventKind("consult");
  /** PLOVER's SUPPORT: endorsing or defending another. */
  public static final EventKind SUPPORT = new EventKind("support");
  /** PLOVER's CONCEDE: yielding, releasing, easing restrictions. */
  public static final EventKind CONCEDE = new EventKind("concede");
  /** PLOVER's COOPERATE: working together, sharing information. */
  public static final EventKind COOPERATE = new EventKind("cooperate");
  /** PLOVER's AID: giving economic, military or humanitarian aid. */
  public static final EventKind AID = new EventKind("aid");
  /** PLOVER's RETREAT: withdrawing forces, backing down. */
  public static final EventKind RETREAT = new EventKind("retreat");
  /** PLOVER's REQUEST: asking for something, such as consultations. */
  public static final EventKind REQUEST = new EventKind("request");
  /** PLOVER's ACCUSE: blaming, criticizing, denouncing. */
  public static final EventKind ACCUSE = new EventKind("accuse");
  /** PLOVER's REJECT: refusing a request or a proposal. */
  public static final EventKind REJECT = new EventKind("reject");
  /** PLOVER's THREATEN: threatening force or other harm. */
  public static final EventKind THREATEN = new EventKind("threaten");
  /** PLOVER's PROTEST: demonstrations, strikes, boycotts. */
  public static final EventKind PROTEST = new EventKind("protest");
  /** PLOVER's SANCTION: cutting ties, imposing sanctions. */
  public static final EventKind SANCTION = new EventKind("sanction");
  /** PLOVER's MOBILIZE: moving or readying forces, fortifying a border. */
  public static final EventKind MOBILIZE = new EventKind("mobilize");
  /** PLOVER's COERCE: repression, arrests, seizures. */
  public static final EventKind COERCE = new EventKind("coerce");
  /** PLOVER's ASSAULT: armed attack, such as the invasion of Ukraine in February 2022. */
  public static final EventKind ASSAULT = new EventKind("assault");

  private EventKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static EventKind of(String code) {
    return new EventKind(code);
  }
}
