/**
 * STIX 2.1 out of and into sitrep: {@link dev.sitrep.stix.StixExport} writes a dossier as a
 * bundle, {@link dev.sitrep.stix.StixImport} reads a bundle as a dossier with an
 * {@link dev.sitrep.stix.ImportReport}; {@link dev.sitrep.stix.StixWriter} and
 * {@link dev.sitrep.stix.StixReader} do it value by value, in flat memory.
 *
 * <pre>{@code
 * String bundle = StixExport.defaults().write(dossier);
 * StixImport.defaults().read(bundle).dossier().equals(dossier);   // true
 * }</pre>
 */
package dev.sitrep.stix;
