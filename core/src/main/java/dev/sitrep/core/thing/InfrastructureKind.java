package dev.sitrep.core.thing;

import dev.sitrep.core.Code;

/**
 * What a piece of {@link Infrastructure} is: an open vocabulary. Estlink 2 is a
 * {@link #POWER_CABLE}, C-Lion1 a {@link #TELECOM_CABLE}, Balticconnector a {@link #PIPELINE};
 * any other lowercase code, such as {@code substation}, is kept as it is.
 */
public final class InfrastructureKind extends Code {
  /** An undersea or underground power cable: Estlink 2. */
  public static final InfrastructureKind POWER_CABLE = new InfrastructureKind("power-cable");
  /** A telecommunications cable. */
  public static final InfrastructureKind TELECOM_CABLE = new InfrastructureKind("telecom-cable");
  /** A gas or oil pipeline. */
  public static final InfrastructureKind PIPELINE = new InfrastructureKind("pipeline");
  /** An overhead power line. */
  public static final InfrastructureKind POWER_LINE = new InfrastructureKind("power-line");
  /** A power plant. */
  public static final InfrastructureKind POWER_PLANT = new InfrastructureKind("power-plant");
  /** An airport. */
  public static final InfrastructureKind AIRPORT = new InfrastructureKind("airport");
  /** A seaport. */
  public static final InfrastructureKind PORT = new InfrastructureKind("port");
  /** A railway line. */
  public static final InfrastructureKind RAILWAY = new InfrastructureKind("railway");
  /** A bridge. */
  public static final InfrastructureKind BRIDGE = new InfrastructureKind("bridge");

  private InfrastructureKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static InfrastructureKind of(String code) {
    return new InfrastructureKind(code);
  }
}
