package dev.sitrep.core.airspace;

import dev.sitrep.core.Code;

/**
 * What responders did: an open vocabulary. Polish and other NATO jets reportedly
 * {@link #SHOT_DOWN} a number of the drones; any other lowercase code is kept.
 */
public final class ResponseAction extends Code {
  public static final ResponseAction SCRAMBLED = new ResponseAction("scrambled");
  public static final ResponseAction INTERCEPTED = new ResponseAction("intercepted");
  public static final ResponseAction SHOT_DOWN = new ResponseAction("shot-down");
  public static final ResponseAction ESCORTED_OUT = new ResponseAction("escorted-out");
  public static final ResponseAction CLOSED_AIRSPACE = new ResponseAction("closed-airspace");
  public static final ResponseAction CLOSED_AIRPORTS = new ResponseAction("closed-airports");
  public static final ResponseAction RAISED_AIR_DEFENCE_ALERT =
      new ResponseAction("raised-air-defence-alert");

  private ResponseAction(String code) {
    super("action", code);
  }

  /** @return the code for {@code code}, well-known or not */
  public static ResponseAction of(String code) {
    return new ResponseAction(code);
  }
}
