package dev.sitrep.core.geo;

import dev.sitrep.core.Code;

/**
 * What kind of area a {@link Place} is, where that matters to where it lies: an open vocabulary.
 * It says why a place lies in no single state: the Baltic Sea off Gotland, where ACLED codes an
 * event at sea to the body of water, is a {@link #SEA}; the air over it outside any territorial
 * sea {@link #INTERNATIONAL_AIRSPACE}. Any other lowercase code, such as {@code strait}, is kept.
 */
public final class AreaKind extends Code {
  /** A sea, gulf, lake or other body of water. */
  public static final AreaKind SEA = new AreaKind("sea");
  /** Waters beyond any state's territorial sea: the high seas. */
  public static final AreaKind INTERNATIONAL_WATERS = new AreaKind("international-waters");
  /** Airspace over international waters, which no state's sovereignty covers. */
  public static final AreaKind INTERNATIONAL_AIRSPACE = new AreaKind("international-airspace");
  /**
   * A zone along a border, on both sides of it: UCDP's {@code where_prec} 7. The states, where
   * known, are the place's {@link Place#borderStates()}.
   */
  public static final AreaKind BORDER_ZONE = new AreaKind("border-zone");

  private AreaKind(String code) {
    super("areaKind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static AreaKind of(String code) {
    return new AreaKind(code);
  }
}
