/**
 * Uncertain counts: an {@link dev.sitrep.core.quantity.UncertainCount} keeps "at least nineteen",
 * "almost 300" or "3 or 4" as bounds, a best guess and the source's phrase, and compares with a
 * threshold in three values, an {@link dev.sitrep.core.quantity.Answer}.
 *
 * <pre>{@code
 * UncertainCount drones = UncertainCount.atLeast(19).withPhrase("at least nineteen");
 * drones.reaches(13);   // YES
 * drones.reaches(25);   // CANNOT_TELL
 * }</pre>
 */
package dev.sitrep.core.quantity;
