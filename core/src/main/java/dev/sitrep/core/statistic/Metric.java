package dev.sitrep.core.statistic;

import dev.sitrep.core.Code;

/**
 * What a {@link Statistic} counts: an open vocabulary. "over a thousand political prisoners" is
 * {@link #POLITICAL_PRISONERS}; "almost 300 Belarusian state enterprises" producing weapons or
 * munitions is {@link #STATE_ENTERPRISES_PRODUCING_MUNITIONS}.
 */
public final class Metric extends Code {
  /** Political prisoners held: "over a thousand". */
  public static final Metric POLITICAL_PRISONERS = new Metric("political-prisoners");
  /** State enterprises producing munitions: "almost 300". */
  public static final Metric STATE_ENTERPRISES_PRODUCING_MUNITIONS =
      new Metric("state-enterprises-producing-munitions");
  /** Troops deployed. */
  public static final Metric TROOPS_DEPLOYED = new Metric("troops-deployed");
  /** People forced into exile. */
  public static final Metric EXILES = new Metric("exiles");
  /** People killed or injured. */
  public static final Metric CASUALTIES = new Metric("casualties");

  private Metric(String code) {
    super("metric", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the metric for {@code code}, well-known or not
   */
  public static Metric of(String code) {
    return new Metric(code);
  }
}
