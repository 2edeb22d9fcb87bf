package dev.sitrep.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads files of sitrep events into Spark, and writes events back as sitrep JSON Lines. Each file
 * is decoded whole by sitrep's own reader, in a Spark task ({@code mapPartitions}), lazily: memory
 * stays flat however long the file, every good line becomes a row, and every bad line a row of
 * its own with the file, line number, path and rule.
 *
 * <pre>{@code
 * EventDatasets read = EventFiles.read(spark, "data/events/*.jsonl");
 * read.events().createOrReplaceTempView("events");
 * spark.sql("SELECT type, count(*) FROM events GROUP BY type").show();
 * read.badLines().select("file", "line", "rule").show(false);
 * EventFiles.write(read.events().where("type = 'airspace-incident'"), "out/incidents");
 * }</pre>
 */
public final class EventFiles {
  private EventFiles() {}

  /**
   * Reads sitrep JSON Lines strictly.
   *
   * @param spark the session
   * @param paths files, directories or globs, as Spark takes them
   * @return the events and the bad lines
   */
  public static EventDatasets read(SparkSession spark, String... paths) {
    return read(spark, EventFormat.SITREP_JSON_LINES, false, paths);
  }

  /**
   * @param spark the session
   * @param format the files' format
   * @param lenient whether to read leniently (unknown properties skipped, as
   *     {@code SitrepJson.builder().lenient(true)}), or strictly
   * @param paths files, directories or globs, as Spark takes them
   * @return the events and the bad lines
   */
  public static EventDatasets read(SparkSession spark, EventFormat format, boolean lenient,
      String... paths) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = context.binaryFiles(String.join(",", paths))
        .mapPartitions(new DecodeFiles(format, lenient));
    StructType schema = new StructType()
        .add("event", EventColumns.schema(), true)
        .add("bad_line", BadLineColumns.schema(), true);
    Dataset<Row> all = spark.createDataFrame(rows, schema);
    return new EventDatasets(all, all.where(col("event").isNotNull()).select("event.*"),
        all.where(col("bad_line").isNotNull()).select("bad_line.*"));
  }

  /**
   * Writes events as sitrep JSON Lines, their {@code json} column one a line, in a directory of
   * part files as Spark writes them (one a partition); fails if the directory exists.
   *
   * @param events events with {@link EventColumns#schema()} (a selection of them, or any Dataset
   *     with their {@code json} column)
   * @param path the directory to write
   */
  public static void write(Dataset<Row> events, String path) {
    events.select(col("json").cast(DataTypes.StringType)).write().text(path);
  }
}
