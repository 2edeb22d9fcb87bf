package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A million rows stream through a reader and a writer in flat memory: the rows are made on the fly
 * from the fixture's first row (each with its own id), read, written to an output that counts and
 * discards, and never held. Surefire runs this class alone in a JVM of 64 MiB of heap (the
 * execution {@code flat-memory} of this module's pom), where a million records held would not
 * fit; it fails in a larger heap. Alone: {@code mvn -pl datasets test-compile
 * surefire:test@flat-memory}.
 */
class MillionRowsTest {
  private static final int ROWS = 1_000_000;

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void aMillionRowsAreReadAndWrittenOneAtATime(Dataset dataset) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("the heap of the flat-memory execution")
        .isLessThanOrEqualTo(64L << 20);
    String fixture = switch (dataset) {
      case PLOVER -> "plover.jsonl";
      case ACLED -> "acled.csv";
      case UCDP_GED -> "ucdp-ged.csv";
    };
    String header;
    String first;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        FixturesTest.fixture(fixture), StandardCharsets.UTF_8))) {
      header = dataset == Dataset.PLOVER ? "" : lines.readLine() + "\n";
      first = lines.readLine();
    }
    CountingOutput out = new CountingOutput();
    try (DatasetReader in = dataset.reader(new Rows(header, first, ROWS), null);
        DatasetWriter w = dataset.writer(out)) {
      in.forEachRemaining(w::write);
      w.flush();
      assertThat(in.goodRows()).isEqualTo(ROWS);
      assertThat(w.written()).isEqualTo(ROWS);
      assertThat(in.report().isEmpty()).as("%s", in.report()).isTrue();
      assertThat(w.report().isEmpty()).as("%s", w.report()).isTrue();
    }
    assertThat(out.bytes).isGreaterThan((long) ROWS * first.length() / 2);
  }

  /**
   * The header, then {@code count} copies of a row, each with the id {@code r<n>} for the first
   * cell or property: made a row at a time, as they are read.
   */
  private static final class Rows extends InputStream {
    private final String rest;
    private final boolean json;
    private final int count;
    private byte[] chunk;
    private int at;
    private int made;

    Rows(String header, String row, int count) {
      this.json = header.isEmpty();
      // a CSV row's first cell, or a PLOVER object's first property, is its id
      this.rest = json ? row.substring(row.indexOf(',')) : row.substring(row.indexOf(','));
      this.count = count;
      this.chunk = header.getBytes(StandardCharsets.UTF_8);
    }

    private boolean fill() {
      while (at == chunk.length) {
        if (made == count) {
          return false;
        }
        made++;
        String id = json ? "{\"id\":\"r" + made + "\"" : "r" + made;
        chunk = (id + rest + "\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      return true;
    }

    @Override
    public int read() {
      return fill() ? chunk[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      return n;
    }
  }

  /** Counts the bytes written to it, and keeps none. */
  private static final class CountingOutput extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
