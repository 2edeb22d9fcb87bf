package dev.sitrep.core.airspace;

import dev.sitrep.core.Code;

/**
 * What responders did: an open vocabulary. Polish and other NATO jets reportedly
 * {@link #SHOT_DOWN} a number of the drones; any other lowercase code is kept.
 */
public final class ResponseAction extends Code {
  /** Aircraft were scrambled. */
  public static final ResponseAction SCRAMBLED = new ResponseAction("scrambled");
  /** The intruder was intercepted. */
  public static final ResponseAction INTERCEPTED = new ResponseAction("intercepted");
  /** The intruder was shot down; a response of this kind counts how many. */
  public static final ResponseAction SHOT_DOWN = new ResponseAction("shot-down");
  /** The intruder was escorted out of the airspace. */
  public static final ResponseAction ESCORTED_OUT = new ResponseAction("escorted-out");
  /** Airspace was closed. */
  public static final ResponseAction CLOSED_AIRSPACE = new ResponseAction("closed-airspace");
  /** Airports were closed. */
  public static final ResponseAction CLOSED_AIRPORTS = new ResponseAction("closed-airports");
  /** Air defences were put on alert. */
  public static final ResponseAction RAISED_AIR_DEFENCE_ALERT =
      new ResponseAction("raised-air-defence-alert");

  private ResponseAction(String code) {
    super("action", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static ResponseAction of(String code) {
    return new ResponseAction(code);
  }
}
