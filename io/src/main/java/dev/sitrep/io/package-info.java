/**
 * sitrep's JSON wire format: {@link dev.sitrep.io.SitrepJson} reads and writes every sitrep type,
 * one document or JSON Lines ({@link dev.sitrep.io.JsonLinesReader},
 * {@link dev.sitrep.io.JsonLinesWriter}), strictly or leniently within
 * {@link dev.sitrep.io.ReadLimits}; {@link dev.sitrep.io.SitrepModule} does the same for a Jackson
 * {@code JsonMapper}; {@link dev.sitrep.io.GeoJson} puts the located places on a map.
 *
 * <pre>{@code
 * SitrepJson json = SitrepJson.defaults();
 * String text = json.write(dossier);
 * Dossier back = json.read(text, Dossier.class);   // equal to dossier
 * }</pre>
 */
package dev.sitrep.io;
