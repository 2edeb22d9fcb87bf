package dev.sitrep.datasets;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.exc.JacksonIOException;
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
    write(mapping.columns().toArray(String[]::new));
  }

  @Override
  public boolean write(EventRecord record) {
    String[] cells = mapping.write(record, report);
    if (cells == null) {
      return false;
    }
    write(cells);
    return true;
  }

  private void write(String[] cells) {
    try {
      rows.write(cells);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void flush() {
    try {
      rows.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }
}
