package dev.sitrep.datasets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes PLOVER JSON Lines: each record as one compact JSON object on a line, ended by {@code \n}. */
final class PloverSink implements RowSink {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OutputStream out;
  private final PloverMapping mapping = new PloverMapping();
  private final LossReport report;

  PloverSink(OutputStream out, LossReport report) {
    this.out = out;
    this.report = report;
  }

  @Override
  public boolean write(EventRecord record) {
    ObjectNode row = mapping.write(record, report);
    if (row == null) {
      return false;
    }
    try {
      out.write(JSON.writeValueAsBytes(row));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
