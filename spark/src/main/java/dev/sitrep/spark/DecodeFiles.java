package dev.sitrep.spark;

import dev.sitrep.core.event.Event;
import dev.sitrep.io.SitrepJson;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * Decodes a partition's files, one after the other, lazily: a row for each event (its
 * {@link EventColumns} row in the first column) and for each bad line (its {@link BadLineColumns}
 * row in the second), in file order. Only the current line's value or bad line is held; a file is
 * closed at its end, or when the task ends before it.
 */
final class DecodeFiles
    implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
  private static final long serialVersionUID = 1L;
  private static final SitrepJson WRITER = SitrepJson.defaults();

  private final EventFormat format;
  private final boolean lenient;

  DecodeFiles(EventFormat format, boolean lenient) {
    this.format = format;
    this.lenient = lenient;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    Rows rows = new Rows(files);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
    }
    return rows;
  }

  /** The rows of a partition's files, decoded as they are asked for. */
  private final class Rows implements Iterator<Row> {
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private String file;
    private DecodedEvents current;
    private Row next;

    Rows(Iterator<Tuple2<String, PortableDataStream>> files) {
      this.files = files;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (current == null) {
          if (!files.hasNext()) {
            return false;
          }
          Tuple2<String, PortableDataStream> f = files.next();
          file = f._1();
          current = format.open(f._2().open(), lenient);
        }
        if (current.advance()) {
          Event event = current.event();
          next = event != null
              ? RowFactory.create(EventColumns.row(new WrittenEvent(event, WRITER.write(event))),
                  null)
              : RowFactory.create(null, BadLineColumns.row(file, current.badLine()));
        } else {
          close();
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more rows");
      }
      Row row = next;
      next = null;
      return row;
    }

    void close() {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }
}
