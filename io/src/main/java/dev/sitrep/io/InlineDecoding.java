package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;

/**
 * Decodes each line on the calling thread when it is asked for, where the line lies in the input
 * buffer: only the current line is held.
 *
 * @param <T> the type of every line
 */
final class InlineDecoding<T> implements DecodedLines<T> {
  private final Lines lines;
  private final LineDecoder<T> decoder;
  private T value;
  private InvalidDataException error;

  /**
   * @param lines the input's lines
   * @param decoder how to decode a line
   */
  InlineDecoding(Lines lines, LineDecoder<T> decoder) {
    this.lines = lines;
    this.decoder = decoder;
  }

  @Override
  public boolean next() {
    value = null;
    error = null;
    if (!lines.next()) {
      return false;
    }
    try {
      value = decoder.decode(lines.buffer(), lines.start(), lines.end(), lines.number(),
          lines.tooLong());
    } catch (InvalidDataException e) {
      error = e;
    }
    return true;
  }

  @Override
  public T value() {
    return value;
  }

  @Override
  public InvalidDataException error() {
    return error;
  }

  @Override
  public void close() {
    lines.close();
  }
}
