/**
 * Military exercises: a {@link dev.sitrep.core.exercise.MilitaryExercise} with its hosts, status,
 * declared and claimed {@link dev.sitrep.core.exercise.Strength}s and
 * {@link dev.sitrep.core.exercise.Notification}, and the OSCE Vienna Document 2011's thresholds
 * for notification and observation, checked by {@link dev.sitrep.core.exercise.ViennaDocument2011}.
 *
 * <pre>{@code
 * List<ViennaCheck> checks = ViennaDocument2011.assess(zapad2025);
 * }</pre>
 */
package dev.sitrep.core.exercise;
