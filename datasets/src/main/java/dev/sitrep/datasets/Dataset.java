package dev.sitrep.datasets;

import dev.sitrep.io.BadLine;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The conflict-event datasets sitrep reads and writes, each by its own codebook: every row a
 * {@link EventRecord}, and what a conversion could not carry in a {@link LossReport}.
 *
 * <pre>{@code
 * try (DatasetReader rows = Dataset.ACLED.reader(in, bad -> System.err.println(bad));
 *     DatasetWriter out = Dataset.UCDP_GED.writer(Files.newOutputStream(path))) {
 *   rows.forEachRemaining(out::write);
 *   System.out.println(rows.report() + "\n" + out.report());
 * }
 * }</pre>
 */
public enum Dataset {
  /**
   * PLOVER JSON Lines, as POLECAT publishes it: the "Data Fields" chapter of the PLOVER manual
   * (openeventdata/PLOVER, 2024), one event object a line.
   */
  PLOVER,
  /** ACLED's CSV export: the ACLED Codebook, 31 columns since March 2023. */
  ACLED,
  /** UCDP's Georeferenced Event Dataset as CSV: the UCDP GED Codebook version 24.1, 49 columns. */
  UCDP_GED;

  /**
   * @param in the dataset, read lazily; closed with the reader
   * @param onBadRow handles each bad row, reading going on past it; {@code null} to throw the
   *     first as an {@link dev.sitrep.core.InvalidDataException}
   * @return the reader of its rows as records
   */
  public DatasetReader reader(InputStream in, Consumer<BadLine> onBadRow) {
    LossReport report = new LossReport();
    RowSource rows = this == PLOVER ? new PloverRows(in, report)
        : new CsvRows(in, mapping(), report);
    return new DatasetReader(rows, onBadRow, report);
  }

  /**
   * @param out where the rows go; closed with the writer
   * @return the writer of records as rows
   */
  public DatasetWriter writer(OutputStream out) {
    LossReport report = new LossReport();
    RowSink sink = this == PLOVER ? new PloverSink(out, report)
        : new CsvSink(out, mapping(), report);
    return new DatasetWriter(sink, report);
  }

  /** @return the CSV columns of the codebook, in its order; empty for PLOVER */
  public java.util.List<String> columns() {
    return this == PLOVER ? java.util.List.of() : mapping().columns();
  }

  private CsvMapping mapping() {
    return this == ACLED ? new AcledMapping() : new UcdpMapping();
  }
}
