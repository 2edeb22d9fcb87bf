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
  public static final EventKind AGREE = new EventKind("agree");
  public static final EventKind CONSULT = new EventKind("consult");
  public static final EventKind SUPPORT = new EventKind("support");
  public static final EventKind CONCEDE = new EventKind("concede");
  public static final EventKind COOPERATE = new EventKind("cooperate");
  public static final EventKind AID = new EventKind("aid");
  public static final EventKind RETREAT = new EventKind("retreat");
  public static final EventKind REQUEST = new EventKind("request");
  public static final EventKind ACCUSE = new EventKind("accuse");
  public static final EventKind REJECT = new EventKind("reject");
  public static final EventKind THREATEN = new EventKind("threaten");
  public static final EventKind PROTEST = new EventKind("protest");
  public static final EventKind SANCTION = new EventKind("sanction");
  public static final EventKind MOBILIZE = new EventKind("mobilize");
  public static final EventKind COERCE = new EventKind("coerce");
  public static final EventKind ASSAULT = new EventKind("assault");

  private EventKind(String code) {
    super("kind", code);
  }

  /** @return the kind for {@code code}, well-known or not */
  public static EventKind of(String code) {
    return new EventKind(code);
  }
}
