/**
 * The {@code sitrep} command line: {@link dev.sitrep.cli.Main} validates sitrep JSON, converts
 * between sitrep JSON, STIX 2.1, GeoJSON and the conflict-event datasets, and says what a file
 * holds.
 *
 * <pre>
 * java -jar cli/target/sitrep.jar validate dossier.json events.jsonl.gz
 * java -jar cli/target/sitrep.jar convert events.acled.csv events.geojson
 * java -jar cli/target/sitrep.jar stats events.plover.jsonl
 * </pre>
 */
package dev.sitrep.cli;
