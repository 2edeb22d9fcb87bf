package dev.sitrep.datasets;

/** Rows of a dataset as they are read, one at a time; what a {@link DatasetReader} reads from. */
interface RowSource extends AutoCloseable {
  /** @return the next row, or null at the end of the input */
  Decoded next();

  @Override
  void close();
}
