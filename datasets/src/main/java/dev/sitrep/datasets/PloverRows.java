package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PLOVER JSON Lines, one event object a line, read one line at a time: a line longer than
 * {@value #MAX_LINE} characters is a bad row, passed over without being held; blank lines are
 * passed over.
 */
final class PloverRows implements RowSource {
  static final int MAX_LINE = 10_000_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Reader in;
  private final char[] buf = new char[8192];
  private int pos;
  private int lim;
  private final PloverMapping mapping = new PloverMapping();
  private final LossReport report;
  private final StringBuilder line = new StringBuilder();
  private long number;

  PloverRows(InputStream in, LossReport report) {
    this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
    this.report = report;
  }

  @Override
  public Decoded next() {
    while (true) {
      int length = readLine();
      if (length < 0) {
        return null;
      }
      number++;
      if (length > MAX_LINE) {
        return new Decoded(number, null, new InvalidDataException("",
            "must be a line of at most " + MAX_LINE + " characters, was " + length));
      }
      String text = line.toString();
      if (text.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(text);
        if (!node.isObject()) {
          throw new InvalidDataException("$", "must be a JSON object, one PLOVER event");
        }
        return new Decoded(number, mapping.read(node, report), null);
      } catch (InvalidDataException e) {
        return new Decoded(number, null, e);
      } catch (JacksonException e) {
        return new Decoded(number, null, new InvalidDataException("",
            "is not JSON: " + e.getOriginalMessage()));
      }
    }
  }

  /**
   * @return the length of the next line (without its {@code \n}), held in {@link #line} up to
   *     the limit, a {@code \r} before the end dropped; -1 at the end
   */
  private int readLine() {
    line.setLength(0);
    int length = 0;
    boolean any = false;
    try {
      while (true) {
        if (pos == lim) {
          lim = Math.max(in.read(buf, 0, buf.length), 0);
          pos = 0;
          if (lim == 0) {
            if (!any) {
              return -1;
            }
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < lim && buf[pos] != '\n') {
          pos++;
        }
        int n = pos - start;
        line.append(buf, start, Math.max(0, Math.min(n, MAX_LINE - length)));
        length += n;
        if (pos < lim) {
          pos++;
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    if (number == 0 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
      line.deleteCharAt(0);
    }
    return length;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
