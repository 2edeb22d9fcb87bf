package dev.sitrep.core.prisoner;

import dev.sitrep.core.Code;

/**
 * How a sentence is served: an open vocabulary of the regimes in post-Soviet criminal law, from a
 * {@link #GENERAL_REGIME_COLONY} to a {@link #FINE}; any other lowercase code is kept.
 */
public final class Regime extends Code {
  /** A general-regime penal colony. */
  public static final Regime GENERAL_REGIME_COLONY = new Regime("general-regime-colony");
  /** A strict-regime penal colony. */
  public static final Regime STRICT_REGIME_COLONY = new Regime("strict-regime-colony");
  /** A special-regime penal colony. */
  public static final Regime SPECIAL_REGIME_COLONY = new Regime("special-regime-colony");
  /** A prison, the harshest regime. */
  public static final Regime PRISON = new Regime("prison");
  /** Restricted freedom, "khimiya": supervised labour away from home. */
  public static final Regime RESTRICTED_FREEDOM = new Regime("restricted-freedom");
  /** Confinement at home. */
  public static final Regime HOME_CONFINEMENT = new Regime("home-confinement");
  /** A fine, without confinement. */
  public static final Regime FINE = new Regime("fine");

  private Regime(String code) {
    super("regime", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the regime for {@code code}, well-known or not
   */
  public static Regime of(String code) {
    return new Regime(code);
  }
}
