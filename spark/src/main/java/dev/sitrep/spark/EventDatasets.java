package dev.sitrep.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Files of events read into Spark: the events, one row each, and beside them the lines that could
 * not be read. Both come from one lazy decoding of the files; each action on either decodes them
 * again, unless {@link #all()} is persisted ({@code read.all().persist()}) first.
 *
 * <pre>{@code
 * EventDatasets read = EventFiles.read(spark, "events/*.jsonl");
 * read.events().createOrReplaceTempView("events");    // EventColumns.schema()
 * read.badLines().show(false);                         // BadLineColumns.schema()
 * }</pre>
 *
 * @param all every line decoded: an {@code event} column (an {@link EventColumns} struct, null for
 *     a bad line) and a {@code bad_line} column (a {@link BadLineColumns} struct, null for an
 *     event)
 * @param events the events, with {@link EventColumns#schema()}
 * @param badLines the bad lines, with {@link BadLineColumns#schema()}
 */
public record EventDatasets(Dataset<Row> all, Dataset<Row> events, Dataset<Row> badLines) {}
