package dev.sitrep.core.thing;

import dev.sitrep.core.Code;

/**
 * What a {@link Vessel} is: an open vocabulary. The Eagle S is a {@link #TANKER}, the Yi Peng 3 a
 * {@link #BULK_CARRIER}; any other lowercase code, such as {@code icebreaker}, is kept as it is.
 */
public final class VesselKind extends Code {
  /** An oil or gas tanker: the Eagle S. */
  public static final VesselKind TANKER = new VesselKind("tanker");
  /** A bulk carrier. */
  public static final VesselKind BULK_CARRIER = new VesselKind("bulk-carrier");
  /** A container ship. */
  public static final VesselKind CONTAINER_SHIP = new VesselKind("container-ship");
  /** A general cargo ship. */
  public static final VesselKind CARGO_SHIP = new VesselKind("cargo-ship");
  /** A passenger ship or ferry. */
  public static final VesselKind PASSENGER_SHIP = new VesselKind("passenger-ship");
  /** A fishing vessel. */
  public static final VesselKind FISHING_VESSEL = new VesselKind("fishing-vessel");
  /** A research or survey vessel. */
  public static final VesselKind RESEARCH_VESSEL = new VesselKind("research-vessel");
  /** A naval vessel. */
  public static final VesselKind WARSHIP = new VesselKind("warship");

  private VesselKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static VesselKind of(String code) {
    return new VesselKind(code);
  }
}
