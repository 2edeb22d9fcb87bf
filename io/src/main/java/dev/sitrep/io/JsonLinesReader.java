package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines lazily, one value a line, in flat memory: only the current line is held. Blank
 * lines are passed over; a byte-order mark at the start of the input is skipped. A line longer than
 * the {@linkplain ReadLimits#maxDocumentLength() document limit} is a bad line.
 *
 * <pre>{@code
 * try (JsonLinesReader<Event> events = json.readLines(in, Event.class, bad -> log(bad))) {
 *   events.stream().filter(e -> e instanceof AirspaceIncident).forEach(this::plot);
 *   System.out.println(events.goodLines() + " read, " + events.badLines() + " bad");
 * }
 * }</pre>
 *
 * @param <T> the type of every line
 */
public final class JsonLinesReader<T> implements Iterator<T>, AutoCloseable {
  private final SitrepJson json;
  private final InputStream in;
  private final Class<T> type;
  private final Consumer<BadLine> onBadLine;
  private final long maxLineLength;
  private final long longestHeld; // the longest line the buffer may grow to hold
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;
  private long good;
  private long bad;
  private T next;
  private boolean eof;

  JsonLinesReader(SitrepJson json, InputStream in, Class<T> type, Consumer<BadLine> onBadLine) {
    this.json = json;
    this.in = in;
    this.type = type;
    this.onBadLine = onBadLine;
    this.maxLineLength = json.limits().maxDocumentLength();
    this.longestHeld = Math.min(maxLineLength, Integer.MAX_VALUE - 9);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    T value = next;
    next = null;
    return value;
  }

  /** @return the remaining values as a sequential stream */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** @return how many lines were read as values so far */
  public long goodLines() {
    return good;
  }

  /** @return how many bad lines were passed over so far */
  public long badLines() {
    return bad;
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

  /** @return the value of the next line, or null for a blank or bad line or the end */
  private T readLine() {
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
    int start = position;
    int end = scan;
    position = eof ? limit : scan + 1;
    if (eof && start == end && dropped == 0) {
      return null;
    }
    lineNumber++;
    if (dropped > 0 || end - start > maxLineLength) {
      return bad(InvalidDataException.inJson("$",
          "must be at most " + maxLineLength + " bytes long", lineNumber, 1, null));
    }
    if (isBlank(start, end)) {
      return null;
    }
    if (lineNumber > 1 && end - start >= 3 && buffer[start] == (byte) 0xEF
        && buffer[start + 1] == (byte) 0xBB && buffer[start + 2] == (byte) 0xBF) {
      return bad(InvalidDataException.inJson("$",
          "must not start with a byte-order mark: only the input's first line may", lineNumber, 1,
          null));
    }
    try {
      T value = json.read(buffer, start, end - start, type); // parsed where it lies: no copy
      good++;
      return value;
    } catch (InvalidDataException e) {
      return bad(InvalidDataException.inJson(e.path(), e.rule(), lineNumber,
          e.column().orElse(-1), e));
    }
  }

  /**
   * Moves the unread bytes of the current line to the start of the buffer, and grows the buffer
   * if the line fills it, up to one byte more than the longest line allowed.
   */
  private void makeRoom() {
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
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

  private T bad(InvalidDataException error) {
    if (onBadLine == null) {
      throw error;
    }
    bad++;
    onBadLine.accept(new BadLine(lineNumber, error));
    return null;
  }

  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      byte x = buffer[i];
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }
}
