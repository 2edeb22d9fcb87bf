package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines lazily, one value a line, in flat memory. Blank lines are passed over; a
 * byte-order mark at the start of the input is skipped. A line longer than the
 * {@linkplain ReadLimits#maxDocumentLength() document limit} is a bad line.
 *
 * <pre>{@code
 * try (JsonLinesReader<Event> events = json.readLines(in, Event.class, bad -> log(bad))) {
 *   events.stream().filter(e -> e instanceof AirspaceIncident).forEach(this::plot);
 *   System.out.println(events.goodLines() + " read, " + events.badLines() + " bad");
 * }
 * }</pre>
 *
 * <p>With one thread, lines are decoded on the calling thread as they are asked for, and only the
 * current line is held. With more, worker threads decode chunks of lines while the calling thread
 * reads ahead, holding at most 16 MiB of lines copied for them and the values decoded from those,
 * whatever the number of threads (a longer line is decoded on the calling thread, as with one
 * thread); what the reader delivers is the same: the same values and bad lines, in input order,
 * and bad lines are given to the handler (or thrown) on the calling thread when reading reaches
 * them. Not thread-safe: one thread reads. A failure to read the input is an
 * {@link java.io.UncheckedIOException}, from {@link #hasNext()} or {@link #next()}.
 *
 * @param <T> the type of every line
 */
public final class JsonLinesReader<T> implements Iterator<T>, AutoCloseable {
  private final DecodedLines<T> lines;
  private final Consumer<BadLine> onBadLine;
  private long good;
  private long bad;
  private T next;
  private boolean eof;

  JsonLinesReader(SitrepJson json, InputStream in, Class<T> type, Consumer<BadLine> onBadLine,
      int threads) {
    Lines input = new Lines(in, json.limits().maxDocumentLength());
    LineDecoder<T> decoder = new LineDecoder<>(json, type);
    this.lines = threads == 1 ? new InlineDecoding<>(input, decoder)
        : new ParallelDecoding<>(input, decoder, threads);
    this.onBadLine = onBadLine;
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

  /**
   * Reads on to the next line that is not blank, and stops there, for a caller that takes values
   * and bad lines in one sequence (as a Spark partition does): if the line is bad, it has been
   * given to the handler (or thrown); else {@link #next()} returns its value without reading
   * further. {@link #hasNext()} reads past any number of bad lines at once, so a handler that
   * keeps them until then would hold them all; with this method it holds at most one.
   *
   * <pre>{@code
   * List<BadLine> bad = new ArrayList<>(1);
   * JsonLinesReader<Event> lines = json.readLines(in, Event.class, bad::add);
   * while (lines.advance()) {
   *   if (bad.isEmpty()) {
   *     emit(lines.next());
   *   } else {
   *     emit(bad.remove(0));
   *   }
   * }
   * }</pre>
   *
   * @return false at the end of the input; true if a line was read, or a value is waiting
   */
  public boolean advance() {
    while (next == null && !eof) {
      long before = bad;
      next = readLine();
      if (bad > before) {
        return true;
      }
    }
    return next != null;
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

  /** Stops any threads decoding lines and closes the input. */
  @Override
  public void close() {
    lines.close();
  }

  /** @return the value of the next line, or null for a blank or bad line or the end */
  private T readLine() {
    if (!lines.next()) {
      eof = true;
      return null;
    }
    InvalidDataException error = lines.error();
    if (error != null) {
      return bad(error);
    }
    T value = lines.value();
    if (value != null) {
      good++;
    }
    return value;
  }

  private T bad(InvalidDataException error) {
    if (onBadLine == null) {
      throw error;
    }
    bad++;
    onBadLine.accept(new BadLine(error.line().orElseThrow(), error));
    return null;
  }
}
