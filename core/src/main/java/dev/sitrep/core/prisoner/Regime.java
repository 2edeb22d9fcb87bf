package dev.sitrep.core.prisoner;

import dev.sitrep.core.Code;

/**
 * How a sentence is served: an open vocabulary of the regimes in post-Soviet criminal law, from a
 * {@link #GENERAL_REGIME_COLONY} to a {@link #FINE}; any other lowercase code is kept.
 */
public final class Regime extends Code {
  public static final Regime GENERAL_REGIME_COLONY = new Regime("general-regime-colony");
  public static final Regime STRICT_REGIME_COLONY = new Regime("strict-regime-colony");
  public static final Regime SPECIAL_REGIME_COLONY = new Regime("special-regime-colony");
  public static final Regime PRISON = new Regime("prison");
  public static final Regime RESTRICTED_FREEDOM = new Regime("restricted-freedom");
  public static final Regime HOME_CONFINEMENT = new Regime("home-confinement");
  public static final Regime FINE = new Regime("fine");

  private Regime(String code) {
    super("regime", code);
  }

  /** @return the regime for {@code code}, well-known or not */
  public static Regime of(String code) {
    return new Regime(code);
  }
}
