package dev.sitrep.core.airspace;

import dev.sitrep.core.Code;

/**
 * What entered the airspace: an open vocabulary. The Russian drones over Poland on 10 September
 * 2025 were {@link #DRONE}s; what no one identified is an {@link #UNIDENTIFIED_OBJECT}; any other
 * lowercase code, such as {@code glide-bomb}, is kept.
 */
public final class PlatformKind extends Code {
  /** An unmanned aerial vehicle: a Shahed-type attack drone. */
  public static final PlatformKind DRONE = new PlatformKind("drone");
  /** A drone meant to draw fire, without a warhead: a Gerbera. */
  public static final PlatformKind DECOY_DRONE = new PlatformKind("decoy-drone");
  /** A cruise missile. */
  public static final PlatformKind CRUISE_MISSILE = new PlatformKind("cruise-missile");
  /** A ballistic missile. */
  public static final PlatformKind BALLISTIC_MISSILE = new PlatformKind("ballistic-missile");
  /** A manned aeroplane: three MiG-31 fighters. */
  public static final PlatformKind MANNED_AIRCRAFT = new PlatformKind("manned-aircraft");
  /** A helicopter. */
  public static final PlatformKind HELICOPTER = new PlatformKind("helicopter");
  /** A balloon, such as one carrying contraband or surveillance equipment. */
  public static final PlatformKind BALLOON = new PlatformKind("balloon");
  /** An object not identified. */
  public static final PlatformKind UNIDENTIFIED_OBJECT = new PlatformKind("unidentified-object");

  private PlatformKind(String code) {
    super("platform", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static PlatformKind of(String code) {
    return new PlatformKind(code);
  }
}
