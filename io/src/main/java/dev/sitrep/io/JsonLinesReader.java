package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final byte[] buffer = new byte[1 << 16];
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
    line.reset();
    boolean tooLong = false;
    boolean ended = false;
    while (!ended) {
      if (position == limit && !fill()) {
        eof = true;
        break;
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int length = position - start;
      if (position < limit) {
        position++;
        ended = true;
      }
      if (line.size() + (long) length <= maxLineLength) {
        line.write(buffer, start, length);
      } else {
        tooLong = true;
      }
    }
    if (eof && line.size() == 0 && !tooLong) {
      return null;
    }
    lineNumber++;
    if (tooLong) {
      return bad(InvalidDataException.inJson("$",
          "must be at most " + maxLineLength + " bytes long", lineNumber, 1, null));
    }
    byte[] bytes = line.toByteArray();
    if (isBlank(bytes)) {
      return null;
    }
    if (lineNumber > 1 && bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      return bad(InvalidDataException.inJson("$",
          "must not start with a byte-order mark: only the input's first line may", lineNumber, 1,
          null));
    }
    try {
      T value = json.read(bytes, type);
      good++;
      return value;
    } catch (InvalidDataException e) {
      return bad(InvalidDataException.inJson(e.path(), e.rule(), lineNumber,
          e.column().orElse(-1), e));
    }
  }

  private boolean fill() {
    try {
      int n = in.read(buffer);
      position = 0;
      limit = Math.max(n, 0);
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

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }
}
