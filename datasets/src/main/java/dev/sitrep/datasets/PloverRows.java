package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * PLOVER JSON Lines, one event object a line, read one line at a time: a line longer than
 * {@value #MAX_LINE} bytes is a bad row, passed over without being held; so is a line that is not
 * UTF-8; blank lines are passed over.
 */
final class PloverRows implements RowSource {
  static final int MAX_LINE = 10_000_000;
  /**
   * Reads numbers with a fraction or an exponent exactly as written, as decimals ({@code 1e400},
   * {@code 1.50}), not as doubles, so that the values kept as extensions are the ones written.
   */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private final PloverMapping mapping = new PloverMapping();
  private final LossReport report;
  private byte[] line = new byte[1 << 12]; // the current line's bytes, up to the limit
  private int size;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private long number;

  PloverRows(InputStream in, LossReport report) {
    this.in = in;
    this.report = report;
  }

  @Override
  public Decoded next() {
    while (true) {
      long length = readLine();
      if (length < 0) {
        return null;
      }
      number++;
      if (length > MAX_LINE) {
        return new Decoded(number, null, new InvalidDataException("",
            "must be a line of at most " + MAX_LINE + " bytes, was " + length));
      }
      String text;
      try {
        text = utf8.decode(ByteBuffer.wrap(line, 0, size)).toString();
      } catch (CharacterCodingException e) {
        return new Decoded(number, null, new InvalidDataException("", "is not UTF-8"));
      }
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JacksonException e) {
        return new Decoded(number, null, new InvalidDataException("",
            "is not JSON: " + e.getOriginalMessage()));
      }
      try {
        if (!node.isObject()) {
          throw new InvalidDataException("$", "must be a JSON object, one PLOVER event");
        }
        return new Decoded(number, mapping.read(node, report), null);
      } catch (InvalidDataException e) {
        return new Decoded(number, null, e);
      } catch (JacksonException e) { // a value the mapping takes that Jackson cannot convert
        return new Decoded(number, null, new InvalidDataException("",
            "has a value PLOVER's mapping cannot read: " + e.getOriginalMessage()));
      }
    }
  }

  /**
   * @return the length in bytes of the next line (without its {@code \n}), held in {@link #line}
   *     up to the limit, a {@code \r} before the end dropped; -1 at the end
   */
  private long readLine() {
    size = 0;
    long length = 0;
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
        hold(start, (int) Math.max(0, Math.min(n, MAX_LINE + 1 - length)));
        length += n;
        if (pos < lim) {
          pos++;
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > 0 && line[size - 1] == '\r') {
      size--;
      length--;
    }
    return length;
  }

  /** Appends {@code n} bytes of the buffer from {@code start} to the line, growing it. */
  private void hold(int start, int n) {
    if (size + n > line.length) {
      line = Arrays.copyOf(line, Math.max(size + n, 2 * line.length));
    }
    System.arraycopy(buf, start, line, size, n);
    size += n;
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
