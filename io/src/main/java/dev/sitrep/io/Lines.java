package dev.sitrep.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits an input into lines at {@code \n}, in one buffer that grows only to hold a long line. The
 * current line lies in {@link #buffer()} from {@link #start()} to {@link #end()} (its {@code \r},
 * if any, included) until the next call to {@link #next()}. A line longer than the limit is never
 * held whole: its bytes are passed over, and it is {@linkplain #tooLong() too long}. Not
 * thread-safe: the thread that reads the input uses it alone.
 */
final class Lines implements AutoCloseable {
  private final InputStream in;
  private final long maxLength;
  private final long longestHeld; // the longest line the buffer may grow to hold
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private int start;
  private int end;
  private long number;
  private boolean tooLong;
  private boolean eof;

  /**
   * @param in the input, in UTF-8; closed when this is
   * @param maxLength the longest line allowed, in bytes
   */
  Lines(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
    this.longestHeld = Math.min(maxLength, Integer.MAX_VALUE - 9);
  }

  /**
   * Moves to the next line, reading input as needed.
   *
   * @return whether there is one: false at the end of the input
   * @throws UncheckedIOException if reading fails
   */
  boolean next() {
    if (eof) {
      return false;
    }
    int scan = position;
    long dropped = 0; // bytes of a line too long to hold, passed over
    while (true) {
      while (scan < limit && buffer[scan] != '\n') {
        scan++;
      }
      if (scan < limit) {
        break;
      }
      if (dropped > 0 || limit - position > longestHeld) {
        dropped += limit - position;
        position = limit;
      }
      makeRoom();
      scan = limit;
      if (!fill()) {
        eof = true;
        break;
      }
    }
    start = position;
    end = scan;
    position = eof ? limit : scan + 1;
    if (eof && start == end && dropped == 0) {
      return false;
    }
    number++;
    tooLong = dropped > 0 || end - start > maxLength;
    return true;
  }

  /** @return the buffer the current line lies in */
  byte[] buffer() {
    return buffer;
  }

  /** @return where the current line starts in the buffer */
  int start() {
    return start;
  }

  /** @return where the current line ends in the buffer, before its {@code \n} */
  int end() {
    return end;
  }

  /** @return the current line's 1-based number; 0 before the first */
  long number() {
    return number;
  }

  /** @return whether the current line is longer than the limit: if so, its bytes may not be held */
  boolean tooLong() {
    return tooLong;
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves the unread bytes of the current line to the start of the buffer, and grows the buffer
   * if the line fills it, up to one byte more than the longest line allowed.
   */
  private void makeRoom() {
    if (position > 0) { // else the line already starts the buffer: copying it again each read of
      // a long line arriving in small pieces would take time quadratic in its length
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, longestHeld + 1));
    }
  }

  /** Reads more input after the bytes held; @return whether there was more. */
  private boolean fill() {
    try {
      int n = in.read(buffer, limit, buffer.length - limit);
      limit += Math.max(n, 0);
      return n > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
