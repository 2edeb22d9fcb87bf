package dev.sitrep.spark;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.sitrep.io.BadLine;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of a Dataset of bad lines, one row a line that could not be read as an event, with
 * where it is and why, as sitrep's JSON Lines reader reports it.
 *
 * <pre>{@code
 * file                         line  path        rule
 * file:/data/events/part-0.jsonl  41  $.when.end  must not be before start (start=..., end=...)
 * }</pre>
 */
public final class BadLineColumns {
  private BadLineColumns() {}

  private static final Columns<FileBadLine> BAD_LINE = new Columns<FileBadLine>()
      .add("file", StringType, "the file the line is in, as Spark names it", FileBadLine::file)
      .add("line", LongType, "the line's 1-based number in the file",
          b -> b.bad().lineNumber())
      .add("path", StringType, "the JSON path of the bad value within the line, such as "
          + "$.when.end", b -> b.bad().error().path())
      .add("rule", StringType, "the rule it breaks", b -> b.bad().error().rule())
      .add("message", StringType, "the whole message: path, rule, line and column",
          b -> b.bad().error().getMessage());

  /** @return the schema of a Dataset of bad lines */
  public static StructType schema() {
    return BAD_LINE.schema();
  }

  /** @return the row of a bad line in a file */
  static Row row(String file, BadLine bad) {
    return BAD_LINE.row(new FileBadLine(file, bad));
  }

  private record FileBadLine(String file, BadLine bad) {}
}
