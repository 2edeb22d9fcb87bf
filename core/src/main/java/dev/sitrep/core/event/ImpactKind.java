package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * What an event did to people or things: an open vocabulary of {@link #KILLED}, {@link #INJURED},
 * {@link #DETAINED}, {@link #RELEASED}, {@link #DISPLACED}, {@link #DAMAGED}, {@link #DESTROYED},
 * and any other
 * lowercase code, such as {@code missing}. UCDP's deaths, ACLED's fatalities and PLOVER's dead,
 * injured and arrested are {@code killed}, {@code injured} and {@code detained}.
 */
public final class ImpactKind extends Code {
  public static final ImpactKind KILLED = new ImpactKind("killed");
  public static final ImpactKind INJURED = new ImpactKind("injured");
  public static final ImpactKind DETAINED = new ImpactKind("detained");
  public static final ImpactKind RELEASED = new ImpactKind("released");
  public static final ImpactKind DISPLACED = new ImpactKind("displaced");
  public static final ImpactKind DAMAGED = new ImpactKind("damaged");
  public static final ImpactKind DESTROYED = new ImpactKind("destroyed");

  private ImpactKind(String code) {
    super("kind", code);
  }

  /** @return the code for {@code code}, well-known or not */
  public static ImpactKind of(String code) {
    return new ImpactKind(code);
  }
}
