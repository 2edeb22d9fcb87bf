package dev.sitrep.datasets;

import java.util.List;

/** How one CSV dataset's rows and sitrep's records map onto each other, column by column. */
interface CsvMapping {
  /** @return the codebook's columns, in its order */
  List<String> columns();

  /** @return the columns a row must have a value in */
  List<String> required();

  /**
   * @param row a row
   * @param report where to count what the record cannot carry
   * @return the record
   * @throws dev.sitrep.core.InvalidDataException naming the column, for a bad row
   */
  EventRecord read(CsvRow row, LossReport report);

  /**
   * @param record a record
   * @param report where to count what the row cannot carry, and why a record is skipped
   * @return the row's cells in the order of {@link #columns()}, or null to skip the record
   */
  String[] write(EventRecord record, LossReport report);
}
