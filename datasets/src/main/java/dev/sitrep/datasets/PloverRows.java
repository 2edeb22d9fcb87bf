package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  private final BufferedReader in;
  private final PloverMapping mapping = new PloverMapping();
  private final LossReport report;
  private final StringBuilder line = new StringBuilder();
  private long number;

  PloverRows(InputStream in, LossReport report) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
      if (line.toString().isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line.toString());
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

  /** @return the length of the next line, held in {@link #line} up to the limit; -1 at the end */
  private int readLine() {
    line.setLength(0);
    int length = 0;
    try {
      int c = in.read();
      if (c < 0) {
        return -1;
      }
      while (c >= 0 && c != '\n') {
        if (length < MAX_LINE && c != '\r') {
          line.append((char) c);
        }
        length++;
        c = in.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
