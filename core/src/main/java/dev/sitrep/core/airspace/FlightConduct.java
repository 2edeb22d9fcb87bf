package dev.sitrep.core.airspace;

import dev.sitrep.core.Code;

/**
 * How an aircraft that entered behaved, as reported: an open vocabulary of
 * {@link #NO_FLIGHT_PLAN}, {@link #TRANSPONDER_OFF}, {@link #NO_RADIO_CONTACT}, and any other
 * lowercase code, such as {@code low-altitude}. Three MiG-31s "without flight plans, with
 * transponders off and without radio contact" have all three.
 */
public final class FlightConduct extends Code {
  /** Flew without a filed flight plan. */
  public static final FlightConduct NO_FLIGHT_PLAN = new FlightConduct("no-flight-plan");
  /** Flew with its transponder off. */
  public static final FlightConduct TRANSPONDER_OFF = new FlightConduct("transponder-off");
  /** Kept no radio contact with air traffic control. */
  public static final FlightConduct NO_RADIO_CONTACT = new FlightConduct("no-radio-contact");

  private FlightConduct(String code) {
    super("conduct", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static FlightConduct of(String code) {
    return new FlightConduct(code);
  }
}
