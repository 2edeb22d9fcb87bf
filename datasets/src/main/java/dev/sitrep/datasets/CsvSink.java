package dev.sitrep.datasets;

import java.io.OutputStream;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Writes a CSV dataset's rows with Jackson's CSV generator: the header of the codebook's columns,
 * then a row a record, quoted where a cell needs it (RFC 4180), UTF-8, lines ended by {@code \n}.
 */
final class CsvSink implements RowSink {
  private static final CsvMapper CSV = CsvMapper.builder().build();

  private final SequenceWriter rows;
  private final CsvMapping mapping;
  private final LossReport report;

  CsvSink(OutputStream out, CsvMapping mapping, LossReport report) {
    this.rows = CSV.writerFor(String[].class).writeValues(out);
    this.mapping = mapping;
    this.report = report;
    rows.write(mapping.columns().toArray(String[]::new));
  }

  @Override
  public boolean write(EventRecord record) {
    String[] cells = mapping.write(record, report);
    if (cells == null) {
      return false;
    }
    rows.write(cells);
    return true;
  }

  @Override
  public void flush() {
    rows.flush();
  }

  @Override
  public void close() {
    rows.close();
  }
}
