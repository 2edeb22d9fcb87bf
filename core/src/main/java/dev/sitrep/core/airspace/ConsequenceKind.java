package dev.sitrep.core.airspace;

import dev.sitrep.core.Code;

/**
 * What an incident caused: an open vocabulary of {@link #DAMAGE}, {@link #CASUALTIES},
 * {@link #AIRSPACE_CLOSURE}, {@link #AIRPORT_CLOSURE}, and any other lowercase code.
 */
public final class ConsequenceKind extends Code {
  public static final ConsequenceKind DAMAGE = new ConsequenceKind("damage");
  public static final ConsequenceKind CASUALTIES = new ConsequenceKind("casualties");
  public static final ConsequenceKind AIRSPACE_CLOSURE = new ConsequenceKind("airspace-closure");
  public static final ConsequenceKind AIRPORT_CLOSURE = new ConsequenceKind("airport-closure");

  private ConsequenceKind(String code) {
    super("kind", code);
  }

  /** @return the code for {@code code}, well-known or not */
  public static ConsequenceKind of(String code) {
    return new ConsequenceKind(code);
  }
}
