package dev.sitrep.core.prisoner;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/** The length of a sentence in years, months and days: ten years is {@code Term.of(10, 0, 0)}. */
@Value.Immutable
@SitrepStyle
public abstract class Term {
  /** @return whole years */
  @Value.Parameter
  public abstract int years();

  /** @return months, as the court gives them (usually beyond the years) */
  @Value.Parameter
  public abstract int months();

  /** @return days, as the court gives them */
  @Value.Parameter
  public abstract int days();

  /**
   * @param years years, from 0
   * @param months months, from 0
   * @param days days, from 0
   * @return a term; each part non-negative
   */
  public static Term of(int years, int months, int days) {
    return ImmutableTerm.of(years, months, days);
  }

  @Value.Check
  void check() {
    Checks.nonNegative(years(), "years");
    Checks.nonNegative(months(), "months");
    Checks.nonNegative(days(), "days");
  }
}
