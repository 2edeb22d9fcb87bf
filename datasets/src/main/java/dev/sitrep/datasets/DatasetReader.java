package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.BadLine;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a dataset's rows lazily as {@link EventRecord}s, one row at a time, in flat memory; a bad
 * row is handed to the handler with its line and reading goes on, as {@code JsonLinesReader} does
 * with bad lines. What the rows held that sitrep could not carry is in {@link #report()}.
 *
 * <pre>{@code
 * try (DatasetReader rows = Dataset.ACLED.reader(in, bad -> log.warn("{}", bad))) {
 *   rows.forEachRemaining(r -> store(r.event()));
 *   System.out.println(rows.goodRows() + " read, " + rows.badRows() + " bad; " + rows.report());
 * }
 * }</pre>
 *
 * <p>Without a handler ({@code null}), the first bad row is thrown. Not thread-safe.
 */
public final class DatasetReader implements Iterator<EventRecord>, AutoCloseable {
  private final RowSource rows;
  private final Consumer<BadLine> onBadRow;
  private final LossReport report;
  private long good;
  private long bad;
  private EventRecord next;
  private boolean eof;

  DatasetReader(RowSource rows, Consumer<BadLine> onBadRow, LossReport report) {
    this.rows = rows;
    this.onBadRow = onBadRow;
    this.report = report;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      step();
    }
    return next != null;
  }

  /**
   * Reads on to the next row and stops there, for a caller that takes records and bad rows in one
   * sequence (as a Spark partition does), as {@code JsonLinesReader.advance} does: if the row is
   * bad, it has been given to the handler (or thrown); else {@link #next()} returns its record
   * without reading further. {@link #hasNext()} reads past any number of bad rows at once.
   *
   * @return false at the end of the input; true if a row was read, or a record is waiting
   */
  public boolean advance() {
    while (next == null && !eof) {
      long before = bad;
      step();
      if (bad > before) {
        return true;
      }
    }
    return next != null;
  }

  private void step() {
    Decoded d = rows.next();
    if (d == null) {
      eof = true;
    } else if (d.error() != null) {
      bad(d);
    } else {
      good++;
      next = d.record();
    }
  }

  private void bad(Decoded d) {
    InvalidDataException e = d.error();
    if (onBadRow == null) {
      throw new InvalidDataException("line " + d.line() + (e.path().isEmpty() ? "" : ": "
          + e.path()), e.rule());
    }
    bad++;
    onBadRow.accept(new BadLine(d.line(), e));
  }

  @Override
  public EventRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    EventRecord r = next;
    next = null;
    return r;
  }

  /** @return the remaining records as a sequential stream */
  public Stream<EventRecord> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** @return how many rows were read as records so far */
  public long goodRows() {
    return good;
  }

  /** @return how many bad rows were passed over so far */
  public long badRows() {
    return bad;
  }

  /** @return what the rows read so far held that the records could not carry */
  public LossReport report() {
    return report;
  }

  /** Closes the input. */
  @Override
  public void close() {
    rows.close();
  }
}
