/**
 * Who says what: a {@link dev.sitrep.core.provenance.Source} (an article, a report, a
 * statement), an {@link dev.sitrep.core.provenance.Attribution} (which source, who in it, how
 * firmly: a {@link dev.sitrep.core.provenance.Hedge}), a {@link dev.sitrep.core.provenance.Claim}
 * of a value where sources disagree or a later claim corrects an earlier one, and
 * {@link dev.sitrep.core.provenance.Quote}s.
 *
 * <pre>{@code
 * Claim<UncertainCount> reported = Claim.of(UncertainCount.some(),
 *     Attribution.of(Ref.of("source/zapad-2025"), Hedge.REPORTED));   // "reportedly shot down"
 * }</pre>
 */
package dev.sitrep.core.provenance;
