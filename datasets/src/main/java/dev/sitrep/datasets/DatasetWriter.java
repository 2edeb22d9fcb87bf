package dev.sitrep.datasets;

import java.io.Closeable;
import java.io.Flushable;

/**
 * Writes {@link EventRecord}s as a dataset's rows, one at a time, in flat memory. What a row could
 * not carry is in {@link #report()}; an event that cannot be a row at all (an ACLED row needs a
 * day, week or month) is skipped, and the report says why. A failure to write to the stream is an
 * {@link java.io.UncheckedIOException}.
 *
 * <pre>{@code
 * try (DatasetWriter out = Dataset.UCDP_GED.writer(Files.newOutputStream(path))) {
 *   EventRecord.of(dossier).forEach(out::write);
 *   System.out.println(out.report());   // when: year written as date_prec 5 ... (3)
 * }
 * }</pre>
 */
public final class DatasetWriter implements Closeable, Flushable {
  private final RowSink sink;
  private final LossReport report;
  private long written;
  private long skipped;

  DatasetWriter(RowSink sink, LossReport report) {
    this.sink = sink;
    this.report = report;
  }

  /**
   * @param record an event with its actors and sources
   * @return this writer
   */
  public DatasetWriter write(EventRecord record) {
    if (sink.write(record)) {
      written++;
    } else {
      skipped++;
    }
    return this;
  }

  /** @return how many rows were written */
  public long written() {
    return written;
  }

  /** @return how many events could not be written as rows at all */
  public long skipped() {
    return skipped;
  }

  /** @return what the rows written so far could not carry */
  public LossReport report() {
    return report;
  }

  @Override
  public void flush() {
    sink.flush();
  }

  /** Writes what is buffered and closes the output. */
  @Override
  public void close() {
    sink.close();
  }
}
