package dev.sitrep.datasets;

/** Where a {@link DatasetWriter} writes rows, one record at a time. */
interface RowSink extends AutoCloseable {
  /** @return whether the record was written as a row; when not, the report says why */
  boolean write(EventRecord record);

  /** Writes what is buffered. */
  void flush();

  @Override
  void close();
}
