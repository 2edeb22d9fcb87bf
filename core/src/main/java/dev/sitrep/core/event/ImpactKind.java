package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * What an event did to people or things: an open vocabulary of {@link #KILLED}, {@link #INJURED},
 * {@link #DETAINED}, {@link #RELEASED}, {@link #DISPLACED}, {@link #DAMAGED}, {@link #DESTROYED},
 * {@link #SEIZED}, {@link #DISABLED}, and any other lowercase code, such as {@code missing}.
 * People are detained, things seized: Finland's detention of the tanker Eagle S is an impact of
 * kind {@code seized} on the vessel. UCDP's deaths, ACLED's fatalities and PLOVER's dead,
 * injured and arrested are {@code killed}, {@code injured} and {@code detained}.
 */
public final class ImpactKind extends Code {
  /** People killed. */
  public static final ImpactKind KILLED = new ImpactKind("killed");
  /** People injured. */
  public static final ImpactKind INJURED = new ImpactKind("injured");
  /** People detained or arrested. */
  public static final ImpactKind DETAINED = new ImpactKind("detained");
  /** People released from detention. */
  public static final ImpactKind RELEASED = new ImpactKind("released");
  /** People forced from their homes. */
  public static final ImpactKind DISPLACED = new ImpactKind("displaced");
  /** Things damaged. */
  public static final ImpactKind DAMAGED = new ImpactKind("damaged");
  /** Things destroyed. */
  public static final ImpactKind DESTROYED = new ImpactKind("destroyed");
  /** Taken and held, as a ship boarded and detained by a coast guard, a plane impounded. */
  public static final ImpactKind SEIZED = new ImpactKind("seized");
  /** Put out of use, whether damaged or not: a power line switched off, a radar jammed. */
  public static final ImpactKind DISABLED = new ImpactKind("disabled");

  private ImpactKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static ImpactKind of(String code) {
    return new ImpactKind(code);
  }
}
