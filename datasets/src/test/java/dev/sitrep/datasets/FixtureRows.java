package dev.sitrep.datasets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** The first row of a CSV fixture with some of its cells changed, read as a record. */
final class FixtureRows {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private FixtureRows() {}

  /**
   * @param changes new values of cells, by column
   * @return the record of the fixture's first row with those cells
   * @throws dev.sitrep.core.InvalidDataException if the row is bad
   */
  static EventRecord read(Dataset dataset, String fixture, Map<String, String> changes) {
    List<String[]> rows = new ArrayList<>();
    CSV.readerFor(String[].class).<String[]>readValues(FixturesTest.fixture(fixture))
        .forEachRemaining(rows::add);
    String[] header = rows.get(0);
    String[] row = rows.get(1).clone();
    List<String> columns = List.of(header);
    changes.forEach((column, value) -> row[columns.indexOf(column)] = value);
    String csv = CSV.writeValueAsString(List.of(header, row));
    try (DatasetReader r = dataset.reader(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null)) {
      return r.next();
    }
  }
}
