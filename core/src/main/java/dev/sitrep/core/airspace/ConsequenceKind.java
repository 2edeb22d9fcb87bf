package dev.sitrep.core.airspace;

import dev.sitrep.core.Code;

/**
 * What an incident caused: an open vocabulary of {@link #DAMAGE}, {@link #CASUALTIES},
 * {@link #AIRSPACE_CLOSURE}, {@link #AIRPORT_CLOSURE}, and any other lowercase code.
 */
public final class ConsequenceKind extends Code {
  /** Damage to property: a house hit by debris. */
  public static final ConsequenceKind DAMAGE = new ConsequenceKind("damage");
  /** People killed or injured. */
  public static final ConsequenceKind CASUALTIES = new ConsequenceKind("casualties");
  /** Airspace closed to traffic. */
  public static final ConsequenceKind AIRSPACE_CLOSURE = new ConsequenceKind("airspace-closure");
  /** Airports closed: Rzeszów and Warsaw Chopin on 10 September 2025. */
  public static final ConsequenceKind AIRPORT_CLOSURE = new ConsequenceKind("airport-closure");

  private ConsequenceKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static ConsequenceKind of(String code) {
    return new ConsequenceKind(code);
  }
}
