/**
 * sitrep events in Spark: {@link dev.sitrep.spark.EventFiles} reads sitrep JSON Lines into a
 * Dataset with the flat schema of {@link dev.sitrep.spark.EventColumns}, bad lines beside it, and
 * writes events back as JSON Lines.
 *
 * <pre>{@code
 * EventDatasets read = EventFiles.read(spark, "events.jsonl");
 * read.events().groupBy("type").count().show();
 * read.badLines().show(false);
 * }</pre>
 */
package dev.sitrep.spark;
