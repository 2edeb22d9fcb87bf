package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;

/**
 * Decodes one line of JSON Lines into a value of one type, where the line lies: a blank line is
 * no value, and a bad line is an {@link InvalidDataException} that gives its line number.
 * Thread-safe: the threads that decode lines share one.
 *
 * @param <T> the type of every line
 */
final class LineDecoder<T> {
  private final SitrepJson json;
  private final Class<T> type;
  private final long maxLength;

  /**
   * @param json how to read a line, and the longest line allowed
   * @param type the type of every line
   */
  LineDecoder(SitrepJson json, Class<T> type) {
    this.json = json;
    this.type = type;
    this.maxLength = json.limits().maxDocumentLength();
  }

  /**
   * @param bytes what the line lies in
   * @param start where the line starts in {@code bytes}
   * @param end where the line ends in {@code bytes}, before its {@code \n}
   * @param number the line's 1-based number in the input
   * @param tooLong whether the line is longer than the limit, so its bytes are not to be read
   * @return the line's value, or null if the line is blank
   * @throws InvalidDataException if the line is bad
   */
  T decode(byte[] bytes, int start, int end, long number, boolean tooLong) {
    if (tooLong) {
      throw InvalidDataException.inJson("$", "must be at most " + maxLength + " bytes long",
          number, 1, null);
    }
    boolean bom = end - start >= 3 && bytes[start] == (byte) 0xEF
        && bytes[start + 1] == (byte) 0xBB && bytes[start + 2] == (byte) 0xBF;
    // the input's byte-order mark is skipped (the parser skips it too), so may come before a blank
    if (isBlank(bytes, number == 1 && bom ? start + 3 : start, end)) {
      return null;
    }
    if (number > 1 && bom) {
      throw InvalidDataException.inJson("$",
          "must not start with a byte-order mark: only the input's first line may", number, 1,
          null);
    }
    try {
      return json.read(bytes, start, end - start, type); // parsed where it lies: no copy
    } catch (InvalidDataException e) {
      throw InvalidDataException.inJson(e.path(), e.rule(), number, e.column().orElse(-1), e);
    }
  }

  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      byte x = bytes[i];
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }
}
