package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;

/**
 * sitrep reads and writes JSON in UTF-8 alone, as I-JSON (RFC 7493) requires and RFC 8259 requires
 * of JSON exchanged between systems. The parser would guess UTF-16 or UTF-32 from the first bytes;
 * this refuses such input instead, with a message that names the encoding found. A UTF-8
 * byte-order mark is allowed at the start. For example, {@code "{}"} in UTF-16LE is refused with
 * {@code $: must be UTF-8, as I-JSON requires; found UTF-16LE (line 1, column 1)}.
 */
final class Encoding {
  private Encoding() {}

  /** Refuses the bytes from {@code offset} if they start as UTF-16 or UTF-32 do. */
  static void requireUtf8(byte[] bytes, int offset, int length) {
    String found = other(bytes, offset, Math.min(length, 4));
    if (found != null) {
      throw refused(found);
    }
  }

  /** @return {@code in}, refused if it starts as UTF-16 or UTF-32 do */
  static InputStream requireUtf8(InputStream in) {
    PushbackInputStream start = new PushbackInputStream(in, 4);
    try {
      byte[] first = new byte[4];
      int n = 0;
      for (int r; n < 4 && (r = start.read(first, n, 4 - n)) > 0; ) {
        n += r;
      }
      String found = other(first, 0, n);
      if (found != null) {
        throw refused(found);
      }
      start.unread(first, 0, n);
      return start;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the encoding that up to four first bytes show, if not UTF-8: JSON text starts with an
   *     ASCII character, so a zero byte among them, or a UTF-16 byte-order mark, shows another
   */
  private static String other(byte[] b, int offset, int length) {
    int x0 = at(b, offset, length, 0);
    int x1 = at(b, offset, length, 1);
    int x2 = at(b, offset, length, 2);
    int x3 = at(b, offset, length, 3);
    if (x0 == 0xFE && x1 == 0xFF) {
      return "UTF-16BE";
    }
    if (x0 == 0xFF && x1 == 0xFE) {
      return x2 == 0 && x3 == 0 ? "UTF-32LE" : "UTF-16LE";
    }
    if (x0 == 0 && x1 == 0) {
      return "UTF-32BE";
    }
    if (x0 == 0) {
      return "UTF-16BE";
    }
    if (x1 == 0) {
      return x2 == 0 ? "UTF-32LE" : "UTF-16LE";
    }
    return null;
  }

  /** @return the {@code i}th byte from {@code offset}, unsigned, or -1 past {@code length} */
  private static int at(byte[] b, int offset, int length, int i) {
    return i < length ? b[offset + i] & 0xFF : -1;
  }

  private static InvalidDataException refused(String found) {
    return InvalidDataException.inJson("$", "must be UTF-8, as I-JSON requires; found " + found,
        1, 1, null);
  }
}
