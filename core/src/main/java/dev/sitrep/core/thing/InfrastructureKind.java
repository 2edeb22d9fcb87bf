package dev.sitrep.core.thing;

import dev.sitrep.core.Code;

/**
 * What a piece of {@link Infrastructure} is: an open vocabulary. Estlink 2 is a
 * {@link #POWER_CABLE}, C-Lion1 a {@link #TELECOM_CABLE}, Balticconnector a {@link #PIPELINE};
 * any other lowercase code, such as {@code substation}, is kept as it is.
 */
public final class InfrastructureKind extends Code {
  public static final InfrastructureKind POWER_CABLE = new InfrastructureKind("power-cable");
  public static final InfrastructureKind TELECOM_CABLE = new InfrastructureKind("telecom-cable");
  public static final InfrastructureKind PIPELINE = new InfrastructureKind("pipeline");
  public static final InfrastructureKind POWER_LINE = new InfrastructureKind("power-line");
  public static final InfrastructureKind POWER_PLANT = new InfrastructureKind("power-plant");
  public static final InfrastructureKind AIRPORT = new InfrastructureKind("airport");
  public static final InfrastructureKind PORT = new InfrastructureKind("port");
  public static final InfrastructureKind RAILWAY = new InfrastructureKind("railway");
  public static final InfrastructureKind BRIDGE = new InfrastructureKind("bridge");

  private InfrastructureKind(String code) {
    super("kind", code);
  }

  /** @return the kind for {@code code}, well-known or not */
  public static InfrastructureKind of(String code) {
    return new InfrastructureKind(code);
  }
}
