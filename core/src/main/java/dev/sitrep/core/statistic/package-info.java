/**
 * Dated, attributed counts about an actor: "over a thousand political prisoners" in Belarus as of
 * September 2025 is a {@link dev.sitrep.core.statistic.Statistic} of
 * {@link dev.sitrep.core.statistic.Metric#POLITICAL_PRISONERS}, {@code moreThan(1000)}.
 */
package dev.sitrep.core.statistic;
