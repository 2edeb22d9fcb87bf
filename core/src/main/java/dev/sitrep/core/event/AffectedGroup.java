package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * Who or what an impact fell on, as a group: an open vocabulary of {@link #CIVILIANS},
 * {@link #ARMED_FORCES}, {@link #SECURITY_FORCES}, {@link #PROTESTERS}, {@link #JOURNALISTS},
 * {@link #BUILDINGS}, {@link #INFRASTRUCTURE}, {@link #VEHICLES}, and any other lowercase code.
 * "Three Polish soldiers" are {@code armed-forces} with the affected actor {@code state/pol}.
 */
public final class AffectedGroup extends Code {
  public static final AffectedGroup CIVILIANS = new AffectedGroup("civilians");
  public static final AffectedGroup ARMED_FORCES = new AffectedGroup("armed-forces");
  public static final AffectedGroup SECURITY_FORCES = new AffectedGroup("security-forces");
  public static final AffectedGroup PROTESTERS = new AffectedGroup("protesters");
  public static final AffectedGroup JOURNALISTS = new AffectedGroup("journalists");
  public static final AffectedGroup BUILDINGS = new AffectedGroup("buildings");
  public static final AffectedGroup INFRASTRUCTURE = new AffectedGroup("infrastructure");
  public static final AffectedGroup VEHICLES = new AffectedGroup("vehicles");

  private AffectedGroup(String code) {
    super("affected", code);
  }

  /** @return the code for {@code code}, well-known or not */
  public static AffectedGroup of(String code) {
    return new AffectedGroup(code);
  }
}
