/**
 * Political prisoners: a {@link dev.sitrep.core.prisoner.PoliticalPrisoner} is a person held by a
 * state, with charges by code and article, a {@link dev.sitrep.core.prisoner.Sentence}, a dated
 * status history and {@link dev.sitrep.core.prisoner.Recognition}s that cite the PACE Resolution
 * 1900 criteria.
 *
 * <pre>{@code
 * Sentence tenYears = Sentence.of(Term.of(10, 0, 0), Regime.STRICT_REGIME_COLONY);
 * }</pre>
 */
package dev.sitrep.core.prisoner;
