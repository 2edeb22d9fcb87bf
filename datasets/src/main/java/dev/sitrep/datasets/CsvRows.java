package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV dataset's rows, read by Jackson's CSV parser one at a time: the header names the columns,
 * in any order; columns the codebook does not have are counted in the report and passed over, and
 * so is a column whose name an earlier one has. Blank lines are passed over. A row with more
 * cells than the header, or a bad value, is a bad row; a break in the CSV syntax itself (a quote
 * never closed, bytes that are not UTF-8) ends the input, as no later row can be told apart. A
 * failure to read the input is an {@link UncheckedIOException}.
 */
final class CsvRows implements RowSource {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final InputStream in;
  private MappingIterator<String[]> rows; // opened on the first row, where its errors are bad rows
  private final CsvMapping mapping;
  private final LossReport report;
  private Map<String, Integer> index;
  private int columns; // the header's cells, named or not
  private boolean broken;

  CsvRows(InputStream in, CsvMapping mapping, LossReport report) {
    this.in = in;
    this.mapping = mapping;
    this.report = report;
  }

  @Override
  public Decoded next() {
    if (broken) {
      return null;
    }
    long line = 0;
    try {
      if (rows == null) { // reads the first bytes, to tell the encoding
        rows = CSV.readerFor(String[].class).readValues(in);
      }
      String[] cells;
      do {
        if (!rows.hasNextValue()) {
          if (index == null) { // not even a header
            broken = true;
            return new Decoded(Math.max(line, 1), null, new InvalidDataException("",
                "must begin with a header of the codebook's columns; the input has none"));
          }
          return null;
        }
        // Jackson's CSV parser counts the row's start from the line before it
        line = rows.parser().currentTokenLocation().getLineNr() + 1;
        cells = rows.nextValue();
      } while (cells.length == 1 && cells[0].isEmpty()); // a blank line
      if (index == null) {
        return header(cells, line);
      }
      if (cells.length > columns) {
        throw new InvalidDataException("", "has " + cells.length + " cells, more than the "
            + columns + " columns of the header");
      }
      CsvRow row = new CsvRow(index, cells);
      for (String column : mapping.required()) {
        row.required(column);
      }
      return new Decoded(line, mapping.read(row, report), null);
    } catch (InvalidDataException e) {
      return new Decoded(line, null, e);
    } catch (JacksonIOException e) {
      if (!(e.getCause() instanceof CharConversionException)) { // not bytes that are not UTF-8
        throw new UncheckedIOException(e.getCause());
      }
      broken = true;
      return new Decoded(Math.max(1, rows == null ? 1 : rows.parser().currentLocation().getLineNr()),
          null, new InvalidDataException("", "is not UTF-8: " + e.getCause().getMessage()
              + "; reading stopped here"));
    } catch (JacksonException e) {
      broken = true;
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      return new Decoded(at, null, new InvalidDataException("",
          "is not CSV: " + e.getOriginalMessage() + "; reading stopped here"));
    }
  }

  private Decoded header(String[] cells, long line) {
    index = new HashMap<>();
    columns = cells.length;
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].trim();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (index.putIfAbsent(name, i) != null) {
        report.add(name, "a column whose name an earlier column has; passed over");
      } else if (!mapping.columns().contains(name)) {
        report.add(name, "not a column of the codebook; passed over");
      }
    }
    for (String column : mapping.required()) {
      if (!index.containsKey(column)) {
        broken = true;
        return new Decoded(line, null, new InvalidDataException(column,
            "is a column the codebook requires, missing from the header; reading stopped here"));
      }
    }
    return next();
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.close();
    } else {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
