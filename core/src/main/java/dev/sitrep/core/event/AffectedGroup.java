package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * Who or what an impact fell on, as a group: an open vocabulary of {@link #CIVILIANS},
 * {@link #ARMED_FORCES}, {@link #SECURITY_FORCES}, {@link #PROTESTERS}, {@link #JOURNALISTS},
 * {@link #BUILDINGS}, {@link #INFRASTRUCTURE}, {@link #VEHICLES}, and any other lowercase code.
 * "Three Polish soldiers" are {@code armed-forces} with the affected actor {@code state/pol}.
 */
public final class AffectedGroup extends Code {
  /** Civilians. */
  public static final AffectedGroup CIVILIANS = new AffectedGroup("civilians");
  /** Members of armed forces. */
  public static final AffectedGroup ARMED_FORCES = new AffectedGroup("armed-forces");
  /** Police and other security forces. */
  public static final AffectedGroup SECURITY_FORCES = new AffectedGroup("security-forces");
  /** Protesters. */
  public static final AffectedGroup PROTESTERS = new AffectedGroup("protesters");
  /** Journalists and other media workers. */
  public static final AffectedGroup JOURNALISTS = new AffectedGroup("journalists");
  /** Buildings: houses, offices. */
  public static final AffectedGroup BUILDINGS = new AffectedGroup("buildings");
  /** Infrastructure: cables, pipelines, power lines, railways. */
  public static final AffectedGroup INFRASTRUCTURE = new AffectedGroup("infrastructure");
  /** Vehicles: cars, ships, aircraft. */
  public static final AffectedGroup VEHICLES = new AffectedGroup("vehicles");

  private AffectedGroup(String code) {
    super("affected", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static AffectedGroup of(String code) {
    return new AffectedGroup(code);
  }
}
