package dev.sitrep.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes JSON Lines: each value as compact JSON on a line of its own, ended by {@code \n}.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = json.writeLines(Files.newOutputStream(path))) {
 *   dossier.events().forEach(out::write);
 * }
 * }</pre>
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final SitrepJson json;
  private final OutputStream out;

  JsonLinesWriter(SitrepJson json, OutputStream out) {
    this.json = json;
    this.out = out;
  }

  /**
   * @param value a sitrep value
   * @return this writer
   */
  public JsonLinesWriter write(Object value) {
    json.write(value, out);
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
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
