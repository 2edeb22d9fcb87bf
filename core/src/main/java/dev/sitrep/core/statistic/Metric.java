package dev.sitrep.core.statistic;

import dev.sitrep.core.Code;

/**
 * What a {@link Statistic} counts: an open vocabulary. "over a thousand political prisoners" is
 * {@link #POLITICAL_PRISONERS}; "almost 300 Belarusian state enterprises" producing weapons or
 * munitions is {@link #STATE_ENTERPRISES_PRODUCING_MUNITIONS}.
 */
public final class Metric extends Code {
  public static final Metric POLITICAL_PRISONERS = new Metric("political-prisoners");
  public static final Metric STATE_ENTERPRISES_PRODUCING_MUNITIONS =
      new Metric("state-enterprises-producing-munitions");
  public static final Metric TROOPS_DEPLOYED = new Metric("troops-deployed");
  public static final Metric EXILES = new Metric("exiles");
  public static final Metric CASUALTIES = new Metric("casualties");

  private Metric(String code) {
    super("metric", code);
  }

  /** @return the metric for {@code code}, well-known or not */
  public static Metric of(String code) {
    return new Metric(code);
  }
}
