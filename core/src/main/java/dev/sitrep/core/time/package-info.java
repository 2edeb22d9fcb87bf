/**
 * Time as sources give it: a {@link dev.sitrep.core.time.TimePoint} of explicit precision ("2025",
 * "2025-09", "2025-09-10", an instant) with its earliest and latest instants; a
 * {@link dev.sitrep.core.time.Period} with an optional end and the source's phrase; and an
 * {@link dev.sitrep.core.time.UncertainDuration} ("for about four hours").
 *
 * <pre>{@code
 * TimePoint.parse("2025-09").contains(TimePoint.parse("2025-09-10"));   // true
 * Period early = Period.builder().start(TimePoint.day(2025, 9, 10))
 *     .phrase("early on September 10").build();
 * }</pre>
 */
package dev.sitrep.core.time;
