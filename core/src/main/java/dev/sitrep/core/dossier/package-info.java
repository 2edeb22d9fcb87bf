/**
 * A {@link dev.sitrep.core.dossier.Dossier}: a self-contained collection of sources, actors,
 * things, relations, events, prisoners and statistics, whose references are checked by
 * {@link dev.sitrep.core.dossier.Dossier#validate()}: a
 * {@link dev.sitrep.core.dossier.ValidationReport} lists every
 * {@link dev.sitrep.core.dossier.Problem} with its path. It also gives a timeline and queries.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder().addSources(article).addActors(belarus, poland)
 *     .addEvents(zapad2025, incursion).build();
 * d.validate().problems();   // empty when every reference resolves
 * d.timeline();
 * }</pre>
 */
package dev.sitrep.core.dossier;
